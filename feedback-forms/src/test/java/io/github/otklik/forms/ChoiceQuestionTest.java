package io.github.otklik.forms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Option lookups by value: the first option with a value counts, as in {@code option(value)}. */
class ChoiceQuestionTest {
    @Test
    void lookupsByValueAgreeWithOption() {
        ChoiceQuestion q = Question.single("used").text("Пользовались?", "Used?")
                .option("yes", "Да", "Yes")
                .endingOption("no", "Нет", "No")
                .option("no", "Нет (повтор)", "No (again)")
                .build();
        assertThat(q.hasEndingOption()).isTrue();
        for (String value : new String[] {"yes", "no", "maybe", ""}) {
            assertThat(q.hasOption(value)).as(value).isEqualTo(q.option(value).isPresent());
            assertThat(q.endsSurvey(value)).as(value).isEqualTo(q.option(value).map(Option::endsSurvey).orElse(false));
        }
        assertThat(q.option("no").orElseThrow().endsSurvey()).isTrue();
        assertThat(q.endsSurvey("yes")).isFalse();

        ChoiceQuestion plain = Question.multi("problems").text("Проблемы", "Problems").option("queue", "Очередь", "Queue").build();
        assertThat(plain.hasEndingOption()).isFalse();
        assertThat(plain.endsSurvey("queue")).isFalse();
        assertThat(plain.hasOption("queue")).isTrue();
    }
}
