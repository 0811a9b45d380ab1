package io.github.otklik.report.text;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.text.TextItem;
import io.github.otklik.text.TextSource;
import io.github.otklik.text.phrase.Grouping;
import io.github.otklik.text.phrase.PhraseFinder;
import io.github.otklik.text.phrase.PhraseRankings;
import io.github.otklik.text.theme.Theme;
import io.github.otklik.text.theme.ThemeAggregator;
import io.github.otklik.text.theme.ThemeCatalog;
import io.github.otklik.text.theme.ThemeFigures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "what clients write" section: figures as counted, every text escaped, nothing in the public
 * edition, no quote of a phrase held by fewer than minCell dissatisfied texts, no record id next to
 * a quote of an anonymous (internal) form.
 */
class TextSectionTest {
    private static final Instant AT = Instant.parse("2025-02-10T10:00:00Z");
    private static final ThemeCatalog THEMES = ThemeCatalog.standard().extendedWith(List.of(
            Theme.builder("fee-receipt").title(LocalizedText.of("Квитанция <не> приходит & \"ждём\"", "Receipt <missing>"))
                    .phrase("квитанция не приходит").build()));

    /** svc-1: 12 dissatisfied comments with the receipt phrase (and markup), 3 with a rare one, 30 other; int-hr: 8 anonymous ones. */
    private static List<TextItem> items() {
        List<TextItem> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 12; i++) {
            out.add(item("r-" + ++n, "svc-1", true, true, "Квитанция не приходит <script>alert(1)</script>, звоните +7 916 123-45-67"));
        }
        for (int i = 0; i < 3; i++) {
            out.add(item("r-" + ++n, "svc-1", true, true, "Сломан терминал в холле"));
        }
        for (int i = 0; i < 30; i++) {
            out.add(item("r-" + ++n, "svc-1", false, true, i % 2 == 0 ? "Сотрудники вежливые" : "Всё понятно, спасибо"));
        }
        for (int i = 0; i < 8; i++) {
            out.add(item("i-" + i, "int-hr", true, false, "Нет доступа к кадровой системе"));
        }
        for (int i = 0; i < 8; i++) {
            out.add(item("j-" + i, "int-hr", false, false, "Работой доволен"));
        }
        return out;
    }

    private static TextItem item(String id, String process, boolean dissatisfied, boolean attributable, String text) {
        return TextItem.builder(TextSource.SURVEY_COMMENT, id).process(process).at(AT).text(text).dissatisfied(dissatisfied)
                .attributable(attributable).build();
    }

    private static TextSection.Builder builder(Disclosure disclosure, Language lang) {
        List<TextItem> items = items();
        ThemeFigures figures = ThemeAggregator.builder(THEMES).build().count(items);
        PhraseRankings phrases = PhraseFinder.builder(Language.RU).outputLanguage(lang).grouping(Grouping.PROCESS).top(10).minCount(3)
                .minCell((int) disclosure.minCell()).build().rank(items);
        return TextSection.builder(THEMES, figures).phrases(phrases).disclosure(disclosure).lang(lang)
                .processName("svc-1", LocalizedText.of("Выдача <справок>", "Certificates <issue>"));
    }

    private static Document render(TextSection s) {
        return Jsoup.parseBodyFragment(s.html().replace("\u00a0", " ").replace("&nbsp;", " "));
    }

    @Test
    void theFiguresAreThoseCountedWithTheirIntervals() {
        TextSection s = builder(Disclosure.agency(), Language.RU).build().orElseThrow();
        Document d = render(s);

        assertThat(s.title()).isEqualTo("Что пишут клиенты (2)");
        assertThat(d.select("h3").eachText()).containsExactly("int-hr", "Выдача <справок>");
        Element themes = d.select("table.themes").last();
        assertThat(themes.select("tr").get(1).select("td").eachText())
                .containsExactly("Квитанция <не> приходит & \"ждём\"", "12 из 45", "26,7 %", "16,0 % — 41,0 %");
        Element phrases = d.select("table.phrases").last();
        assertThat(phrases.select("tr").get(1).select("td").get(1).text()).isEqualTo("12 из 15 (80,0 %)");
        assertThat(phrases.select("tr").get(1).select("td").get(2).text()).isEqualTo("0 из 30 (0,0 %)");
        assertThat(d.text()).contains("Текстов: 45, от неудовлетворённых клиентов: 15");

        Document en = render(builder(Disclosure.agency(), Language.EN).build().orElseThrow());
        assertThat(en.select("h3").eachText()).contains("Certificates <issue>");
        assertThat(en.select("table.themes").last().select("tr").get(1).select("td").eachText())
                .containsExactly("Receipt <missing>", "12 of 45", "26.7 %", "16.0 % — 41.0 %");
        assertThat(en.text()).contains("[phone]").doesNotContain("916");
    }

    @Test
    void everyTextFromDataIsEscaped() {
        String html = builder(Disclosure.agency(), Language.RU).build().orElseThrow().html();

        assertThat(html).doesNotContain("<script>").doesNotContain("<справок>").doesNotContain("<не>")
                .contains("&lt;script&gt;").contains("&lt;справок&gt;").contains("&amp;");
        assertThat(Jsoup.parseBodyFragment(html).select("script")).isEmpty();
    }

    @Test
    void quotesAreMaskedAndOnlyFromPhrasesOfMinCellTexts() {
        Document d = render(builder(Disclosure.agency(), Language.RU).build().orElseThrow());

        assertThat(d.text()).doesNotContain("916").doesNotContain("123-45-67").contains("[телефон]");
        for (Element row : d.select("table.phrases tr:gt(0)")) {
            long a = Long.parseLong(row.select("td").get(1).text().split(" ")[0]);
            if (a < 5) {
                assertThat(row.select("ul.quotes")).as(row.text()).isEmpty();
            }
        }
        assertThat(d.select("table.phrases").last().text()).contains("сломан").contains("3 из 15");
        assertThat(d.select("table.phrases").last().select("tr:contains(сломан) ul.quotes")).isEmpty();
        assertThat(d.select("table.phrases").last().select("ul.quotes li").eachText()).isNotEmpty()
                .allSatisfy(q -> assertThat(q).containsPattern("\\(комментарий r-\\d+\\)$"));

        Document strict = render(builder(Disclosure.of(Edition.AGENCY, 20), Language.RU).build().orElseThrow());
        assertThat(strict.select("ul.quotes")).as("12 dissatisfied texts are fewer than a minCell of 20").isEmpty();
    }

    @Test
    void quotesOfAnonymousFormsNameNoRecord() {
        Document d = render(builder(Disclosure.agency(), Language.RU).build().orElseThrow());
        Element internal = d.select("table.phrases").first();

        assertThat(internal.select("ul.quotes li")).isNotEmpty().allSatisfy(li -> {
            assertThat(li.text()).endsWith("(комментарий)").doesNotContain("i-");
        });
        assertThat(d.html()).doesNotContain("i-0").doesNotContain("i-1").doesNotContain("j-");
    }

    @Test
    void nothingInThePublicEdition() {
        assertThat(builder(Disclosure.publicEdition(), Language.RU).build()).isEmpty();
        assertThat(builder(Disclosure.of(Edition.PUBLIC, 1), Language.EN).build()).isEmpty();
        assertThat(TextSection.builder(THEMES, new ThemeFigures(java.util.Map.of(), io.github.otklik.text.theme.ThemeCounts.EMPTY)).build())
                .as("no text, no section").isEmpty();
    }
}
