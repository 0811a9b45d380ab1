package io.github.otklik.forms.export.html;

import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.text.Html;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.TextQuestion;
import io.github.otklik.forms.export.Golden;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlFormExporterTest {
    private static final FormCatalog STANDARD = FormCatalog.standard();
    private static final Form EXT1 = STANDARD.find("EXT-1", "1").orElseThrow();
    private static final Form INT1 = STANDARD.find("INT-1", "1").orElseThrow();
    private static final HtmlFormExporter EXPORTER = new HtmlFormExporter();
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)<[^>]*\\son[a-z]+\\s*=");
    private static final Pattern DATA_QUESTION = Pattern.compile("data-question=\"([^\"]*)\"");

    // ------------------------------------------------------------------ golden files

    @Test
    void ext1RussianMatchesGoldenFile() throws Exception {
        Golden.assertMatches("EXT-1.ru.html", EXPORTER.export(EXT1, "ru"));
    }

    @Test
    void int1RussianMatchesGoldenFile() throws Exception {
        Golden.assertMatches("INT-1.ru.html", EXPORTER.export(INT1, "ru"));
    }

    @Test
    void ext1EnglishMatchesGoldenFile() throws Exception {
        Golden.assertMatches("EXT-1.en.html", EXPORTER.export(EXT1, "en"));
    }

    // ------------------------------------------------------------------ every standard form

    @Test
    void everyQuestionAppearsOnceInFormOrder() {
        for (Form f : STANDARD.forms()) {
            for (String lang : List.of("ru", "en")) {
                List<String> ids = new ArrayList<>();
                Matcher m = DATA_QUESTION.matcher(EXPORTER.export(f, lang));
                while (m.find()) {
                    ids.add(m.group(1));
                }
                assertThat(ids).as(f.key() + " " + lang).containsExactlyElementsOf(f.questions().stream().map(Question::id).toList());
            }
        }
    }

    @Test
    void isSelfContainedPrintableHtmlWithoutScripts() {
        for (Form f : STANDARD.forms()) {
            for (String lang : List.of("ru", "en")) {
                String html = EXPORTER.export(f, lang);
                String lower = html.toLowerCase(Locale.ROOT);
                assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n")
                        .endsWith("</html>\n").doesNotContain("\r")
                        .contains("@page { size: A4; margin: 18mm; }")
                        .contains("break-inside: avoid; page-break-inside: avoid;");
                assertThat(lower).doesNotContain("<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import",
                        "http:", "https:");
                assertThat(EVENT_HANDLER.matcher(html).find()).as("an on… attribute").isFalse();
                assertThat(EXPORTER.export(f, lang)).isEqualTo(html);
            }
        }
    }

    @Test
    void questionsAreNumberedFromOne() {
        String html = EXPORTER.export(INT1, "ru");
        for (int i = 1; i <= INT1.questions().size(); i++) {
            assertThat(html).contains("<span class=\"num\">" + i + ".</span>");
        }
        assertThat(html).doesNotContain("<span class=\"num\">" + (INT1.questions().size() + 1) + ".</span>");
    }

    // ------------------------------------------------------------------ how questions are drawn

    @Test
    void choicesScalesAndTextAreDrawnForPaper() {
        String html = EXPORTER.export(EXT1, "ru");
        assertThat(section(html, "used")).contains("(один ответ)").contains("<li><span class=\"box\"></span>Да</li>")
                .contains("<li><span class=\"box\"></span>Нет <span class=\"ends\">→ если выбрали этот ответ, анкета закончена, спасибо</span></li>");
        assertThat(section(html, "problems")).contains("(несколько ответов)");
        String overall = section(html, "overall");
        assertThat(count(overall, "class=\"box\"")).isEqualTo(6);
        assertThat(overall).contains("<span class=\"point\"><span class=\"box\"></span>1</span>")
                .contains("<span class=\"point\"><span class=\"box\"></span>5</span>")
                .contains("<span class=\"box\"></span>Затрудняюсь ответить</span>")
                .contains("1 — совсем не удовлетворены … 5 — полностью удовлетворены");
        assertThat(count(section(html, "comment"), "<div class=\"line\"></div>")).isEqualTo(8);
        assertThat(section(html, "comment")).contains("(не более 2000 знаков)");

        String en = EXPORTER.export(EXT1, "en");
        assertThat(section(en, "used")).contains("(one answer)")
                .contains("→ if you chose this answer, the questionnaire ends here, thank you");
        assertThat(section(en, "problems")).contains("(several answers)");
        assertThat(section(en, "overall")).contains("Can&#39;t say").contains("1 — not satisfied at all … 5 — fully satisfied");
    }

    @Test
    void textQuestionsGetOneRuledLinePer200CharactersBetween3And8() {
        assertThat(HtmlFormExporter.lines(text(100))).isEqualTo(3);
        assertThat(HtmlFormExporter.lines(text(800))).isEqualTo(4);
        assertThat(HtmlFormExporter.lines(text(1000))).isEqualTo(5);
        assertThat(HtmlFormExporter.lines(text(1999))).isEqualTo(8);
        assertThat(HtmlFormExporter.lines(text(100_000))).isEqualTo(8);
        assertThat(HtmlFormExporter.lines(Question.text("t").text("т", "t").build())).isEqualTo(8);
    }

    @Test
    void booleanAndNumberQuestionsGetBoxes() {
        Form form = Form.builder("AG-1").version("1").audience(Audience.EXTERNAL).processTypes(ProcessType.SERVICE)
                .title("Анкета", "Form")
                .question(Question.bool("again").text("Обратились бы снова?", "Would you come again?"))
                .question(Question.number("visits").min(new BigDecimal("0.5")).max(BigDecimal.TEN).text("Сколько?", "How many?"))
                .question(Question.number("age").min(BigDecimal.valueOf(18)).text("Возраст", "Age"))
                .question(Question.number("free").text("Число", "Number"))
                .build();
        String html = EXPORTER.export(form, "ru");
        assertThat(section(html, "again")).contains("(один ответ)")
                .contains("<span class=\"choice\"><span class=\"box\"></span>Да</span><span class=\"choice\"><span class=\"box\"></span>Нет</span>");
        assertThat(section(html, "visits")).contains("(укажите число от 0,5 до 10)").contains("<div class=\"number-box\"></div>");
        assertThat(section(html, "age")).contains("(укажите число не меньше 18)");
        assertThat(section(html, "free")).contains("(укажите число)");
        assertThat(section(EXPORTER.export(form, "en"), "visits")).contains("(write a number from 0.5 to 10)");
    }

    // ------------------------------------------------------------------ skip logic in words

    @Test
    void standardSkipLogicIsWrittenInWords() {
        String ru = EXPORTER.export(EXT1, "ru");
        assertThat(section(ru, "overall")).contains("<p class=\"skip\">Отвечайте, если в вопросе 1 вы выбрали «Да»</p>");
        assertThat(section(ru, "problems")).contains("<p class=\"skip\">Отвечайте, если в вопросе 4 вы выбрали 1, 2 или 3</p>");
        assertThat(section(ru, "result-time")).doesNotContain("class=\"skip\"");
        String en = EXPORTER.export(EXT1, "en");
        assertThat(section(en, "overall")).contains("<p class=\"skip\">Answer if in question 1 you chose “Yes”</p>");
        assertThat(section(en, "problems")).contains("<p class=\"skip\">Answer if in question 4 you chose 1, 2 or 3</p>");
    }

    @Test
    void everyKindOfConditionIsWrittenInWords() {
        Form form = Form.builder("AG-2").version("1").audience(Audience.EXTERNAL).processTypes(ProcessType.SERVICE)
                .title("Анкета", "Form")
                .question(Question.single("used").required().role(QuestionRole.SCREENING).text("Обращались?", "Contacted?")
                        .option("yes", "Да", "Yes").option("web", "Через сайт", "Online").endingOption("no", "Нет", "No"))
                .question(Question.scale("overall").role(QuestionRole.OVERALL).dontKnow().text("Оценка", "Rating"))
                .question(Question.bool("again").text("Снова?", "Again?"))
                .question(Question.text("why").maxLength(600).text("Почему?", "Why?"))
                .question(Question.text("q-in").text("В", "In").visibleIf(new Condition.In("overall",
                        List.of(AnswerValue.of(1), AnswerValue.of(AnswerValue.DONT_KNOW)))))
                .question(Question.text("q-dk").text("Д", "Dk").visibleIf(new Condition.Equals("overall", AnswerValue.of("dk"))))
                .question(Question.text("q-any").text("Л", "Any").visibleIf(new Condition.Any(List.of(
                        Condition.equalsTo("used", "yes"), Condition.equalsTo("used", "web")))))
                .question(Question.text("q-all").text("И", "All").visibleIf(new Condition.All(List.of(
                        new Condition.In("used", List.of(AnswerValue.of("yes"), AnswerValue.of("web"))),
                        new Condition.Equals("again", AnswerValue.of(true)),
                        new Condition.Any(List.of(Condition.answered("why"), Condition.in("overall", 4, 5)))))))
                .question(Question.text("q-not").text("Н", "Not").visibleIf(new Condition.Not(Condition.equalsTo("used", "web"))))
                .question(Question.text("q-not-in").text("Н2", "Not in").visibleIf(new Condition.Not(Condition.in("overall", 1, 2))))
                .question(Question.text("q-unanswered").text("Б", "Blank").visibleIf(new Condition.Answered("why", false)))
                .question(Question.text("q-not-all").text("Н3", "Not all").visibleIf(new Condition.Not(new Condition.All(List.of(
                        new Condition.Equals("again", AnswerValue.of(false)), new Condition.Not(Condition.answered("why")))))))
                .build();
        String ru = EXPORTER.export(form, "ru");
        assertThat(skip(ru, "q-in")).isEqualTo("Отвечайте, если в вопросе 2 вы выбрали 1 или «Затрудняюсь ответить»");
        assertThat(skip(ru, "q-dk")).isEqualTo("Отвечайте, если в вопросе 2 вы выбрали «Затрудняюсь ответить»");
        assertThat(skip(ru, "q-any")).isEqualTo("Отвечайте, если в вопросе 1 вы выбрали «Да» или в вопросе 1 вы выбрали «Через сайт»");
        assertThat(skip(ru, "q-all")).isEqualTo("Отвечайте, если в вопросе 1 вы выбрали «Да» или «Через сайт» и в вопросе 3 вы выбрали «Да»"
                + " и (вы ответили на вопрос 4 или в вопросе 2 вы выбрали 4 или 5)");
        assertThat(skip(ru, "q-not")).isEqualTo("Отвечайте, если в вопросе 1 вы не выбрали «Через сайт»");
        assertThat(skip(ru, "q-not-in")).isEqualTo("Отвечайте, если в вопросе 2 вы не выбрали ни один из ответов: 1, 2");
        assertThat(skip(ru, "q-unanswered")).isEqualTo("Отвечайте, если вы не ответили на вопрос 4");
        assertThat(skip(ru, "q-not-all")).isEqualTo("Отвечайте, если неверно, что (в вопросе 3 вы выбрали «Нет» и вы не ответили на вопрос 4)");
        assertThat(section(ru, "why")).contains("<div class=\"line\"></div>\n<div class=\"line\"></div>\n<div class=\"line\"></div>\n</div>");

        String en = EXPORTER.export(form, "en");
        assertThat(skip(en, "q-in")).isEqualTo("Answer if in question 2 you chose 1 or “Can&#39;t say”");
        assertThat(skip(en, "q-all")).isEqualTo("Answer if in question 1 you chose “Yes” or “Online” and in question 3 you chose “Yes”"
                + " and (you answered question 4 or in question 2 you chose 4 or 5)");
        assertThat(skip(en, "q-not-in")).isEqualTo("Answer if in question 2 you chose none of 1, 2");
        assertThat(skip(en, "q-not-all")).isEqualTo("Answer if it is not the case that (in question 3 you chose “No” and you did not answer question 4)");
    }

    // ------------------------------------------------------------------ header, footer, language

    @Test
    void headerNamesTheFormAndFooterPromisesAnonymityOnInternalForms() {
        String ext = EXPORTER.export(EXT1, "ru");
        assertThat(ext).contains("<p class=\"form-id\">Анкета EXT-1, версия 1</p>")
                .contains("<h1>" + Html.escape(EXT1.title().ru()) + "</h1>")
                .contains("<p class=\"description\">" + Html.escape(EXT1.description().orElseThrow().ru()) + "</p>")
                .doesNotContain("class=\"anonymous\"");
        String internal = EXPORTER.export(INT1, "ru");
        assertThat(internal).contains("<p class=\"form-id\">Анкета INT-1, версия 1</p>")
                .contains("<p class=\"anonymous\">Анкета анонимная: не указывайте в ней своё имя, должность или подразделение.</p>");
        assertThat(EXPORTER.export(INT1, "en")).contains("<p class=\"form-id\">Questionnaire INT-1, version 1</p>")
                .contains("<p class=\"anonymous\">This questionnaire is anonymous");
    }

    @Test
    void russianIsTheDefaultAndOtherLanguagesAreRefused() {
        assertThat(EXPORTER.export(EXT1)).isEqualTo(EXPORTER.export(EXT1, "ru"));
        assertThat(EXPORTER.export(EXT1, null)).isEqualTo(EXPORTER.export(EXT1, "ru"));
        assertThatThrownBy(() -> EXPORTER.export(EXT1, "de")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("de");
        assertThatThrownBy(() -> EXPORTER.export(EXT1, "EN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void russianOnlyTextsFallBackToRussianInEnglish() {
        Form form = Form.builder("AG-3").version("1").audience(Audience.INTERNAL).processTypes(ProcessType.INTERNAL)
                .title(LocalizedText.of("Только по-русски"))
                .question(Question.scale("overall").role(QuestionRole.OVERALL).text(LocalizedText.of("Оценка")))
                .build();
        assertThat(EXPORTER.export(form, "en")).contains("<h1>Только по-русски</h1>").contains("Оценка")
                .contains("1 — not satisfied at all … 5 — fully satisfied");
    }

    // ------------------------------------------------------------------ hostile input

    @Test
    void hostileTextsAreEscapedEverywhere() {
        Form hostile = Form.builder("EVIL-1").version("1").audience(Audience.INTERNAL).processTypes(ProcessType.INTERNAL)
                .title("<b>Анкета</b> & «ещё»", "Title 'quoted' </title><script>alert(2)</script>")
                .description(LocalizedText.of("</style><script>alert(3)</script>", "<img src=x onerror=alert(4)>"))
                .question(Question.single("pick").text("<script>alert(1)</script>", "<script>alert(1)</script>")
                        .option(new Option("a", LocalizedText.of("\" onmouseover=\"x", "\" onmouseover=\"x"), false))
                        .option(new Option("b", LocalizedText.of("'><svg onload=alert(5)>", "'><svg onload=alert(5)>"), true)))
                .question(Question.text("why").text("Почему?", "Why?").visibleIf(Condition.equalsTo("pick", "a")))
                .build();
        for (String lang : List.of("ru", "en")) {
            String html = EXPORTER.export(hostile, lang);
            String lower = html.toLowerCase(Locale.ROOT);
            assertThat(lower).doesNotContain("<script", "<img", "<svg", "</title><", "</style><", "\" onmouseover=\"", "'>");
            assertThat(EVENT_HANDLER.matcher(html).find()).as("an on… attribute").isFalse();
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .contains("<li><span class=\"box\"></span>&quot; onmouseover=&quot;x</li>")
                    .contains("&#39;&gt;&lt;svg onload=alert(5)&gt;");
            assertThat(count(html, "<style>")).isEqualTo(1);
            assertThat(count(html, "</style>")).isEqualTo(1);
            assertThat(count(html, "<title>")).isEqualTo(1);
        }
        assertThat(EXPORTER.export(hostile, "ru")).contains("<h1>&lt;b&gt;Анкета&lt;/b&gt; &amp; «ещё»</h1>")
                .contains("Отвечайте, если в вопросе 1 вы выбрали «&quot; onmouseover=&quot;x»");
    }

    // ------------------------------------------------------------------ helpers

    private static TextQuestion text(int maxLength) {
        return Question.text("t").maxLength(maxLength).text("т", "t").build();
    }

    /** The block of question {@code id}. */
    private static String section(String html, String id) {
        int start = html.indexOf("<section class=\"question\" data-question=\"" + id + "\">");
        assertThat(start).as("question " + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** The skip instruction of question {@code id}, as HTML text. */
    private static String skip(String html, String id) {
        String s = section(html, id);
        int start = s.indexOf("<p class=\"skip\">");
        assertThat(start).as("skip line of " + id).isNotNegative();
        return s.substring(start + "<p class=\"skip\">".length(), s.indexOf("</p>", start));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
