package io.github.otklik.forms;

import io.github.otklik.core.process.ProcessType;
import io.github.otklik.forms.json.FormJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormBuilderTest {
    @Test
    void buildsACustomFormThatRoundTripsThroughCanonicalJson() {
        Form form = Form.builder("AG-7").version("2").audience(Audience.EXTERNAL).processTypes(ProcessType.SERVICE)
                .title("Анкета", "Questionnaire")
                .question(Question.single("used").role(QuestionRole.SCREENING).required().text("Обращались?", "Did you?")
                        .option("yes", "Да", "Yes").endingOption("no", "Нет", "No"))
                .question(Question.scale("overall").role(QuestionRole.OVERALL).dontKnow().required()
                        .text("Оценка", "Rating").visibleIf(Condition.equalsTo("used", "yes")))
                .question(Question.scale("speed").aspect("result-time").range(1, 3).satisfiedFrom(3).dissatisfiedTo(1)
                        .text("Скорость", "Speed"))
                .question(Question.multi("problems").role(QuestionRole.PROBLEM).text("Проблемы", "Problems")
                        .option("queue", "Очередь", "Queue").option("docs", "Документы", "Documents")
                        .visibleIf(new Condition.Any(java.util.List.of(Condition.in("overall", 1, 2, 3),
                                new Condition.Not(Condition.answered("speed"))))))
                .question(Question.number("visits").range(1, 20).text("Визиты", "Visits"))
                .question(Question.text("comment").role(QuestionRole.COMMENT).maxLength(500).text("Комментарий", "Comment"))
                .build();
        FormJson json = new FormJson();
        assertThat(json.read(json.write(form), "x")).isEqualTo(form);
        assertThat(form.overall()).isPresent();
        assertThat(form.indexOf("problems")).isEqualTo(3);
    }

    @Test
    void copyingAStandardTemplateLeavesTheOriginalUntouched() {
        Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
        ChoiceQuestion service = Question.single("service").text("Какую услугу вы получили?", "Which service?")
                .option("svc-birth", "Пособие при рождении", "Birth allowance")
                .option("svc-housing", "Субсидия на жильё", "Housing subsidy").build();
        Form mine = ext1.copy("AG-EXT-1", "1").insertAfter("used", service).build();
        assertThat(mine.question("service")).contains(service);
        assertThat(mine.indexOf("service")).isEqualTo(1);
        assertThat(ext1.question("service")).isEmpty();
        assertThat(FormCatalog.standard().find("EXT-1", "1")).contains(ext1);
    }
}
