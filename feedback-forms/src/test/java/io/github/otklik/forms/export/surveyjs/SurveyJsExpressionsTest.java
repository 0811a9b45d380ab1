package io.github.otklik.forms.export.surveyjs;

import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.validation.Visibility;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class SurveyJsExpressionsTest {
    /** One question of every type, and a text question whose condition values may be anything. */
    static final Form ALL_TYPES = Form.builder("AG-X").version("1").audience(Audience.EXTERNAL)
            .processTypes(ProcessType.SERVICE).title("Все типы", "All types")
            .question(Question.single("used").required().text("Обращались?", "Contacted?")
                    .option("yes", "Да", "Yes").endingOption("no", "Нет", "No").option("1", "Один", "One"))
            .question(Question.multi("problems").text("Проблемы", "Problems")
                    .option("queue", "Очередь", "Queue").option("docs", "Документы", "Documents")
                    .endingOption("stop", "Хватит", "Enough"))
            .question(Question.scale("overall").dontKnow().text("Оценка", "Rating"))
            .question(Question.bool("agreed").text("Согласны?", "Agree?"))
            .question(Question.text("name").maxLength(100).text("Имя", "Name"))
            .question(Question.number("age").min(new BigDecimal("-0.5")).max(new BigDecimal("1E+3")).text("Число", "Number"))
            .question(Question.text("comment").text("Комментарий", "Comment")
                    .visibleIf(new Condition.Any(List.of(Condition.equalsTo("used", "yes"), Condition.answered("name")))))
            .build();

    private static String of(Condition c) {
        return SurveyJsExpressions.of(c, ALL_TYPES);
    }

    @Test
    void equalsComparesWithEqualsSignOrContainsForMultiChoice() {
        assertThat(of(Condition.equalsTo("used", "yes"))).isEqualTo("{used} = 'yes'");
        assertThat(of(Condition.equalsTo("used", "1"))).isEqualTo("{used} = '1'");
        assertThat(of(Condition.equalsTo("problems", "queue"))).isEqualTo("{problems} contains 'queue'");
        assertThat(of(new Condition.Equals("overall", AnswerValue.of(3)))).isEqualTo("{overall} = 3");
        assertThat(of(new Condition.Equals("overall", AnswerValue.of("dk")))).isEqualTo("{overall} = 'dk'");
        assertThat(of(new Condition.Equals("agreed", AnswerValue.of(false)))).isEqualTo("{agreed} = false");
        assertThat(of(new Condition.Equals("age", new AnswerValue.DecimalValue(new BigDecimal("-2.50")))))
                .isEqualTo("{age} = -2.50");
        assertThat(of(new Condition.Equals("age", new AnswerValue.DecimalValue(new BigDecimal("1E+3")))))
                .as("no exponent notation in the grammar").isEqualTo("{age} = 1000");
        assertThat(of(new Condition.Equals("age", AnswerValue.of(-7)))).isEqualTo("{age} = -7");
    }

    @Test
    void inBecomesAnyof() {
        assertThat(of(new Condition.In("used", List.of(AnswerValue.of("yes"), AnswerValue.of("no")))))
                .isEqualTo("{used} anyof ['yes', 'no']");
        assertThat(of(new Condition.In("problems", List.of(AnswerValue.of("queue"), AnswerValue.of("docs")))))
                .isEqualTo("{problems} anyof ['queue', 'docs']");
        assertThat(of(Condition.in("overall", 1, 2, 3))).isEqualTo("{overall} anyof [1, 2, 3]");
        assertThat(of(new Condition.In("overall", List.of(AnswerValue.of(1), AnswerValue.of("dk")))))
                .isEqualTo("{overall} anyof [1, 'dk']");
        assertThat(of(new Condition.In("used", List.of()))).as("nothing is in an empty list").isEqualTo("false");
    }

    @Test
    void answeredBecomesEmptyOrNotempty() {
        assertThat(of(Condition.answered("name"))).isEqualTo("{name} notempty");
        assertThat(of(new Condition.Answered("name", false))).isEqualTo("{name} empty");
    }

    @Test
    void allAnyAndNotParenthesiseTheirParts() {
        Condition a = Condition.equalsTo("used", "yes");
        Condition b = Condition.in("overall", 1, 2);
        assertThat(of(new Condition.All(List.of(a, b)))).isEqualTo("({used} = 'yes') and ({overall} anyof [1, 2])");
        assertThat(of(new Condition.Any(List.of(a, b, Condition.answered("name")))))
                .isEqualTo("({used} = 'yes') or ({overall} anyof [1, 2]) or ({name} notempty)");
        assertThat(of(new Condition.Not(a))).isEqualTo("!({used} = 'yes')");
        assertThat(of(new Condition.Not(new Condition.Not(a)))).isEqualTo("!(!({used} = 'yes'))");
        assertThat(of(new Condition.All(List.of(a, new Condition.Not(b))))).isEqualTo("({used} = 'yes') and !({overall} anyof [1, 2])");
        assertThat(of(new Condition.Any(List.of(new Condition.All(List.of(a, b)), new Condition.Not(new Condition.Any(List.of(a, b)))))))
                .isEqualTo("(({used} = 'yes') and ({overall} anyof [1, 2])) or !(({used} = 'yes') or ({overall} anyof [1, 2]))");
        assertThat(of(new Condition.All(List.of(a)))).isEqualTo("{used} = 'yes'");
        assertThat(of(new Condition.Any(List.of(b)))).isEqualTo("{overall} anyof [1, 2]");
        assertThat(of(new Condition.All(List.of()))).isEqualTo("true");
        assertThat(of(new Condition.Any(List.of()))).isEqualTo("false");
    }

    @Test
    void stringLiteralsEscapeBothQuotesAndKeepOtherBackslashes() {
        assertThat(SurveyJsExpressions.literal("yes")).isEqualTo("'yes'");
        assertThat(SurveyJsExpressions.literal("")).isEqualTo("''");
        assertThat(SurveyJsExpressions.literal("O'Brien")).isEqualTo("'O\\'Brien'");
        assertThat(SurveyJsExpressions.literal("say \"hi\"")).isEqualTo("'say \\\"hi\\\"'");
        // The grammar's only escapes are \' and \": a backslash before anything else is itself.
        assertThat(SurveyJsExpressions.literal("C:\\dir")).isEqualTo("'C:\\dir'");
        assertThat(SurveyJsExpressions.literal("a\\'b")).as("backslash, then an escaped quote").isEqualTo("'a\\\\'b'");
        assertThat(SurveyJsExpressions.literal("{x} or true")).isEqualTo("'{x} or true'");
        assertThatThrownBy(() -> SurveyJsExpressions.literal("a\\")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backslash");
    }

    @Test
    void hostileValueCannotBreakOutOfItsLiteral() {
        String hostile = "x' or {used} notempty or '\"\\";
        String hostileWithEnd = hostile + "!";
        String expression = of(new Condition.Equals("name", AnswerValue.of(hostileWithEnd)));
        assertThat(expression).isEqualTo("{name} = 'x\\' or {used} notempty or \\'\\\"\\!'");
        assertThat(decodeLiteral(expression.substring("{name} = ".length()))).isEqualTo(hostileWithEnd);
        assertThatThrownBy(() -> of(new Condition.Equals("name", AnswerValue.of(hostile))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Reads a literal back as the SurveyJS grammar does: {@code \'} and {@code \"} are escapes, nothing else. */
    private static String decodeLiteral(String literal) {
        assertThat(literal).startsWith("'").endsWith("'");
        StringBuilder out = new StringBuilder();
        int i = 1;
        while (true) {
            char c = literal.charAt(i);
            if (c == '\\' && (literal.charAt(i + 1) == '\'' || literal.charAt(i + 1) == '"')) {
                out.append(literal.charAt(i + 1));
                i += 2;
            } else if (c == '\'' || c == '"') {
                assertThat(i).as("an unescaped quote may only close the literal").isEqualTo(literal.length() - 1);
                return out.toString();
            } else {
                out.append(c);
                i++;
            }
        }
    }

    @Test
    void refusesWhatSurveyJsCannotSay() {
        assertThatThrownBy(() -> of(Condition.equalsTo("nope", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> of(new Condition.Equals("used", AnswerValue.NullValue.INSTANCE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void laterQuestionsAreGuardedByEveryEarlierEndingAnswer() {
        assertThat(SurveyJsExpressions.effectiveVisibleIf(ALL_TYPES, 0)).isEmpty();
        assertThat(SurveyJsExpressions.effectiveVisibleIf(ALL_TYPES, 1).map(SurveyJsExpressionsTest::of))
                .contains("!({used} = 'no')");
        assertThat(SurveyJsExpressions.effectiveVisibleIf(ALL_TYPES, 2).map(SurveyJsExpressionsTest::of))
                .contains("!(({used} = 'no') or ({problems} contains 'stop'))");
        assertThat(SurveyJsExpressions.effectiveVisibleIf(ALL_TYPES, 6).map(SurveyJsExpressionsTest::of))
                .contains("(({used} = 'yes') or ({name} notempty)) and !(({used} = 'no') or ({problems} contains 'stop'))");
        Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
        assertThat(SurveyJsExpressions.ending(ext1.questions().get(0)).map(c -> SurveyJsExpressions.of(c, ext1)))
                .contains("{used} anyof ['no', 'cant-say']");
        assertThat(SurveyJsExpressions.effectiveVisibleIf(ext1, ext1.indexOf("overall")).map(c -> SurveyJsExpressions.of(c, ext1)))
                .contains("({used} = 'yes') and !({used} anyof ['no', 'cant-say'])");
    }

    @Test
    void anEndingQuestionThatIsItselfConditionalEndsOnlyWhenVisible() {
        Form form = Form.builder("AG-Y").version("1").audience(Audience.INTERNAL).processTypes(ProcessType.INTERNAL)
                .title("Т", "T")
                .question(Question.bool("staff").text("Сотрудник?", "Staff?"))
                .question(Question.single("unit").text("Подразделение", "Unit").visibleIf(new Condition.Equals("staff", AnswerValue.of(true)))
                        .option("hr", "Кадры", "HR").endingOption("none", "Нет", "None"))
                .question(Question.text("comment").text("Комментарий", "Comment"))
                .build();
        assertThat(SurveyJsExpressions.ending(form.questions().get(1)).map(c -> SurveyJsExpressions.of(c, form)))
                .contains("({staff} = true) and ({unit} = 'none')");
        assertThat(SurveyJsExpressions.effectiveVisibleIf(form, 2).map(c -> SurveyJsExpressions.of(c, form)))
                .contains("!(({staff} = true) and ({unit} = 'none'))");
    }

    /**
     * The law behind the guards: for any answers whatsoever, the exported condition of a question holds
     * exactly when Otklik's {@link Visibility} says the question is visible.
     */
    @Test
    void effectiveConditionAgreesWithOtklikVisibilityOnAnyAnswers() {
        List<Form> forms = new ArrayList<>(FormCatalog.standard().forms());
        forms.add(ALL_TYPES);
        int longest = forms.stream().mapToInt(f -> f.questions().size()).max().orElseThrow();
        qt().withExamples(3000).forAll(integers().between(0, forms.size() - 1),
                        lists().of(integers().between(0, 5119)).ofSize(longest))
                .checkAssert((formIndex, picks) -> {
                    Form form = forms.get(formIndex);
                    Map<String, AnswerValue> answers = answers(form, picks);
                    Visibility visibility = Visibility.of(form, answers);
                    for (int i = 0; i < form.questions().size(); i++) {
                        boolean exported = SurveyJsExpressions.effectiveVisibleIf(form, i)
                                .map(c -> Visibility.holds(c, answers)).orElse(true);
                        assertThat(exported).as(form.id() + " " + form.questions().get(i).id() + " with " + answers)
                                .isEqualTo(visibility.isVisible(i));
                    }
                });
    }

    /** Answers drawn from the picks: a multiple of 5 (0 included) = unanswered, else a value of the question's type. */
    static Map<String, AnswerValue> answers(Form form, List<Integer> picks) {
        Map<String, AnswerValue> out = new LinkedHashMap<>();
        for (int i = 0; i < form.questions().size(); i++) {
            int pick = picks.get(i);
            if (pick % 5 == 0) {
                continue;
            }
            Question q = form.questions().get(i);
            out.put(q.id(), value(q, pick / 5 + pick % 5));
        }
        return out;
    }

    private static AnswerValue value(Question q, int pick) {
        if (q instanceof ChoiceQuestion c) {
            List<Option> options = c.options();
            if (!c.multiple()) {
                return AnswerValue.of(options.get(pick % options.size()).value());
            }
            List<String> chosen = new ArrayList<>();
            for (int k = 0; k < options.size(); k++) {
                if ((pick >> (k % 10) & 1) == 1) {
                    chosen.add(options.get(k).value());
                }
            }
            return AnswerValue.ofStrings(chosen.isEmpty() ? List.of(options.get(pick % options.size()).value()) : chosen);
        } else if (q instanceof ScaleQuestion s) {
            int span = s.max() - s.min() + 1 + (s.dontKnow() ? 1 : 0);
            int k = pick % span;
            return k == s.max() - s.min() + 1 ? AnswerValue.of("dk") : AnswerValue.of(s.min() + k);
        } else if (q instanceof NumberQuestion) {
            return AnswerValue.of(pick);
        } else if (q instanceof BooleanQuestion) {
            return AnswerValue.of(pick % 2 == 0);
        }
        return AnswerValue.of("text " + pick);
    }

    @Test
    void onlyChoiceQuestionsWithEndingOptionsEndTheSurvey() {
        for (int i = 2; i < ALL_TYPES.questions().size(); i++) {
            assertThat(SurveyJsExpressions.ending(ALL_TYPES.questions().get(i))).isEmpty();
        }
        assertThat(SurveyJsExpressions.ending(FormCatalog.standard().find("INT-1", "1").orElseThrow().questions().get(0))).isEmpty();
    }
}
