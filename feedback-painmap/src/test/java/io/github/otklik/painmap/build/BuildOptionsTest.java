package io.github.otklik.painmap.build;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.TestReport;
import io.github.otklik.painmap.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the fluent options resolve to: the defaults, the map's date, and copies that later changes cannot reach. */
class BuildOptionsTest {
    private static final MetricsReport Q1 = TestReport.q1().build();

    @Test
    void unsetOptionsResolveToTheDocumentedDefaults() {
        BuildOptions o = PainMapBuilder.from(Q1).options();
        assertThat(o.rules()).isSameAs(RuleSet.DEFAULT);
        assertThat(o.lang()).isEqualTo(Language.RU);
        assertThat(o.registry()).isEmpty();
        assertThat(o.manual()).isEmpty();
        assertThat(o.measures()).isEqualTo(MeasuresCatalogue.empty());
        assertThat(o.titles().title("queue")).isEmpty();
        assertThat(o.asOf()).isEqualTo(LocalDate.of(2025, 3, 31)); // the period's last date: the day before the report's asOf
    }

    @Test
    void setOptionsAreResolvedAsGiven() {
        Process svc = Process.builder("svc-1", LocalizedText.of("Услуга"), ProcessType.SERVICE).build();
        ManualEntry entry = ManualEntry.of("svc-1", "queue", "Очереди", Kind.PROBLEM);
        MeasuresCatalogue catalogue = new MeasuresCatalogue(Map.of("queue", List.of("Окна")));
        ProblemTitles titles = ProblemTitles.of(Map.of("queue", LocalizedText.of("Очереди")));
        BuildOptions o = PainMapBuilder.from(Q1).registry(List.of(svc)).manual(List.of(entry)).measures(catalogue).lang(Language.EN)
                .titles(titles).asOf(Instant.parse("2025-02-15T10:00:00Z")).options();
        assertThat(o.registry()).containsOnly(Map.entry("svc-1", svc));
        assertThat(o.manual()).containsExactly(entry);
        assertThat(o.measures()).isSameAs(catalogue);
        assertThat(o.titles()).isSameAs(titles);
        assertThat(o.lang()).isEqualTo(Language.EN);
        assertThat(o.asOf()).isEqualTo(LocalDate.of(2025, 2, 15));
    }

    /** The map's date is the local date of the instant just before asOf, in the report's zone. */
    @Test
    void theMapsDateIsTheLocalDateJustBeforeTheInstant() {
        assertThat(PainMapBuilder.from(Q1).asOf(Instant.parse("2025-02-14T21:00:00Z")).options().asOf()) // Moscow midnight
                .isEqualTo(LocalDate.of(2025, 2, 14));
        assertThat(PainMapBuilder.from(Q1).asOf(Instant.parse("2025-02-14T21:00:00.000000001Z")).options().asOf())
                .isEqualTo(LocalDate.of(2025, 2, 15));
        MetricsReport samara = TestReport.of(TestReport.Q1, ZoneId.of("Europe/Samara")).build();
        assertThat(PainMapBuilder.from(samara).asOf(Instant.parse("2025-02-14T21:00:00Z")).options().asOf())
                .isEqualTo(LocalDate.of(2025, 2, 15)); // 01:00 in Samara
    }

    @Test
    void theOptionsAreCopiesThatLaterChangesDoNotReach() {
        List<ManualEntry> entries = new ArrayList<>(List.of(ManualEntry.of("svc-1", "queue", "Очереди", Kind.PROBLEM)));
        PainMapBuilder b = PainMapBuilder.from(Q1).manual(entries);
        entries.add(ManualEntry.of("svc-2", "queue", "Очереди", Kind.PROBLEM));
        BuildOptions o = b.options();
        assertThat(o.manual()).hasSize(1);
        assertThatThrownBy(() -> o.manual().add(entries.get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new BuildOptions(RuleSet.DEFAULT, null, Map.of(), List.of(), MeasuresCatalogue.empty(), ProblemTitles.none(),
                LocalDate.of(2025, 3, 31), Map.of())).isInstanceOf(NullPointerException.class).hasMessage("lang");
    }
}
