package io.github.otklik.beam;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.disclosure.Edition;

import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.InvalidFormException;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.Part;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.target.Target;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.otklik.core.process.ProcessRegistry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecTest {
    @Test
    void aCatalogSourceRebuildsTheCatalogOfTheDirectoryAfterSerialisation(@TempDir Path dir) throws Exception {
        String ext1 = AggregatorCombineFnTest.standardTemplate("EXT-1");
        Files.writeString(dir.resolve("b.json"), ext1.replaceFirst("\"id\"\\s*:\\s*\"EXT-1\"", "\"id\": \"AG-B\""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.json"), ext1.replaceFirst("\"id\"\\s*:\\s*\"EXT-1\"", "\"id\": \"AG-A\""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not a template", StandardCharsets.UTF_8);
        FormCatalogSource source = FormCatalogSource.standard().withDirectory(dir);
        assertThat(source.templateNames()).containsExactly("a.json", "b.json");

        FormCatalog expected = FormCatalog.builder().standard().directory(dir).build();
        FormCatalogSource copy = SerializableUtils.clone(source);
        assertThat(copy).isEqualTo(source);
        FormCatalog rebuilt = copy.get();
        assertThat(rebuilt.forms()).extracting(Form::key).isEqualTo(expected.forms().stream().map(Form::key).toList());
        assertThat(rebuilt.forms()).isEqualTo(expected.forms());
        assertThat(copy.get()).isSameAs(rebuilt);
    }

    @Test
    void aBadTemplateFailsWhenTheSourceIsBuilt() {
        assertThatThrownBy(() -> FormCatalogSource.standard().withTemplate("bad.json", "{\"id\": 1}"))
                .isInstanceOf(InvalidFormException.class);
        assertThatThrownBy(() -> FormCatalogSource.standard().withTemplate("again.json", AggregatorCombineFnTest.standardTemplate("EXT-2")))
                .isInstanceOf(InvalidFormException.class);
    }

    @Test
    void aSpecTravelsAndRebuildsTheEngineOfItsSettings(@TempDir Path dir) throws Exception {
        String ext1 = AggregatorCombineFnTest.standardTemplate("EXT-1");
        Files.writeString(dir.resolve("a.json"), ext1.replaceFirst("\"id\"\\s*:\\s*\"EXT-1\"", "\"id\": \"AG-A\""), StandardCharsets.UTF_8);
        List<Target> targets = List.of(new Target("svc-1", new TargetIndicator("satisfaction.overall.share", 0.9, TargetIndicator.Direction.AT_LEAST)));
        MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1"))
                .forms(FormCatalog.builder().standard().directory(dir).build())
                .registry(ProcessRegistry.of(List.of(io.github.otklik.core.process.Process.builder("svc-1",
                        io.github.otklik.core.text.LocalizedText.of("Услуга", "Service"), io.github.otklik.core.process.ProcessType.SERVICE)
                        .lifeSituation("birth").build())))
                .zone(ZoneId.of("Europe/Samara"))
                .groupBy(List.of(Dimension.PROCESS, Dimension.TOPIC))
                .disclosure(Disclosure.of(Edition.PUBLIC, 7))
                .asOf(Instant.parse("2025-04-15T00:00:00Z"))
                .compareWith(ReportingPeriod.parse("2024-Q4"))
                .targets(targets)
                .build();
        MetricsSpec copy = SerializableUtils.clone(spec);
        assertThat(copy).isEqualTo(spec).isNotSameAs(spec);
        assertThat(copy.forms().find("AG-A", "1")).isPresent();
        assertThat(copy.registry().lifeSituations("svc-1")).containsExactly("birth");
        MetricsEngine engine = MetricsEngine.from(copy);
        // every part but the report's segment breakdowns, which the metrics pipeline does not compute
        assertThat(engine.parts()).containsExactlyInAnyOrderElementsOf(
                java.util.EnumSet.complementOf(java.util.EnumSet.of(Part.SATISFACTION_SEGMENTS)));
        MetricsInputs none = MetricsInputs.none();
        assertThat(MetricsJson.toJson(engine.run(none, r -> { }))).isEqualTo(MetricsJson.toJson(MetricsEngine.from(spec).run(none, r -> { })));
    }

    @Test
    void badSettingsFailWhenTheSpecIsBuilt() {
        assertThatThrownBy(() -> MetricsSpec.builder(ReportingPeriod.parse("2025-Q5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Disclosure.of(Edition.PUBLIC, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MetricsSpec.builder(ReportingPeriod.parse("2025"))
                .groupBy(List.of(Dimension.PROCESS, Dimension.PROCESS)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OtklikPipelines.dimensions("process,colour")).hasMessageContaining("colour");
    }
}
