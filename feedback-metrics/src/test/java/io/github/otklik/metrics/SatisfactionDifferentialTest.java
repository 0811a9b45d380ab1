package io.github.otklik.metrics;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.period.LocalDays;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.validation.Visibility;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.SampleResponses;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * The engine's satisfaction figures (routing, groups, the compiled form plans) equal a
 * straightforward reference — every answer looked up in the map, visibility by
 * {@link Visibility#of}, groups in a {@code TreeMap} — on generated responses, some of their answers
 * removed or replaced, some outside the period, for several groupings and every client scope.
 */
class SatisfactionDifferentialTest {
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2025-Q1");
    private static final ZoneId ZONE = ZoneId.of("Europe/Samara");

    /** A form whose overall question hides behind every kind of condition, with a shared aspect code and problem code. */
    static final Form COND = Form.builder("AG-COND").version("1").audience(Audience.EXTERNAL).processTypes(ProcessType.SERVICE)
            .title("Условия", "Conditions")
            .question(Question.single("used").role(QuestionRole.SCREENING).text("Обращались?", "Used?")
                    .option("yes", "Да", "Yes").endingOption("no", "Нет", "No").option("maybe", "Может", "Maybe"))
            .question(Question.multi("gate").text("Ворота", "Gate")
                    .option("a", "А", "A").option("b", "Б", "B").endingOption("c", "В", "C")
                    .visibleIf(new Condition.Not(Condition.equalsTo("used", "maybe"))))
            .question(Question.single("note").text("Заметка", "Note").option("x", "Х", "X").option("y", "У", "Y"))
            .question(Question.scale("overall").role(QuestionRole.OVERALL).dontKnow().text("Оценка", "Overall")
                    .visibleIf(new Condition.All(List.of(
                            new Condition.Any(List.of(Condition.equalsTo("used", "yes"), Condition.answered("note"))),
                            new Condition.Not(new Condition.In("gate", List.of(AnswerValue.of("b")))),
                            new Condition.Any(List.of(new Condition.Answered("note", false), Condition.equalsTo("note", "x")))))))
            .question(Question.scale("speed").aspect("speed").dontKnow().text("Скорость", "Speed"))
            .question(Question.scale("speed-again").aspect("speed").range(1, 10).satisfiedFrom(8).dissatisfiedTo(3).text("Скорость", "Speed"))
            .question(Question.multi("problems").role(QuestionRole.PROBLEM).text("Проблемы", "Problems")
                    .option("queue", "Очередь", "Queue").option("docs", "Документы", "Docs"))
            .question(Question.single("more-problems").role(QuestionRole.PROBLEM).text("Ещё", "More")
                    .option("docs", "Документы", "Docs").option("rude", "Грубость", "Rude"))
            .build();

    static final FormCatalog CATALOG = FormCatalog.builder().standard().add(COND).build();

    private static final List<List<Dimension>> GROUPINGS = List.of(List.of(), List.of(Dimension.PROCESS), List.of(Dimension.CHANNEL),
            List.of(Dimension.CATEGORY), List.of(Dimension.FORM), List.of(Dimension.PROCESS, Dimension.CHANNEL),
            List.of(Dimension.FORM, Dimension.CATEGORY, Dimension.CLIENT_KIND), List.of(Dimension.AGENCY, Dimension.CHANNEL));

    private static final List<AnswerValue> ODD_VALUES = List.of(AnswerValue.of("no"), AnswerValue.of("yes"), AnswerValue.of("maybe"),
            AnswerValue.of(1), AnswerValue.of(3), AnswerValue.of(5), AnswerValue.of(9), AnswerValue.of("dk"), AnswerValue.of("queue"),
            AnswerValue.of("unheard-of"), AnswerValue.of(true), AnswerValue.ofStrings(List.of("no", "other")),
            AnswerValue.ofStrings(List.of("a", "c")), AnswerValue.ofStrings(List.of("b")), AnswerValue.ofStrings(List.of("docs", "rude", "x")),
            AnswerValue.of("x"), AnswerValue.NullValue.INSTANCE);

    @Test
    void engineFiguresEqualTheReference() {
        qt().withExamples(60).forAll(integers().between(0, 1_000_000), integers().between(0, GROUPINGS.size() - 1),
                integers().between(0, ClientScope.values().length - 1)).checkAssert((seed, grouping, scope) -> {
                    List<SurveyResponse> responses = responses(seed);
                    List<Dimension> dims = GROUPINGS.get(grouping);
                    ClientScope clients = ClientScope.values()[scope];
                    MetricsEngine engine = MetricsEngine.from(MetricsSpec.builder(PERIOD).zone(ZONE).forms(CATALOG).groupBy(dims)
                            .clients(clients).build());
                    MetricsReport report = engine.run(MetricsInputs.none().withResponses(
                            io.github.otklik.core.io.RecordSource.of("memory", responses)), reject -> {
                                throw new AssertionError(reject.toString());
                            });
                    Reference expected = new Reference(dims, clients).addAll(responses);
                    assertThat(rendered(report)).as("seed %d, %s, %s", seed, dims, clients).isEqualTo(expected.rendered());
                    assertThat(report.inputs().responses().inPeriod()).isEqualTo(expected.inPeriod);
                });
    }

    /** Generated responses of the standard forms and of {@link #COND}, some answers mangled, some outside the period. */
    static List<SurveyResponse> responses(int seed) {
        SampleResponses.Builder b = SampleResponses.builder(PERIOD).zone(ZONE).seed(seed);
        int i = 0;
        for (ProcessType t : ProcessType.values()) {
            b.process(new ProcessProfile("p-" + i++, t, 0.2 + 0.1 * (i % 7)), 1);
        }
        SplittableRandom r = new SplittableRandom(seed);
        List<SurveyResponse> out = new ArrayList<>();
        for (SurveyResponse g : b.build().generate(150)) {
            boolean cond = r.nextInt(4) == 0;
            Form form = cond ? COND : CATALOG.find(g.form(), g.formVersion()).orElseThrow();
            Map<String, AnswerValue> answers = new java.util.LinkedHashMap<>(cond ? Map.of() : g.answers());
            for (Question q : form.questions()) {
                int roll = r.nextInt(cond ? 3 : 8);
                if (roll == 0) {
                    answers.remove(q.id());
                } else if (roll == 1 || cond && roll == 2) {
                    answers.put(q.id(), ODD_VALUES.get(r.nextInt(ODD_VALUES.size())));
                }
            }
            SurveyResponse.Builder rb = SurveyResponse.builder(g.id()).form(form.id(), form.version())
                    .submittedAt(g.submittedAt().plusSeconds(r.nextInt(8) == 0 ? r.nextLong(-60, 60) * 86_400 : 0))
                    .agency(r.nextInt(5) == 0 ? "other-agency" : g.agency())
                    .channel(r.nextInt(6) == 0 ? Channel.values()[r.nextInt(Channel.values().length)] : g.channel())
                    .client(r.nextInt(6) == 0 ? client(r) : g.client()).anonymous(g.anonymous()).answers(answers);
            if (r.nextInt(10) > 0) {
                g.process().ifPresent(rb::process);
            }
            out.add(rb.build());
        }
        return out;
    }

    private static Client client(SplittableRandom r) {
        if (r.nextInt(4) == 0) {
            return Client.of(r.nextBoolean() ? ClientKind.INTERNAL : ClientKind.EXTERNAL);
        }
        ClientCategory c = ClientCategory.values()[r.nextInt(ClientCategory.values().length)];
        return Client.of(c.kind(), c);
    }

    /** Every satisfaction group of the report as text, keyed by the group's values. */
    static Map<String, String> rendered(MetricsReport report) {
        Map<String, String> out = new TreeMap<>();
        for (SatisfactionGroup g : report.satisfaction()) {
            SatisfactionFigures f = g.figures().figure().orElseThrow();
            Map<String, String> aspects = new TreeMap<>();
            f.aspects().forEach((code, cell) -> aspects.put(code, text(cell.figure().orElseThrow())));
            Map<String, String> problems = new TreeMap<>();
            f.problems().forEach((code, cell) -> {
                ProblemResult p = cell.figure().orElseThrow();
                problems.put(code, p.count() + "/" + p.base());
            });
            out.put(g.key().asMap().toString(), f.responses() + " overall " + text(f.overall()) + " aspects " + aspects + " problems " + problems);
        }
        return out;
    }

    private static String text(ScaleResult s) {
        return text(s.answered(), s.dontKnow(), s.satisfied(), s.neutral(), s.dissatisfied(), s.sum());
    }

    private static String text(long answered, long dk, long satisfied, long neutral, long dissatisfied, long sum) {
        return "[" + answered + " " + dk + " " + satisfied + " " + neutral + " " + dissatisfied + " " + sum + "]";
    }

    /** The figures of {@code spec/metrics.md} computed the plain way. */
    static final class Reference {
        final List<Dimension> dims;
        final ClientScope clients;
        final LocalDays days = new LocalDays(ZONE);
        final Map<String, Group> groups = new TreeMap<>();
        long inPeriod;

        Reference(List<Dimension> dims, ClientScope clients) {
            this.dims = dims;
            this.clients = clients;
        }

        Reference addAll(List<SurveyResponse> responses) {
            groups.put(Map.of().toString(), new Group());
            for (SurveyResponse r : responses) {
                long d = days.of(r.submittedAt());
                if (d < PERIOD.from().toEpochDay() || d > PERIOD.to().toEpochDay()) {
                    continue;
                }
                inPeriod++;
                boolean external = r.client().kind() == ClientKind.EXTERNAL;
                if (clients == ClientScope.EXTERNAL && !external || clients == ClientScope.INTERNAL && external) {
                    continue;
                }
                groups.get(Map.of().toString()).add(r);
                if (!dims.isEmpty()) {
                    Map<String, String> key = new java.util.LinkedHashMap<>();
                    for (Dimension dim : dims) {
                        key.put(dim.wireName(), value(dim, r));
                    }
                    groups.computeIfAbsent(key.toString(), k -> new Group()).add(r);
                }
            }
            return this;
        }

        static String value(Dimension d, SurveyResponse r) {
            return switch (d) {
                case AGENCY -> r.agency();
                case PROCESS -> r.process().orElse(Dimension.UNSPECIFIED);
                case CHANNEL -> r.channel().name();
                case FORM -> r.form();
                case CATEGORY -> r.client().category().map(Enum::name).orElse(Dimension.UNSPECIFIED);
                case CLIENT_KIND -> r.client().kind().name();
                default -> throw new IllegalArgumentException(d.toString());
            };
        }

        Map<String, String> rendered() {
            Map<String, String> out = new TreeMap<>();
            groups.forEach((k, g) -> out.put(k, g.text()));
            return out;
        }
    }

    /** One group's figures, every answer looked up in the map. */
    static final class Group {
        long responses;
        final long[] overall = new long[6];
        final Map<String, long[]> aspects = new TreeMap<>();
        final Map<String, long[]> problems = new TreeMap<>(); // count, base

        void add(SurveyResponse r) {
            responses++;
            Form form = CATALOG.find(r.form(), r.formVersion()).orElse(null);
            if (form == null) {
                return;
            }
            Map<String, AnswerValue> answers = r.answers();
            ScaleQuestion o = form.overall().orElse(null);
            if (o != null) {
                tally(overall, o, answers.get(o.id()));
            }
            Set<String> codes = new HashSet<>();
            List<String> problemIds = new ArrayList<>();
            for (Question q : form.questions()) {
                if (q.role() == QuestionRole.ASPECT && q instanceof ScaleQuestion s && q.aspect().isPresent()) {
                    tally(aspects.computeIfAbsent(q.aspect().get(), c -> new long[6]), s, answers.get(q.id()));
                } else if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                    problemIds.add(q.id());
                    c.options().stream().map(Option::value).forEach(codes::add);
                }
            }
            if (codes.isEmpty()) {
                return;
            }
            boolean base = o == null || Visibility.of(form, answers).isVisible(form.indexOf(o.id()));
            for (String code : codes) {
                problems.computeIfAbsent(code, c -> new long[2])[1] += base ? 1 : 0;
            }
            Set<String> chosen = new HashSet<>();
            for (String id : problemIds) {
                AnswerValue a = answers.get(id);
                if (a instanceof AnswerValue.TextValue t) {
                    chosen.add(t.value());
                } else if (a instanceof AnswerValue.ArrayValue arr) {
                    for (AnswerValue v : arr.values()) {
                        if (v instanceof AnswerValue.TextValue t) {
                            chosen.add(t.value());
                        }
                    }
                }
            }
            for (String code : chosen) {
                problems.computeIfAbsent(code, c -> new long[2])[0]++;
            }
        }

        private static void tally(long[] t, ScaleQuestion q, AnswerValue a) {
            if (a instanceof AnswerValue.IntegerValue i) {
                long v = i.value();
                t[0]++;
                t[v >= q.satisfiedFrom() ? 2 : v <= q.dissatisfiedTo() ? 4 : 3]++;
                t[5] += v;
            } else if (a instanceof AnswerValue.TextValue s && s.value().equals("dk")) {
                t[1]++;
            }
        }

        String text() {
            Map<String, String> as = new TreeMap<>();
            aspects.forEach((code, t) -> as.put(code, scale(t)));
            Map<String, String> ps = new TreeMap<>();
            problems.forEach((code, cb) -> {
                if (cb[0] >= 1) {
                    ps.put(code, cb[0] + "/" + cb[1]);
                }
            });
            return responses + " overall " + scale(overall) + " aspects " + as + " problems " + ps;
        }

        private static String scale(long[] t) {
            return SatisfactionDifferentialTest.text(t[0], t[1], t[2], t[3], t[4], t[5]);
        }
    }
}
