package io.github.otklik.forms.export.html;

import io.github.otklik.core.text.Html;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exports a form as a printable paper questionnaire (бумажная анкета, channel {@code PAPER}): one
 * self-contained HTML5 page for A4 with inline CSS only, no scripts and no external resources.
 * Immutable and thread-safe.
 *
 * <p>Questions are numbered in form order, each in a block that is not split across pages and
 * carries {@code data-question="<id>"}. Choices and Yes/No get check boxes with "(one answer)" or
 * "(several answers)"; scales a row of numbered boxes, a "Can't say" box when allowed, and a legend;
 * text questions ruled lines (about one per 200 characters of {@code maxLength}, 3 to 8); number
 * questions a box. Skip logic is written out in words: "Answer if in question 4 you chose 1, 2 or
 * 3" before a question with {@code visibleIf}, and after an {@code endsSurvey} option that the
 * questionnaire ends there. Every text from the form is HTML-escaped, so any form is safe to
 * render. The same form and language always give the same text (LF line ends, final newline).
 *
 * <pre>{@code
 * Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
 * Files.writeString(Path.of("EXT-1.html"), new HtmlFormExporter().export(ext1, "ru"));
 * }</pre>
 */
public final class HtmlFormExporter {
    private static final int CHARACTERS_PER_LINE = 200;
    private static final int MIN_LINES = 3;
    private static final int MAX_LINES = 8;

    private static final String CSS = """
            @page { size: A4; margin: 18mm; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0 auto; max-width: 174mm; color: #000; background: #fff; font-family: "PT Serif", "Times New Roman", Times, serif; font-size: 11pt; line-height: 1.35; }
            header { border-bottom: 1.5pt solid #000; margin: 0 0 6mm; padding: 0 0 3mm; }
            .form-id { margin: 0 0 2mm; font-size: 9pt; }
            h1 { margin: 0 0 3mm; font-size: 15pt; line-height: 1.2; }
            header p { margin: 0 0 2mm; }
            .question { margin: 0 0 5mm; break-inside: avoid; page-break-inside: avoid; }
            .skip { margin: 0 0 1mm; padding: 0 0 0 8mm; font-style: italic; }
            .question-text { margin: 0 0 1.5mm; padding: 0 0 0 8mm; text-indent: -8mm; font-weight: bold; }
            .num { display: inline-block; min-width: 8mm; text-indent: 0; }
            .hint { font-weight: normal; font-style: italic; }
            .options { margin: 0; padding: 0 0 0 8mm; list-style: none; }
            .options li { margin: 0 0 1.2mm; padding: 0 0 0 6.2mm; text-indent: -6.2mm; }
            .box { display: inline-block; width: 4.2mm; height: 4.2mm; margin: 0 2mm 0 0; border: 0.8pt solid #000; vertical-align: -0.8mm; }
            .ends { font-style: italic; }
            .choices-inline, .scale { margin: 0; padding: 0 0 0 8mm; }
            .choices-inline span.choice, .scale span.point { display: inline-block; margin: 0 6mm 1.2mm 0; white-space: nowrap; }
            .legend { margin: 0.5mm 0 0; padding: 0 0 0 8mm; font-size: 9pt; }
            .lines { padding: 0 0 0 8mm; }
            .line { height: 8mm; border-bottom: 0.6pt solid #000; }
            .number-box { display: inline-block; width: 35mm; height: 9mm; margin: 0 0 0 8mm; border: 0.8pt solid #000; }
            footer { margin: 6mm 0 0; padding: 2mm 0 0; border-top: 0.6pt solid #000; font-size: 9pt; }
            footer p { margin: 0 0 1mm; }
            @media screen { body { padding: 10mm; } }
            """;

    /** An exporter. */
    public HtmlFormExporter() {
    }

    /** The Russian questionnaire: {@code export(form, "ru")}. */
    public String export(Form form) {
        return export(form, "ru");
    }

    /**
     * The printable questionnaire of {@code form} in {@code lang}: {@code "ru"} (the default, also
     * for {@code null}) or {@code "en"}; a text without an English version is printed in Russian.
     *
     * @throws IllegalArgumentException for any other language
     */
    public String export(Form form, String lang) {
        Objects.requireNonNull(form, "form");
        Phrases p = Phrases.of(lang);
        String l = p.lang();
        ConditionWords words = new ConditionWords(form, p);
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n");
        out.append("<html lang=\"").append(l).append("\">\n");
        out.append("<head>\n");
        out.append("<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<title>").append(esc(form.title().in(l) + " (" + form.id() + ")")).append("</title>\n");
        out.append("<style>\n").append(CSS).append("</style>\n");
        out.append("</head>\n");
        out.append("<body>\n");
        out.append("<header>\n");
        out.append("<p class=\"form-id\">").append(esc(p.formLabel(form.id(), form.version()))).append("</p>\n");
        out.append("<h1>").append(esc(form.title().in(l))).append("</h1>\n");
        if (form.description().isPresent()) {
            out.append("<p class=\"description\">").append(esc(form.description().get().in(l))).append("</p>\n");
        }
        out.append("<p class=\"instructions\">").append(esc(p.howToMark()));
        if (form.questions().stream().anyMatch(Question::required)) {
            out.append(' ').append(esc(p.requiredNote()));
        }
        out.append("</p>\n");
        out.append("</header>\n");
        out.append("<main>\n");
        List<Question> questions = form.questions();
        for (int i = 0; i < questions.size(); i++) {
            question(out, questions.get(i), i + 1, p, words);
        }
        out.append("</main>\n");
        out.append("<footer>\n");
        if (form.audience() == Audience.INTERNAL) {
            out.append("<p class=\"anonymous\">").append(esc(p.anonymous())).append("</p>\n");
        }
        out.append("<p class=\"thanks\">").append(esc(p.thanks())).append("</p>\n");
        out.append("</footer>\n");
        out.append("</body>\n");
        out.append("</html>\n");
        return out.toString();
    }

    private static void question(StringBuilder out, Question q, int number, Phrases p, ConditionWords words) {
        String l = p.lang();
        out.append("<section class=\"question\" data-question=\"").append(esc(q.id())).append("\">\n");
        if (q.visibleIf().isPresent()) {
            out.append("<p class=\"skip\">").append(esc(p.answerIf(words.clause(q.visibleIf().get())))).append("</p>\n");
        }
        out.append("<p class=\"question-text\"><span class=\"num\">").append(number).append(".</span>")
                .append(esc(q.text().in(l)));
        if (q.required()) {
            out.append(" *");
        }
        hint(q, p).ifPresent(h -> out.append(" <span class=\"hint\">").append(esc(h)).append("</span>"));
        out.append("</p>\n");
        if (q instanceof ChoiceQuestion c) {
            out.append("<ul class=\"options\">\n");
            for (Option o : c.options()) {
                out.append("<li><span class=\"box\"></span>").append(esc(o.text().in(l)));
                if (o.endsSurvey()) {
                    out.append(" <span class=\"ends\">").append(esc(p.endsSurvey())).append("</span>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        } else if (q instanceof ScaleQuestion s) {
            out.append("<p class=\"scale\">");
            for (int v = s.min(); v <= s.max(); v++) {
                out.append("<span class=\"point\"><span class=\"box\"></span>").append(v).append("</span>");
            }
            if (s.dontKnow()) {
                out.append("<span class=\"point\"><span class=\"box\"></span>").append(esc(p.dontKnow())).append("</span>");
            }
            out.append("</p>\n");
            out.append("<p class=\"legend\">").append(esc(p.scaleLegend(s.min(), s.max()))).append("</p>\n");
        } else if (q instanceof BooleanQuestion) {
            out.append("<p class=\"choices-inline\">");
            out.append("<span class=\"choice\"><span class=\"box\"></span>").append(esc(p.yes())).append("</span>");
            out.append("<span class=\"choice\"><span class=\"box\"></span>").append(esc(p.no())).append("</span>");
            out.append("</p>\n");
        } else if (q instanceof TextQuestion t) {
            out.append("<div class=\"lines\">\n");
            int lines = lines(t);
            for (int i = 0; i < lines; i++) {
                out.append("<div class=\"line\"></div>\n");
            }
            out.append("</div>\n");
        } else if (q instanceof NumberQuestion) {
            out.append("<div class=\"number-box\"></div>\n");
        } else {
            throw new IllegalStateException("unknown question type " + q.getClass().getName());
        }
        out.append("</section>\n");
    }

    /** The instruction after the question text, if any. */
    private static Optional<String> hint(Question q, Phrases p) {
        if (q instanceof ChoiceQuestion c) {
            return Optional.of(c.multiple() ? p.severalAnswers() : p.oneAnswer());
        }
        if (q instanceof ScaleQuestion || q instanceof BooleanQuestion) {
            return Optional.of(p.oneAnswer());
        }
        if (q instanceof TextQuestion t && t.maxLength().isPresent()) {
            return Optional.of(p.maxLength(t.maxLength().getAsInt()));
        }
        if (q instanceof NumberQuestion n) {
            Optional<String> min = n.min().map(v -> ConditionWords.decimal(v, p));
            Optional<String> max = n.max().map(v -> ConditionWords.decimal(v, p));
            if (min.isPresent() && max.isPresent()) {
                return Optional.of(p.numberBetween(min.get(), max.get()));
            }
            if (min.isPresent()) {
                return Optional.of(p.numberAtLeast(min.get()));
            }
            return Optional.of(max.isPresent() ? p.numberAtMost(max.get()) : p.number());
        }
        return Optional.empty();
    }

    /** Ruled lines for a text answer: {@code maxLength / 200}, at least 3, at most 8 (8 when unlimited). */
    static int lines(TextQuestion t) {
        if (t.maxLength().isEmpty()) {
            return MAX_LINES;
        }
        return Math.max(MIN_LINES, Math.min(MAX_LINES, t.maxLength().getAsInt() / CHARACTERS_PER_LINE));
    }

    private static String esc(String text) {
        return Html.escape(text);
    }
}
