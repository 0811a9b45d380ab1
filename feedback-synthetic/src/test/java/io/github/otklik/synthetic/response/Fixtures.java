package io.github.otklik.synthetic.response;

import io.github.otklik.forms.ResponseContext;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.validation.ResponseValidator;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.quicktheories.generators.SourceDSL.doubles;

/** Forms, contexts and profiles shared by the generator tests. */
final class Fixtures {
    /** A form that uses every question type, odd scales and bounds, tiny texts and nested conditions. */
    static final Form CUSTOM = Form.builder("TEST-GEN").version("1").audience(Audience.EXTERNAL)
            .processTypes(ProcessType.SERVICE).title("Проверочная анкета", "Test form")
            .question(Question.single("kind").role(QuestionRole.SCREENING).required().text("Кто вы?", "Who are you?")
                    .option("citizen", "Гражданин", "Citizen").option("business", "Бизнес", "Business")
                    .endingOption("none", "Не обращался", "Did not apply"))
            .question(Question.number("age").range(18, 120).required().text("Возраст", "Age")
                    .visibleIf(Condition.equalsTo("kind", "citizen")))
            .question(Question.number("share").min(new BigDecimal("0.25")).max(new BigDecimal("0.75"))
                    .text("Доля", "Share"))
            .question(Question.number("count").min(BigDecimal.ONE).text("Сколько раз", "How many times"))
            .question(Question.number("debt").max(BigDecimal.valueOf(-5)).text("Долг", "Debt"))
            .question(Question.number("any").text("Любое число", "Any number"))
            .question(Question.bool("first-time").required().text("Впервые?", "First time?"))
            .question(Question.scale("overall").role(QuestionRole.OVERALL).range(0, 10).required()
                    .text("Оценка", "Rating"))
            .question(Question.scale("three").aspect("speed").range(1, 3).satisfiedFrom(3).dissatisfiedTo(1)
                    .dontKnow().required().text("Скорость", "Speed"))
            .question(Question.multi("problems").role(QuestionRole.PROBLEM).text("Проблемы", "Problems")
                    .option("queue", "Очередь", "Queue").option("docs", "Документы", "Documents")
                    .option("rude", "Грубость", "Rudeness").option("other", "Другое", "Other"))
            .question(Question.multi("pick").text("Выберите", "Pick")
                    .option("a", "А", "A").option("b", "Б", "B").endingOption("stop", "Стоп", "Stop")
                    .visibleIf(new Condition.Any(List.of(Condition.answered("problems"),
                            new Condition.Equals("first-time", AnswerValue.of(true))))))
            .question(Question.text("note").maxLength(3).required().text("Кратко", "Briefly")
                    .visibleIf(new Condition.Not(Condition.answered("problems"))))
            .question(Question.single("channel").segment("channel").text("Канал", "Channel")
                    .option("EPGU", "ЕПГУ", "EPGU").option("OTHER", "Другое", "Other"))
            .question(Question.single("category").segment("category").text("Категория", "Category")
                    .option("LEGAL_ENTITY", "Юрлицо", "Legal entity").option("CITIZEN", "Гражданин", "Citizen"))
            .question(Question.single("size").segment("size").text("Размер", "Size")
                    .option("small", "Малый", "Small").option("large", "Крупный", "Large"))
            .question(Question.text("comment").role(QuestionRole.COMMENT).maxLength(5).text("Комментарий", "Comment"))
            .build();

    /** The standard templates and {@link #CUSTOM}. */
    static final FormCatalog CATALOG = FormCatalog.builder().standard().add(CUSTOM).build();
    static final List<Form> FORMS = CATALOG.forms();
    static final ResponseValidator VALIDATOR = new ResponseValidator(CATALOG);

    private static final ClientCategory[] EXTERNAL_CATEGORIES = Arrays.stream(ClientCategory.values())
            .filter(c -> c.kind() == ClientKind.EXTERNAL).toArray(ClientCategory[]::new);

    private Fixtures() {
    }

    /** A random context that suits {@code form}: a process when external, a client of the form's audience. */
    static ResponseContext context(Form form, SplittableRandom random, int n) {
        ClientKind kind = form.audience() == Audience.EXTERNAL ? ClientKind.EXTERNAL : ClientKind.INTERNAL;
        Channel[] channels = Arrays.stream(Channel.values()).filter(c -> c.usedBy(kind)).toArray(Channel[]::new);
        Client client;
        if (random.nextInt(5) == 0) {
            client = Client.of(kind);
        } else {
            client = Client.of(kind, kind == ClientKind.INTERNAL ? ClientCategory.EMPLOYEE
                    : EXTERNAL_CATEGORIES[random.nextInt(EXTERNAL_CATEGORIES.length)]);
        }
        ResponseContext.Builder b = ResponseContext.builder("r-" + n)
                .submittedAt(Instant.parse("2025-02-01T10:00:00Z").plusSeconds(random.nextInt(1_000_000)))
                .agency("minsoc")
                .channel(channels[random.nextInt(channels.length)])
                .client(client);
        if (kind == ClientKind.EXTERNAL || random.nextBoolean()) {
            b.process("svc-" + random.nextInt(10));
        }
        if (random.nextInt(3) == 0) {
            b.respondent(Map.of("name", AnswerValue.of("Иван Петров")));
        }
        return b.build();
    }

    /** Profiles over the whole range of every knob, favouring a couple of common problem codes. */
    static Gen<RespondentProfile> profiles() {
        Gen<Double> unit = doubles().between(0, 1);
        return unit.zip(unit, unit, unit, unit, (satisfaction, screenOut, dontKnow, optional, comment) ->
                new RespondentProfile(satisfaction, List.of("queue", "missed-deadline"), screenOut, dontKnow, optional, comment));
    }
}
