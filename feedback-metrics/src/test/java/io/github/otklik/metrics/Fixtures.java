package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-made forms and records with figures computed by hand in the tests. */
final class Fixtures {
    /** AG-1: screening, overall 1..5 with dk, aspect "speed" 1..5, problems visible when overall ≤ 3. */
    static final Form AG1 = Form.builder("AG-1").version("1").audience(Audience.EXTERNAL).processTypes(ProcessType.SERVICE)
            .title("Анкета", "Form")
            .question(Question.single("used").role(QuestionRole.SCREENING).required().text("Обращались?", "Used?")
                    .option("yes", "Да", "Yes").endingOption("no", "Нет", "No"))
            .question(Question.scale("overall").role(QuestionRole.OVERALL).dontKnow().required().text("Оценка", "Overall")
                    .visibleIf(Condition.equalsTo("used", "yes")))
            .question(Question.scale("speed").aspect("speed").dontKnow().text("Скорость", "Speed"))
            .question(Question.multi("problems").role(QuestionRole.PROBLEM).text("Проблемы", "Problems")
                    .option("queue", "Очередь", "Queue").option("docs", "Документы", "Docs")
                    .visibleIf(Condition.in("overall", 1, 2, 3)))
            .build();

    /** AG-INT: internal form with a 1..3 overall (satisfiedFrom 3, dissatisfiedTo 1). */
    static final Form AG_INT = Form.builder("AG-INT").version("1").audience(Audience.INTERNAL).processTypes(ProcessType.INTERNAL)
            .title("Внутренняя", "Internal")
            .question(Question.scale("overall").role(QuestionRole.OVERALL).range(1, 3).satisfiedFrom(3).dissatisfiedTo(1)
                    .text("Оценка", "Overall"))
            .question(Question.scale("tools").aspect("equipment").text("Оборудование", "Equipment"))
            .build();

    static final FormCatalog CATALOG = FormCatalog.builder().standard().add(AG1).add(AG_INT).build();

    static int seq;

    static SurveyResponse ext(String process, Channel channel, String submittedAt, Object... answers) {
        return response("AG-1", process, channel, Client.of(ClientKind.EXTERNAL, ClientCategory.CITIZEN), submittedAt, answers);
    }

    static SurveyResponse internal(String submittedAt, Object... answers) {
        return response("AG-INT", null, Channel.INTRANET, Client.of(ClientKind.INTERNAL), submittedAt, answers);
    }

    static SurveyResponse response(String form, String process, Channel channel, Client client, String submittedAt, Object... answers) {
        Map<String, AnswerValue> map = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i += 2) {
            Object v = answers[i + 1];
            map.put((String) answers[i], v instanceof Integer n ? AnswerValue.of(n) : v instanceof List<?> l
                    ? AnswerValue.ofStrings(l.stream().map(String.class::cast).toList()) : AnswerValue.of((String) v));
        }
        SurveyResponse.Builder b = SurveyResponse.builder("r-" + (++seq)).form(form, "1").submittedAt(Instant.parse(submittedAt))
                .agency("ag").channel(channel).client(client).answers(map);
        if (process != null) {
            b.process(process);
        }
        return b.build();
    }

    static Appeal appeal(String process, AppealKind kind, String reason, String registered, String answered, String due,
            AppealOutcome outcome) {
        Appeal.Builder b = Appeal.builder("a-" + (++seq)).agency("ag").channel(Channel.EPGU).kind(kind)
                .registeredAt(Instant.parse(registered));
        if (process != null) {
            b.process(process);
        }
        if (reason != null) {
            b.reason(reason);
        }
        if (answered != null) {
            b.answeredAt(Instant.parse(answered));
        }
        if (due != null) {
            b.dueDate(LocalDate.parse(due));
        }
        if (outcome != null) {
            b.outcome(outcome);
        }
        return b.build();
    }

    private Fixtures() {
    }
}
