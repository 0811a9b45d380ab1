package io.github.otklik.metrics.label;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessRegistry;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.github.otklik.core.text.Language.EN;
import static io.github.otklik.core.text.Language.RU;
import static org.assertj.core.api.Assertions.assertThat;

/** Every step of the documented fallback order, and the words of enums and target metrics. */
class LabelsTest {
    /** An agency's own form: aspect "waiting-time" (standard code) and "speed" (its own), problems "queue" (standard) and "docs" (its own). */
    static final Form OWN = Form.builder("AG-1").version("1").audience(Audience.EXTERNAL).processTypes(ProcessType.SERVICE)
            .title("Анкета агентства", "Agency form")
            .question(Question.scale("overall").role(QuestionRole.OVERALL).text("Оценка", "Overall"))
            .question(Question.scale("wait").aspect("waiting-time").text("Как вам ожидание?", "How was the wait?"))
            .question(Question.scale("speed").aspect("speed").text("Насколько быстро?", "How fast?"))
            .question(Question.multi("problems").role(QuestionRole.PROBLEM).text("Проблемы", "Problems")
                    .option("queue", "Очередь у окна", "Queue at the window").option("docs", "Документы", "Documents"))
            .build();
    static final FormCatalog CATALOG = FormCatalog.builder().standard().add(OWN).build();
    static final Classifier CLASSIFIER = new Classifier(
            Map.of("0001.0001", LocalizedText.of("Жилищные вопросы", "Housing")),
            Map.of("late-answer", LocalizedText.of("Ответ позже срока", "Late answer")),
            Map.of("income-above-threshold", LocalizedText.of("Доход выше порога")),
            Map.of("speed", LocalizedText.of("Скорость", "Speed")),
            Map.of("docs", LocalizedText.of("Лишние справки", "Extra certificates")),
            Map.of("birth", LocalizedText.of("Рождение ребёнка", "Birth of a child")));

    @Test
    void aspectsClassifierThenBuiltInThenTheAgencysQuestionThenTheCode() {
        Labels formsOnly = Labels.builder().forms(CATALOG).build();
        Labels all = Labels.builder().forms(CATALOG).classifier(CLASSIFIER).build();
        assertThat(all.aspect("speed", RU)).isEqualTo("Скорость"); // classifier over the agency's question
        assertThat(formsOnly.aspect("speed", EN)).isEqualTo("How fast?"); // the agency's question: no built-in name
        assertThat(all.aspect("waiting-time", RU)).isEqualTo("Время ожидания"); // built-in over the agency's question
        assertThat(Labels.standard().aspect("waiting-time", EN)).isEqualTo("Waiting time");
        assertThat(all.aspect("nobody-knows", RU)).isEqualTo("nobody-knows");
        assertThat(all.findAspect("nobody-knows")).isEmpty();
    }

    @Test
    void problemsClassifierThenTheAgencysOptionThenBuiltInThenTheCode() {
        Labels formsOnly = Labels.builder().forms(CATALOG).build();
        Labels all = Labels.builder().forms(CATALOG).classifier(CLASSIFIER).build();
        assertThat(all.problem("docs", RU)).isEqualTo("Лишние справки");
        assertThat(formsOnly.problem("docs", EN)).isEqualTo("Documents");
        assertThat(formsOnly.problem("queue", RU)).isEqualTo("Очередь у окна"); // the agency's wording of a standard code
        assertThat(Labels.standard().problem("queue", RU)).isEqualTo("Долгое ожидание в очереди"); // built-in, not EXT-1's option text
        assertThat(Labels.standard().problem("too-many-documents", EN)).isEqualTo("Too many documents");
        assertThat(all.problem("unheard-of", EN)).isEqualTo("unheard-of");
    }

    @Test
    void theStandardFormsLongTextsNeverBecomeLabels() {
        Labels standard = Labels.builder().forms(FormCatalog.standard()).build();
        for (Form f : FormCatalog.standard().forms()) {
            for (Question q : f.questions()) {
                q.aspect().ifPresent(a -> assertThat(standard.findAspect(a)).as(a).isPresent()
                        .get().matches(t -> !t.ru().startsWith("Насколько") && t.en().isPresent(), "a short name in both languages"));
                if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                    c.options().forEach(o -> assertThat(standard.findProblem(o.value())).as(o.value()).isPresent());
                }
            }
        }
    }

    @Test
    void reasonsClassifierThenTheProblemOfTheSameCodeThenTheCode() {
        Labels all = Labels.builder().classifier(CLASSIFIER).build();
        assertThat(all.reason("late-answer", RU)).isEqualTo("Ответ позже срока");
        assertThat(all.reason("queue", EN)).isEqualTo("Long queues");
        assertThat(all.reason("docs", RU)).isEqualTo("Лишние справки"); // the classifier's problem name
        assertThat(all.reason("payment-delay", RU)).isEqualTo("payment-delay");
    }

    @Test
    void classifierOnlySectionsFallBackToTheCodeAndRussianStandsInForMissingEnglish() {
        Labels all = Labels.builder().classifier(CLASSIFIER).build();
        assertThat(all.negativeReason("income-above-threshold", EN)).isEqualTo("Доход выше порога");
        assertThat(all.negativeReason("not-eligible", RU)).isEqualTo("not-eligible");
        assertThat(all.topic("0001.0001", EN)).isEqualTo("Housing");
        assertThat(all.topic("0002", EN)).isEqualTo("0002");
        assertThat(all.lifeSituation("birth", RU)).isEqualTo("Рождение ребёнка");
        assertThat(all.lifeSituation("moving", RU)).isEqualTo("moving");
        assertThat(all.lifeSituation(Dimension.UNSPECIFIED, RU)).isEqualTo("Жизненная ситуация не указана");
    }

    @Test
    void processesFromTheRegistryAndGroupKeysInWords() {
        Labels l = Labels.builder().registry(ProcessRegistry.of(List.of(
                Process.builder("svc-1", LocalizedText.of("Пособие", "Allowance"), ProcessType.SERVICE).build()))).build();
        assertThat(l.process("svc-1", EN)).isEqualTo("Allowance");
        assertThat(l.process("svc-2", EN)).isEqualTo("svc-2");
        GroupKey key = GroupKey.of(List.of(Dimension.PROCESS, Dimension.CHANNEL), List.of("svc-1", "IN_PERSON"));
        assertThat(l.group(key, RU)).isEqualTo("Пособие · Личный приём");
        assertThat(l.group(GroupKey.total(), EN)).isEqualTo("Total");
        assertThat(l.value(Dimension.CATEGORY, "BUDGET_ORG_EMPLOYEE", RU)).isEqualTo("Работники бюджетных учреждений");
        assertThat(l.value(Dimension.CATEGORY, Dimension.UNSPECIFIED, EN)).isEqualTo("Not stated");
        assertThat(l.value(Dimension.CHANNEL, "TELEPATHY", EN)).isEqualTo("TELEPATHY");
    }

    @Test
    void everyEnumConstantHasWordsInBothLanguages() {
        for (Language lang : Language.values()) {
            for (Enum<?> e : Terms.ALL.keySet()) {
                assertThat(Labels.standard().term(e, lang)).as(e.name()).isNotEqualTo(e.name()).isNotBlank();
            }
        }
        for (Class<? extends Enum<?>> type : List.of(Channel.class, ClientCategory.class, io.github.otklik.core.client.ClientKind.class,
                io.github.otklik.core.appeal.AppealKind.class, io.github.otklik.core.appeal.AppealOutcome.class,
                io.github.otklik.core.process.ProcessOutcome.class, ProcessType.class, Dimension.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                assertThat(Terms.ALL).as(type.getSimpleName() + "." + e.name()).containsKey(e);
            }
        }
        assertThat(new TreeSet<>(List.of(Labels.standard().channel(Channel.IN_PERSON, EN), Labels.standard().channel(Channel.MFC, RU))))
                .containsExactly("In person", "МФЦ");
    }

    @Test
    void targetsInWords() {
        Labels l = Labels.standard();
        assertThat(l.target(new TargetIndicator("satisfaction.overall.share", 0.8, TargetIndicator.Direction.AT_LEAST), RU))
                .isEqualTo("Доля удовлетворённых ≥\u00a080\u00a0%");
        assertThat(l.target(new TargetIndicator("processes.durationHours.p90", 240, TargetIndicator.Direction.AT_MOST), RU))
                .isEqualTo("90-й процентиль длительности ≤\u00a0240\u00a0ч");
        assertThat(l.target(new TargetIndicator("appeals.waitDays.p90", 30, TargetIndicator.Direction.AT_MOST), EN))
                .isEqualTo("90th percentile of time to answer ≤\u00a030\u00a0days");
        assertThat(l.metric("satisfaction.aspects.waiting-time.share", RU)).isEqualTo("Доля удовлетворённых: время ожидания");
        assertThat(l.metric("appeals.byChannel.IN_PERSON.share", EN)).isEqualTo("Share of appeals: In person");
        assertThat(l.metric("appeals.byTopic.0001.0001.count", RU)).isEqualTo("Число обращений: 0001.0001");
        assertThat(l.metricValue("appeals.overdueShare", 0.2205, RU)).isEqualTo("22,1\u00a0%");
        assertThat(l.metricValue("satisfaction.overall.mean", 3.456, EN)).isEqualTo("3.46");
        assertThat(l.metricValue("appeals.total", 1200, RU)).isEqualTo("1\u00a0200");
    }

    @Test
    void aBuilderFromLabelsKeepsWhatTheyHold() {
        Labels base = Labels.builder().forms(CATALOG).classifier(CLASSIFIER).build();
        Labels more = base.toBuilder().process("svc-9", LocalizedText.of("Девятый")).build();
        assertThat(more.problem("docs", RU)).isEqualTo("Лишние справки");
        assertThat(more.aspect("speed", RU)).isEqualTo("Скорость");
        assertThat(more.process("svc-9", RU)).isEqualTo("Девятый");
        assertThat(base.process("svc-9", RU)).isEqualTo("svc-9");
    }

    @Test
    void wordsInsideASentence() {
        assertThat(Wording.inSentence("Время ожидания")).isEqualTo("время ожидания");
        assertThat(Wording.inSentence("МФЦ")).isEqualTo("МФЦ");
        assertThat(Wording.count(RU, 21, "день", "дня", "дней")).isEqualTo("21 день");
        assertThat(Wording.count(RU, 12, "день", "дня", "дней")).isEqualTo("12 дней");
        assertThat(Wording.count(RU, 183, "день", "дня", "дней")).isEqualTo("183 дня");
        assertThat(Wording.count(EN, 1, "day", "days", "days")).isEqualTo("1 day");
    }
}
