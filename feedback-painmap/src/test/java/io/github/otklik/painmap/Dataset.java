package io.github.otklik.painmap;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.painmap.build.ManualEntry;
import io.github.otklik.painmap.build.MeasuresCatalogue;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.build.ProblemTitles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small fixed dataset of 2025-Q1 (Moscow): one survey form, responses, appeals and process
 * instances of four processes (one without a registry entry), a registry, manual entries and a
 * measures catalogue. Built in code so that every figure can be followed by hand.
 */
public final class Dataset {
    public static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");

    /** PM-1: screening, overall 1..5, aspect "speed", problems (visible when overall ≤ 3). */
    public static final Form FORM = Form.builder("PM-1").version("1").audience(Audience.EXTERNAL).processTypes(ProcessType.SERVICE)
            .title("Анкета услуги", "Service survey")
            .question(Question.single("used").role(QuestionRole.SCREENING).required().text("Обращались?", "Used?")
                    .option("yes", "Да", "Yes").endingOption("no", "Нет", "No"))
            .question(Question.scale("overall").role(QuestionRole.OVERALL).dontKnow().required().text("Общая оценка", "Overall")
                    .visibleIf(Condition.equalsTo("used", "yes")))
            .question(Question.scale("speed").aspect("speed").dontKnow().text("Скорость обслуживания", "Speed of service"))
            .question(Question.multi("problems").role(QuestionRole.PROBLEM).text("Трудности", "Difficulties")
                    .option("queue", "Очереди", "Queues").option("docs", "Лишние документы", "Extra documents")
                    .option("site", "Неудобный сайт", "Inconvenient website")
                    .visibleIf(Condition.in("overall", 1, 2, 3)))
            .build();

    public static final FormCatalog CATALOG = FormCatalog.builder().standard().add(FORM).build();

    public static final List<Process> REGISTRY = List.of(
            Process.builder("svc-birth", LocalizedText.of("Пособие при рождении ребёнка", "Childbirth allowance"), ProcessType.SERVICE)
                    .group("Семьи с детьми").owner("Отдел социальных выплат").annualVolume(12_000)
                    .touchpoint("application").touchpoint("result").build(),
            Process.builder("svc-housing", LocalizedText.of("Субсидия на оплату жилья", "Housing subsidy"), ProcessType.SERVICE)
                    .group("Жильё и ЖКХ").owner("Отдел субсидий").annualVolume(40_000).touchpoint("application").build(),
            Process.builder("fn-guardianship", LocalizedText.of("Опека и попечительство", "Guardianship"), ProcessType.FUNCTION)
                    .group("Семьи с детьми").annualVolume(150).build());

    public static final List<ManualEntry> MANUAL = List.of(
            ManualEntry.of("svc-birth", "queue", "Очереди при подаче заявления в МФЦ", Kind.PROBLEM)
                    .withMeasures(List.of("Запись на приём \"онлайн\", через ЕПГУ", "Электронная очередь")),
            ManualEntry.of("int-hr", "paper-certificate", "Справки только на бумаге", Kind.NEED)
                    .withMeasures(List.of("Заказ справок через корпоративный портал")).withResponsible("Отдел кадров"),
            ManualEntry.of("fn-guardianship", "rudeness", "Грубость специалистов", Kind.PROBLEM).withResponsible("Отдел опеки")
                    .withEvidence(3, 12));

    public static final MeasuresCatalogue MEASURES = new MeasuresCatalogue(Map.of(
            "queue", List.of("Электронная очередь", "Дополнительные окна приёма"),
            "incomplete-docs", List.of("Чек-лист документов на портале"),
            "deadline:appeals", List.of("Контроль сроков в системе документооборота")));

    private Dataset() {
    }

    public static List<SurveyResponse> responses() {
        List<SurveyResponse> out = new ArrayList<>();
        // svc-birth: 80 responses; 30 rate 1..3 and see the problems list
        for (int i = 0; i < 80; i++) {
            int overall = i < 30 ? 1 + i % 3 : 4 + i % 2;
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("used", "yes");
            a.put("overall", overall);
            a.put("speed", i < 25 ? 1 + i % 2 : i < 60 ? 4 : 5);
            if (i < 30) {
                List<String> problems = new ArrayList<>();
                if (i < 24) {
                    problems.add("queue");
                }
                if (i % 5 == 0) {
                    problems.add("docs");
                }
                if (!problems.isEmpty()) {
                    a.put("problems", problems);
                }
            }
            out.add(response("r-b" + i, "svc-birth", "2025-01-" + String.format("%02d", 1 + i % 28) + "T09:00:00Z", a));
        }
        // svc-housing: 40 responses, speed mostly low
        for (int i = 0; i < 40; i++) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("used", "yes");
            a.put("overall", i < 10 ? 3 : 4);
            a.put("speed", i < 12 ? 2 : i < 30 ? 3 : "dk");
            if (i < 10 && i % 2 == 0) {
                a.put("problems", List.of("site"));
            }
            out.add(response("r-h" + i, "svc-housing", "2025-02-" + String.format("%02d", 1 + i % 28) + "T10:00:00Z", a));
        }
        // responses without a process: no pain point
        for (int i = 0; i < 5; i++) {
            out.add(response("r-n" + i, null, "2025-03-10T10:00:00Z", Map.of("used", "yes", "overall", 1, "problems", List.of("queue"))));
        }
        // outside the period
        out.add(response("r-old", "svc-birth", "2024-12-20T10:00:00Z", Map.of("used", "yes", "overall", 1, "problems", List.of("queue"))));
        return out;
    }

    public static List<Appeal> appeals() {
        List<Appeal> out = new ArrayList<>();
        // svc-birth: 50 appeals; reason queue 15 (8 complaints), docs 6 (1 complaint), 29 without reason; 4 open since January
        for (int i = 0; i < 50; i++) {
            String reason = i < 15 ? "queue" : i < 21 ? "docs" : null;
            AppealKind kind = i < 8 || i == 15 ? AppealKind.COMPLAINT : AppealKind.APPEAL;
            boolean open = i >= 46;
            out.add(appeal("a-b" + i, "svc-birth", kind, reason, "2025-01-" + String.format("%02d", 10 + i % 15) + "T08:00:00Z",
                    open ? null : "2025-02-" + String.format("%02d", 1 + i % 20) + "T08:00:00Z"));
        }
        // fn-guardianship: 10 appeals, reason rudeness 6 (4 complaints)
        for (int i = 0; i < 10; i++) {
            out.add(appeal("a-g" + i, "fn-guardianship", i < 4 ? AppealKind.COMPLAINT : AppealKind.APPEAL, i < 6 ? "rudeness" : "other",
                    "2025-03-0" + (1 + i % 9) + "T08:00:00Z", "2025-03-2" + (i % 9) + "T08:00:00Z"));
        }
        // without a process
        out.add(appeal("a-n", null, AppealKind.COMPLAINT, "queue", "2025-02-01T08:00:00Z", null));
        return out;
    }

    public static List<ProcessInstance> instances() {
        List<ProcessInstance> out = new ArrayList<>();
        // svc-housing: 120 finished, 84 positive, 36 negative (24 incomplete-docs, 12 not-eligible)
        for (int i = 0; i < 120; i++) {
            ProcessInstance.Builder b = ProcessInstance.builder("p-h" + i).agency("minsoc").process("svc-housing").channel(Channel.EPGU)
                    .startedAt(Instant.parse("2025-02-" + String.format("%02d", 1 + i % 25) + "T07:00:00Z"))
                    .finishedAt(Instant.parse("2025-03-" + String.format("%02d", 1 + i % 25) + "T07:00:00Z"));
            if (i < 84) {
                b.outcome(ProcessOutcome.POSITIVE);
            } else {
                b.outcome(ProcessOutcome.NEGATIVE).negativeReason(i < 108 ? "incomplete-docs" : "not-eligible");
            }
            out.add(b.build());
        }
        // svc-new: not in the registry; 20 finished, 5 negative
        for (int i = 0; i < 20; i++) {
            ProcessInstance.Builder b = ProcessInstance.builder("p-n" + i).agency("minsoc").process("svc-new")
                    .startedAt(Instant.parse("2025-03-0" + (1 + i % 9) + "T07:00:00Z"))
                    .finishedAt(Instant.parse("2025-03-1" + (i % 9) + "T07:00:00Z"));
            b.outcome(i < 15 ? ProcessOutcome.POSITIVE : ProcessOutcome.NEGATIVE);
            if (i >= 15) {
                b.negativeReason("no-slot");
            }
            out.add(b.build());
        }
        return out;
    }

    /** The metrics of the dataset's records, in the order given. */
    public static MetricsReport metrics(List<SurveyResponse> responses, List<Appeal> appeals, List<ProcessInstance> instances) {
        return MetricsEngine.from(MetricsSpec.builder(Q1).forms(CATALOG).groupBy(PainMapBuilder.GROUP_BY).build())
                .run(MetricsInputs.none().withResponses(RecordSource.of("responses", responses))
                        .withAppeals(RecordSource.of("appeals", appeals)).withProcesses(RecordSource.of("processes", instances)), r -> {
                            throw new AssertionError(r);
                        });
    }

    /** The dataset's pain map in {@code lang}. */
    public static PainMap painMap(Language lang) {
        return PainMapBuilder.from(metrics(responses(), appeals(), instances())).registry(REGISTRY).manual(MANUAL).measures(MEASURES)
                .titles(ProblemTitles.fromForms(CATALOG)).lang(lang).build();
    }

    private static SurveyResponse response(String id, String process, String at, Map<String, Object> answers) {
        Map<String, AnswerValue> map = new LinkedHashMap<>();
        answers.forEach((k, v) -> map.put(k, v instanceof Integer n ? AnswerValue.of(n)
                : v instanceof List<?> l ? AnswerValue.ofStrings(l.stream().map(String.class::cast).toList()) : AnswerValue.of((String) v)));
        SurveyResponse.Builder b = SurveyResponse.builder(id).form("PM-1", "1").submittedAt(Instant.parse(at)).agency("minsoc")
                .channel(Channel.EPGU).client(Client.of(ClientKind.EXTERNAL, ClientCategory.CITIZEN)).answers(map);
        if (process != null) {
            b.process(process);
        }
        return b.build();
    }

    private static Appeal appeal(String id, String process, AppealKind kind, String reason, String registered, String answered) {
        Appeal.Builder b = Appeal.builder(id).agency("minsoc").channel(Channel.EPGU).kind(kind).registeredAt(Instant.parse(registered));
        if (process != null) {
            b.process(process);
        }
        if (reason != null) {
            b.reason(reason);
        }
        if (answered != null) {
            b.answeredAt(Instant.parse(answered)).outcome(AppealOutcome.EXPLAINED);
        }
        return b.build();
    }
}
