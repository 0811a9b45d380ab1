package io.github.otklik.painmap.export;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.painmap.Grouping;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.TestReport;
import io.github.otklik.painmap.build.ManualEntry;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The focused human views: what is listed, what is folded, external and internal apart, blocks per process, life situations. */
class FocusedViewTest {
    private static final Process BIRTH = Process.builder("svc-birth", LocalizedText.of("Пособие при рождении", "Birth allowance"),
            ProcessType.SERVICE).owner("Отдел выплат").lifeSituation("birth").lifeSituation("low-income").build();
    private static final Process HOUSING = Process.builder("svc-housing", LocalizedText.of("Субсидия на жильё", "Housing subsidy"),
            ProcessType.SERVICE).lifeSituation("low-income").build();
    private static final Process HR = Process.builder("int-hr", LocalizedText.of("Кадровое обслуживание", "HR services"),
            ProcessType.INTERNAL).owner("Отдел кадров").build();

    /**
     * svc-birth: missed-deadline 120 of 400 (HIGH), aspect result-time 200 of 400 with mean 2.2 (HIGH), other 2 of 400 (LOW);
     * svc-housing: queue 60 of 400 (MEDIUM), rude-staff 1 of 400 (LOW); int-hr: slow-hr 100 of 200 (HIGH); an analyst's entry without figures.
     */
    static PainMap map(Language lang) {
        return PainMapBuilder.from(TestReport.q1()
                        .problem("svc-birth", "missed-deadline", 120, 400).aspect("svc-birth", "result-time", 400, 200, 880)
                        .problem("svc-birth", "other", 2, 400)
                        .problem("svc-housing", "queue", 60, 400).problem("svc-housing", "rude-staff", 1, 400)
                        .problem("int-hr", "slow-hr", 100, 200).build())
                .registry(List.of(BIRTH, HOUSING, HR)).lang(lang)
                .manual(List.of(ManualEntry.of("svc-housing", "no-parking", "Нет парковки", Kind.PROBLEM).withPrevalence(Level.HIGH)
                        .withImpact(Level.HIGH)))
                .build();
    }

    @Test
    void focusListsByPriorityAndMentions() {
        PainMap map = map(Language.RU);
        PainPoint other = map.point("svc-birth", "other").orElseThrow();
        PainPoint queue = map.point("svc-housing", "queue").orElseThrow();
        PainPoint parking = map.point("svc-housing", "no-parking").orElseThrow();
        assertThat(other.priority()).isEqualTo(Level.LOW);
        assertThat(Focus.DEFAULT.shows(other)).isFalse();
        assertThat(Focus.ALL.shows(other)).isTrue();
        assertThat(Focus.mentions(queue)).contains(60L);
        assertThat(new Focus(Level.LOW, 61).shows(queue)).isFalse();
        assertThat(new Focus(Level.LOW, 60).shows(queue)).isTrue();
        assertThat(Focus.mentions(parking)).isEmpty();
        assertThat(new Focus(Level.LOW, 1000).shows(parking)).isTrue(); // an analyst's entry without figures is always listed
        assertThatThrownBy(() -> new Focus(Level.LOW, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void externalAndInternalProcessesAreTwoPartsThatNeverMix() {
        PainMap map = map(Language.RU);
        List<MapLayout.Part> parts = MapLayout.parts(map, Focus.DEFAULT, null);
        assertThat(parts).extracting(MapLayout.Part::internal).containsExactly(false, true);
        assertThat(parts.get(0).sections().get(0).blocks()).extracting(MapLayout.Block::process)
                .containsExactlyInAnyOrder("svc-birth", "svc-housing");
        assertThat(parts.get(1).sections().get(0).blocks()).extracting(MapLayout.Block::process).containsExactly("int-hr");
        String html = PainMapHtml.toHtml(map, Focus.DEFAULT);
        int external = html.indexOf(ViewWording.part(Language.RU, false));
        int internal = html.indexOf(ViewWording.part(Language.RU, true));
        assertThat(external).isPositive().isLessThan(internal);
        assertThat(html.substring(external, internal)).doesNotContain("Кадровое обслуживание");
        assertThat(html.substring(internal)).contains("Кадровое обслуживание").doesNotContain("Субсидия на жильё")
                .doesNotContain("Пособие при рождении");
    }

    @Test
    void employeesAnswersOnAnExternalProcessAreTheInternalClients() {
        PainMap map = map(Language.RU);
        // external clients chose missed-deadline and rated result-time low; «other» and «queue» came from internal forms only
        io.github.otklik.metrics.report.MetricsReport external = TestReport.q1()
                .problem("svc-birth", "missed-deadline", 118, 380).aspect("svc-birth", "result-time", 380, 190, 836)
                .problem("svc-housing", "rude-staff", 1, 390).build();
        ClientSides sides = ClientSides.heardFrom(external);
        assertThat(sides.internal(map, map.point("svc-birth", "missed-deadline").orElseThrow())).isFalse();
        assertThat(sides.internal(map, map.point("svc-birth", "aspect:result-time").orElseThrow())).isFalse();
        assertThat(sides.internal(map, map.point("svc-housing", "queue").orElseThrow())).isTrue();
        assertThat(sides.internal(map, map.point("svc-housing", "no-parking").orElseThrow())).isFalse(); // an analyst's entry
        assertThat(sides.internal(map, map.point("int-hr", "slow-hr").orElseThrow())).isTrue(); // an INTERNAL process
        List<MapLayout.Part> parts = MapLayout.parts(map, Focus.DEFAULT, null, sides);
        assertThat(parts.get(1).sections().get(0).blocks()).extracting(MapLayout.Block::process).containsExactly("int-hr", "svc-housing");
        String html = PainMapHtml.toHtml(map, Focus.DEFAULT, sides);
        int internal = html.indexOf(ViewWording.part(Language.RU, true));
        assertThat(html.substring(0, internal).contains(">queue<")).isFalse();
        assertThat(html.substring(internal)).contains(">queue<");
    }

    @Test
    void lowPointsAreFoldedIntoACountWithAPointerToTheFullExport() {
        PainMap map = map(Language.RU);
        MapLayout.Part external = MapLayout.parts(map, Focus.DEFAULT, null).get(0);
        assertThat(external.total()).isEqualTo(6);
        assertThat(external.foldedByPriority()).isEqualTo(2); // other, rude-staff
        assertThat(external.listed()).isEqualTo(4);
        String html = PainMapHtml.toHtml(map, Focus.DEFAULT);
        assertThat(html).contains("Показано болей: 4 из 6.").contains("с приоритетом ниже «средняя» — 2")
                .contains("otklik painmap --format csv");
        assertThat(html).doesNotContain("rude-staff").doesNotContain(">other<");
        String md = PainMapMarkdown.toMarkdown(map, new Focus(Level.MEDIUM, 100));
        assertThat(md).contains("менее чем на 100 упоминаниях — 1"); // queue: 60 mentions
        assertThat(rows(md)).isEqualTo(map.items().size() - 2 - 1 - 0);
        assertThat(PainMapMarkdown.toMarkdown(map)).startsWith("| № |"); // the template's table keeps every point
        assertThat(rows(PainMapMarkdown.toMarkdown(map))).isEqualTo(map.items().size());
    }

    @Test
    void relatedEvidenceOfAProcessIsOneBlock() {
        PainMap map = map(Language.EN);
        MapLayout.Block birth = MapLayout.parts(map, Focus.DEFAULT, null).get(0).sections().get(0).blocks().stream()
                .filter(b -> b.process().equals("svc-birth")).findFirst().orElseThrow();
        assertThat(birth.points()).extracting(PainPoint::problem).containsExactly(map.items().stream()
                .filter(p -> p.process().equals("svc-birth") && p.priority() != Level.LOW).map(PainPoint::problem).toArray(String[]::new));
        assertThat(birth.points()).extracting(PainPoint::problem).containsExactlyInAnyOrder("missed-deadline", "aspect:result-time");
        String html = PainMapHtml.toHtml(map, Focus.DEFAULT);
        // the process is named once, on its block's first row
        assertThat(html.split("Birth allowance", -1)).hasSize(2);
        assertThat(html).doesNotContain("rowspan").contains("not assigned").doesNotContain("UNASSIGNED");
    }

    @Test
    void aProcessInTwoLifeSituationsIsListedUnderBothAndNothingAddsThemUp() {
        PainMap map = map(Language.RU);
        assertThat(map.groups(Grouping.LIFE_SITUATION)).extracting(PainMap.Group::label)
                .containsExactly("birth", "low-income", "жизненная ситуация не указана");
        List<MapLayout.Section> sections = MapLayout.parts(map, Focus.DEFAULT, Grouping.LIFE_SITUATION).get(0).sections();
        assertThat(sections).extracting(MapLayout.Section::label).containsExactly("birth", "low-income");
        assertThat(sections.get(0).blocks()).extracting(MapLayout.Block::process).containsExactly("svc-birth");
        assertThat(sections.get(1).blocks()).extracting(MapLayout.Block::process).contains("svc-birth", "svc-housing");
        int inGroups = sections.stream().mapToInt(s -> s.blocks().stream().mapToInt(b -> b.points().size()).sum()).sum();
        MapLayout.Part part = MapLayout.parts(map, Focus.DEFAULT, Grouping.LIFE_SITUATION).get(0);
        assertThat(inGroups).isGreaterThan(part.listed()); // the groups overlap …
        String html = PainMapHtml.toHtml(map, Focus.DEFAULT, Grouping.LIFE_SITUATION);
        assertThat(html).contains("Показано болей: 4 из 6.") // … so the count is the part's, not a sum of groups
                .contains(ViewWording.overlap(Language.RU));
        assertThat(html.split("Пособие при рождении", -1)).hasSize(3); // once in each of its two situations
    }

    @Test
    void everyTextIsEscapedInTheViews() {
        Process hostile = Process.builder("svc-x", LocalizedText.of("<script>x</script>", "<script>x</script>"), ProcessType.SERVICE)
                .lifeSituation("<b>ls</b>").build();
        PainMap map = PainMapBuilder.from(TestReport.q1().problem("svc-x", "queue", 100, 200).build()).registry(List.of(hostile))
                .manual(List.of(ManualEntry.of("svc-x", "queue", "| *t* <img>", Kind.PROBLEM))).build();
        String html = PainMapHtml.toHtml(map, Focus.ALL, Grouping.LIFE_SITUATION);
        assertThat(html).doesNotContain("<script>x").doesNotContain("<b>ls").doesNotContain("<img>").contains("&lt;script&gt;");
        String md = PainMapMarkdown.toMarkdown(map, Focus.ALL, Grouping.LIFE_SITUATION);
        assertThat(md).contains("\\<script\\>").contains("\\| \\*t\\* \\<img\\>").contains("### \\<b\\>ls\\</b\\>");
    }

    private static int rows(String md) {
        Matcher m = Pattern.compile("(?m)^\\| \\d+ \\|").matcher(md);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
