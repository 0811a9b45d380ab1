package io.github.otklik.painmap.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.TestReport;
import io.github.otklik.painmap.build.ManualEntry;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.evidence.TextCounts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public edition, "you said, we did" (spec/painmap.md): nothing internal, figures only where the public metrics show them. */
class PublicPainMapTest {
    private static final Process SERVICE = Process.builder("svc-1", LocalizedText.of("Выдача справок", "Certificates"), ProcessType.SERVICE)
            .owner("Отдел справок").build();
    private static final Process HR = Process.builder("int-hr", LocalizedText.of("Кадровое обслуживание", "HR services"),
            ProcessType.INTERNAL).owner("Отдел кадров").build();

    /** svc-1: queue 120 of 400, a small problem 2 of 3, an aspect, appeals with complaints, overdue appeals, texts; int-hr: its own problem. */
    private static TestReport data() {
        return TestReport.q1()
                .responses("svc-1", 400).problem("svc-1", "queue", 120, 400).problem("svc-1", "tiny", 2, 3)
                .aspect("svc-1", "staff", 300, 90, 700)
                .appeals("svc-1", 50, 20).reason("svc-1", "late-answer", 30, 25)
                .problem("int-hr", "slow-hr", 100, 200).appeals("int-hr", 10, 5);
    }

    private static PainMap working() {
        return PainMapBuilder.from(data().build()).registry(List.of(SERVICE, HR))
                .texts(Map.of("svc-1", new TextCounts(40, Map.of("fee-payment", 12L)), "int-hr", new TextCounts(30, Map.of("slow-hr", 9L))))
                .manual(List.of(ManualEntry.of("svc-1", "no-parking", "Нет парковки", Kind.PROBLEM).withEvidence(7, 12)
                        .withMeasures(List.of("Договориться о парковке"))))
                .build();
    }

    private static PublicPainMap edition() {
        return PublicPainMap.of(working(), data().buildPublic(5));
    }

    @Test
    void onlyExternalProcessesInTheMapsOrderNumberedAgain() {
        PainMap map = working();
        PublicPainMap pub = edition();
        assertThat(pub.items()).extracting(PublicPainMap.Item::processName).containsOnly("Выдача справок");
        List<String> titles = map.items().stream().filter(p -> p.process().equals("svc-1")).map(p -> p.title()).toList();
        assertThat(pub.items()).extracting(PublicPainMap.Item::title).containsExactlyElementsOf(titles);
        for (int i = 0; i < pub.items().size(); i++) {
            assertThat(pub.items().get(i).no()).isEqualTo(i + 1);
        }
        PublicPainMap.Item queue = pub.items().stream().filter(i -> i.title().equals("queue")).findFirst().orElseThrow();
        assertThat(queue.responsible()).isEqualTo("Отдел справок");
        assertThat(queue.priority()).isEqualTo(map.point("svc-1", "queue").orElseThrow().priority());
    }

    @Test
    void figuresOnlyForSurveyAndTextItemsTheDisclosureShows() {
        Map<String, PublicPainMap.Item> byTitle = new java.util.HashMap<>();
        PainMap map = working();
        edition().items().forEach(i -> map.items().stream().filter(p -> p.title().equals(i.title()))
                .forEach(p -> byTitle.put(p.problem(), i)));
        assertThat(byTitle.get("queue").figures()).containsExactly(new PublicPainMap.Figure(Source.SURVEY_PROBLEM, 0.3));
        assertThat(byTitle.get("aspect:staff").figures()).containsExactly(new PublicPainMap.Figure(Source.SURVEY_ASPECT, 0.3));
        assertThat(byTitle.get("fee-payment").figures()).containsExactly(new PublicPainMap.Figure(Source.TEXT, 0.3));
        assertThat(byTitle.get("tiny").figures()).isEmpty(); // base 3 < minCell 5: suppressed in the public metrics
        assertThat(byTitle.get("late-answer").figures()).isEmpty(); // appeals: heard, never a figure
        assertThat(byTitle.get("deadline:appeals").figures()).isEmpty();
        assertThat(byTitle.get("no-parking").figures()).isEmpty(); // an analyst's figures stay internal
        assertThat(byTitle.get("no-parking").measures()).containsExactly("Договориться о парковке");
        PublicPainMap strict = PublicPainMap.of(working(), data().buildPublic(50));
        assertThat(strict.items().stream().filter(i -> i.title().equals("fee-payment")).findFirst().orElseThrow().figures())
                .isEmpty(); // 40 texts < minCell 50
    }

    @Test
    void needsPublicMetrics() {
        assertThatThrownBy(() -> PublicPainMap.of(working(), data().build())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public");
    }

    @Test
    void thePublicPageContainsNothingInternal() throws Exception {
        PublicPainMap pub = edition();
        for (String text : List.of(PublicPainMapHtml.toHtml(pub), PublicPainMapMarkdown.toMarkdown(pub), PublicPainMapJson.toJson(pub),
                PublicPainMapHtml.view(pub, Level.MEDIUM))) {
            String visible = text.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]*>", " ");
            assertThat(visible).doesNotContain("Кадровое обслуживание").doesNotContain("int-hr").doesNotContain("slow-hr")
                    .doesNotContain("Отдел кадров").doesNotContain("INT-")
                    .doesNotContainPattern("\\b(50|25|20)\\b") // appeals, complaints, overdue
                    .doesNotContainPattern("\\b(120|400|300|90)\\b") // counts: only shares are published
                    .doesNotContain("7 из 12").doesNotContain("7 of 12").doesNotContainPattern("\\b40\\b").doesNotContain("58,3").doesNotContain("0.583") // the analyst's 7 of 12, texts
                    .doesNotContain("lowerBound").doesNotContain("explanation").doesNotContain("нижняя граница")
                    .doesNotContain("svc-1"); // no process ids
        }
        JsonNode json = new ObjectMapper().readTree(PublicPainMapJson.toJson(pub));
        assertThat(json.get("format").asText()).isEqualTo("otklik-painmap-public/1");
        assertThat(json.at("/items/0").fieldNames()).toIterable()
                .containsExactly("no", "processName", "title", "priority", "measures", "responsible", "deadline", "status", "figures");
    }

    @Test
    void pagesInWordsAndEscaped() {
        Process hostile = Process.builder("svc-x", LocalizedText.of("<script>x</script>", "<script>x</script>"), ProcessType.SERVICE).build();
        TestReport r = TestReport.q1().problem("svc-x", "queue", 100, 200);
        PainMap map = PainMapBuilder.from(r.build()).registry(List.of(hostile)).lang(Language.EN)
                .manual(List.of(ManualEntry.of("svc-x", "queue", "<img src=x>", Kind.PROBLEM).withMeasures(List.of("| *m*")))).build();
        PublicPainMap pub = PublicPainMap.of(map, r.buildPublic(5));
        String html = PublicPainMapHtml.toHtml(pub);
        assertThat(html).doesNotContain("<script>x").doesNotContain("<img").contains("&lt;img src=x&gt;").contains("You said, we did")
                .contains("50.0\u00a0% of respondents named it").contains("to be assigned").contains("identified")
                .doesNotContain("UNASSIGNED").doesNotContain("IDENTIFIED");
        assertThat(PublicPainMapMarkdown.toMarkdown(pub)).contains("\\| \\*m\\*").contains("\\<img src=x\\>");
    }
}
