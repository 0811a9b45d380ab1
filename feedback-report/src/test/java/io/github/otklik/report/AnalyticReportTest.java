package io.github.otklik.report;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.disclosure.Edition;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.SampleResponses;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.ClientSplit;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.disclosure.Edition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticReportTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");
    private static final List<SurveyResponse> RESPONSES = SampleResponses.builder(Q1)
            .process(new ProcessProfile("svc-1", ProcessType.SERVICE, 0.8), 10)
            .process(new ProcessProfile("svc-2", ProcessType.SERVICE, 0.3), 5)
            .process(new ProcessProfile("int-hr", ProcessType.INTERNAL, 0.5), 2)
            .process(new ProcessProfile("tiny", ProcessType.CONTROL, 0.5), 0.05)
            .build().generate(2_000);
    private static final List<Appeal> APPEALS = appeals();

    private static List<Appeal> appeals() {
        List<Appeal> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            out.add(Appeal.builder("a-" + i).agency("minsoc").process(i % 2 == 0 ? "svc-1" : "svc-2").channel(Channel.EMAIL)
                    .kind(i % 5 == 0 ? AppealKind.COMPLAINT : AppealKind.APPEAL).reason(i % 3 == 0 ? "queue" : "<b>docs</b>")
                    .registeredAt(Instant.parse("2025-02-01T10:00:00Z")).build());
        }
        return out;
    }

    private static MetricsSpec spec(Edition audience) {
        return MetricsSpec.builder(Q1).groupBy(Dimension.PROCESS).segments(List.of(Dimension.CHANNEL, Dimension.CATEGORY, Dimension.FORM))
                .disclosure(Disclosure.of(audience, 10)).build();
    }

    private static MetricsInputs inputs() {
        return MetricsInputs.none().withResponses(RecordSource.of("r", RESPONSES)).withAppeals(RecordSource.of("a", APPEALS));
    }

    static ClientSplit split(Edition audience) {
        return MetricsEngine.from(spec(audience)).runByClients(inputs(), r -> { });
    }

    private static Document render(Edition audience, String lang) {
        String html = AnalyticReport.builder(split(audience))
                .processName("svc-1", LocalizedText.of("Услуга <один>", "Service <one>"))
                .agency("Министерство & Ко")
                .surveyUrl("https://example.org/?a=1&b=\"x\"")
                .lang(io.github.otklik.core.text.Language.of(lang))
                .section(new ReportSection() {
                    @Override
                    public String title() {
                        return "Карта болей <test>";
                    }

                    @Override
                    public String html() {
                        return "<table class=\"painmap\"><tr><td>1</td></tr></table>";
                    }
                })
                .build().render();
        assertThat(html).doesNotContain("<script").doesNotContain("<b>docs</b>").doesNotContain("Услуга <один>");
        return Jsoup.parse(html);
    }

    @Test
    void internalEditionHasEverySectionAndTheHeadlineFigureOfTheMetrics() {
        Document doc = render(Edition.AGENCY, "ru");
        MetricsReport m = split(Edition.AGENCY).external();
        double share = m.satisfaction().get(0).figures().figure().get().overall().share().getAsDouble();
        String expected = new Texts(io.github.otklik.core.text.Language.RU).percent(share).replace('\u00a0', ' '); // jsoup's text() folds no-break spaces
        assertThat(doc.select("[data-figure=overall-share]").text()).isEqualTo(expected);
        assertThat(doc.select("h2").eachText()).contains("Основные выводы", "Удовлетворённость внешних клиентов",
                "Внутренние клиенты (сотрудники ведомства)",
                "Обращения и жалобы (только для служебного пользования)", "Карта болей <test>");
        assertThat(doc.select("section.conclusions li").first().text()).contains(expected);
        assertThat(doc.select("svg.chart")).hasSizeGreaterThanOrEqualTo(4);
        ClientSplit split = split(Edition.AGENCY);
        long external = split.external().satisfactionTotal().orElseThrow().responses();
        long employees = split.internal().orElseThrow().satisfactionTotal().orElseThrow().responses();
        assertThat(external + employees).isEqualTo(2_000);
        assertThat(doc.select("table.facts").text()).contains("Министерство & Ко")
                .contains(String.format(java.util.Locale.ROOT, "%,d", external).replace(',', ' ') + " — внешние клиенты")
                .contains(employees + " — сотрудники");
        assertThat(doc.select("table.facts a").attr("href")).isEqualTo("https://example.org/?a=1&b=\"x\"");
        assertThat(doc.text()).contains("Услуга <один>");
        assertThat(doc.select("section.internal-clients [data-figure]")).hasSize(1);
    }

    @Test
    void publicEditionHasNoAppealsNoInternalFormsAndNoSmallGroups() {
        Document doc = render(Edition.PUBLIC, "ru");
        assertThat(doc.select("section.appeals")).isEmpty();
        assertThat(doc.select("section.processes")).isEmpty();
        assertThat(doc.text()).doesNotContain("INT-").doesNotContain("int-hr").doesNotContain("Обращения и жалобы");
        assertThat(doc.select("p.edition").text()).contains("Публичная");
        assertThat(doc.select("section.internal-clients")).isEmpty();
        // the tiny process has fewer than 10 answers: its bar is replaced by the suppression note
        assertThat(doc.select("svg g:contains(tiny)").text()).contains("скрыто");
    }

    @Test
    void englishEdition() {
        Document doc = render(Edition.AGENCY, "en");
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("h2").eachText()).contains("Main conclusions", "Satisfaction of external clients");
        assertThat(doc.text()).contains("Service <one>");
    }

    @Test
    void theHeadlineIsTheExternalClientsShareAndEmployeesHaveTheirOwnSection() {
        ClientSplit split = split(Edition.AGENCY);
        double external = split.external().satisfactionTotal().orElseThrow().overall().share().getAsDouble();
        double mixed = split.all().satisfactionTotal().orElseThrow().overall().share().getAsDouble();
        double employees = split.internal().orElseThrow().satisfactionTotal().orElseThrow().overall().share().getAsDouble();
        assertThat(mixed).as("the data set must be one where mixing changes the headline").isNotEqualTo(external);
        Document doc = render(Edition.AGENCY, "ru");
        Texts t = new Texts(io.github.otklik.core.text.Language.RU);
        assertThat(doc.select("[data-figure=overall-share]").text()).isEqualTo(t.percent(external).replace('\u00a0', ' '));
        assertThat(doc.select("section.internal-clients .headline").text()).isEqualTo(t.percent(employees).replace('\u00a0', ' '));
        assertThat(doc.text()).doesNotContain(t.percent(mixed).replace('\u00a0', ' ') + " (95");
        // the external sections show no employee aspect, the internal one no external process
        assertThat(doc.select("section.satisfaction").text()).doesNotContain("int-hr");
    }

    @Test
    void datesAreLocalAndWordedAndTheSurveyLinkIsWebOnly() {
        Document doc = render(Edition.AGENCY, "ru");
        assertThat(doc.select("table.facts").text()).contains("I квартал 2025 г.").contains("1 января 2025 г. — 31 марта 2025 г.")
                .contains("1 апреля 2025 г., 00:00").doesNotContain("T21:00:00Z");
        for (String bad : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "ftp://example.org", "https://", "http://a\u0000b")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnalyticReport.builder(split(Edition.AGENCY)).surveyUrl(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
        }
    }
}
