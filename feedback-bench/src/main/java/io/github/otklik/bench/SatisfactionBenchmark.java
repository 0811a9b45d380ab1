package io.github.otklik.bench;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.validation.Visibility;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.report.MetricsReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * (2a) Aggregation of satisfaction by process × channel over responses already parsed into memory
 * (one pass over all of them per operation): Otklik's engine (SatisfactionAggregator behind
 * MetricsEngine: period filter, total group, overall, aspects and problems) against what a Java
 * developer would write and against hand-written loops into primitive arrays (the limits).
 * {@code streamsAllFigures} computes every figure Otklik gives (overall, aspects, problems with their
 * bases) with {@code groupingBy} and {@code teeing}; {@code primitiveLoopAllFigures} is the limit for
 * the same work. {@code streams} ({@code groupingBy(key, summarizingDouble(overall))}) and
 * {@code primitiveLoop} compute the overall figures only, so they do less than Otklik. The setup
 * checks every baseline against Otklik's answer. A parsed response takes about 1.5 KB of heap, so
 * the full run holds 3 M of them in an 8 GB fork rather than 10 M (15 GB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SatisfactionBenchmark {
    /** Responses in memory. */
    @Param("3000000")
    public int responses;

    private List<SurveyResponse> data;
    private MetricsEngine engine;

    /** Parses the responses once and checks every baseline gives Otklik's answer. */
    @Setup(Level.Trial)
    public void setup() {
        data = BenchData.parsedResponses(responses);
        engine = Otklik.engine(Dimension.PROCESS, Dimension.CHANNEL);
        MetricsReport report = otklik();
        if (report.inputs().responses().inPeriod() != responses) { // the baselines do not filter by period
            throw new IllegalStateException("responses outside the period: " + report.inputs().responses());
        }
        Map<String, Overall> otklik = Overall.of(report);
        Overall.requireSame("streams", otklik, toOverall(streams()));
        Overall.requireSame("primitive loop", otklik, primitiveLoop().toMap());
        Map<String, String> all = AllFiguresLoop.of(report);
        Map<String, String> loop = primitiveLoopAllFigures().figures();
        if (!all.equals(loop)) {
            throw new IllegalStateException("all-figures loop differs from Otklik:\n" + loop + "\nvs\n" + all);
        }
        Map<String, String> streams = render(streamsAllFigures());
        if (!all.equals(streams)) {
            throw new IllegalStateException("all-figures streams differ from Otklik:\n" + streams + "\nvs\n" + all);
        }
    }

    /** Otklik: the engine over an in-memory source, every satisfaction figure of every group. */
    @Benchmark
    public MetricsReport otklik() {
        return Otklik.metricsOfResponses(engine, data);
    }

    /**
     * What a Java developer would write for the overall figures only: group by a record key,
     * summarise the overall answers. Less work than Otklik's; see {@link #streamsAllFigures()}.
     */
    @Benchmark
    public Map<Key, Stats> streams() {
        return data.stream()
                .collect(Collectors.groupingBy(r -> new Key(r.process().orElse(Dimension.UNSPECIFIED), r.channel().name()),
                        Collectors.teeing(
                                Collectors.filtering(r -> r.answers().get("overall") instanceof AnswerValue.IntegerValue,
                                        Collectors.summarizingDouble(r -> ((AnswerValue.IntegerValue) r.answers().get("overall")).value())),
                                Collectors.filtering(r -> r.answers().get("overall") instanceof AnswerValue.IntegerValue i && i.value() >= 4,
                                        Collectors.counting()),
                                Stats::new)));
    }

    /** The limit: dictionary-coded groups, counts in one long[], nothing allocated per record. */
    @Benchmark
    public PrimitiveTally primitiveLoop() {
        PrimitiveTally t = new PrimitiveTally();
        for (int i = 0, n = data.size(); i < n; i++) {
            SurveyResponse r = data.get(i);
            int g = t.group(r.process().orElse(Dimension.UNSPECIFIED), r.channel().ordinal());
            AnswerValue a = r.answers().get("overall");
            long[] c = t.counts;
            int base = g * PrimitiveTally.FIELDS;
            c[base]++;
            if (a instanceof AnswerValue.IntegerValue iv) {
                long v = iv.value();
                c[base + 1]++;
                if (v >= 4) {
                    c[base + 3]++;
                } else if (v <= 2) {
                    c[base + 4]++;
                }
                c[base + 5] += v;
            } else if (a instanceof AnswerValue.TextValue tv && AnswerValue.DONT_KNOW.equals(tv.value())) {
                c[base + 2]++;
            }
        }
        return t;
    }

    /**
     * What a Java developer would write for every figure Otklik gives: each response located by its
     * group and its form (read once from the catalog), then one {@code groupingBy} whose
     * {@code teeing} collectors tally the overall question, the aspects and the problems.
     */
    @Benchmark
    public Map<Key, Figures> streamsAllFigures() {
        Map<FormRef, FormSpec> forms = FormSpec.of(Otklik.CATALOG);
        Collector<Rating, ?, Map<Band, LongSummaryStatistics>> bands =
                Collectors.groupingBy(Rating::band, () -> new EnumMap<>(Band.class), Collectors.summarizingLong(Rating::value));
        return data.stream()
                .map(r -> new Located(new Key(r.process().orElse(Dimension.UNSPECIFIED), r.channel().name()),
                        forms.get(new FormRef(r.form(), r.formVersion())), r.answers()))
                .collect(Collectors.groupingBy(Located::key, Collectors.teeing(
                        Collectors.mapping(Located::overall, bands),
                        Collectors.teeing(
                                Collectors.flatMapping(Located::aspects, Collectors.groupingBy(Rating::aspect, bands)),
                                Collectors.flatMapping(Located::problems, Collectors.groupingBy(Mention::code, Collectors.teeing(
                                        Collectors.filtering(Mention::chosen, Collectors.counting()),
                                        Collectors.filtering(Mention::inBase, Collectors.counting()),
                                        Problem::new))),
                                Map::entry),
                        (overall, rest) -> Figures.of(overall, rest.getKey(), rest.getValue()))));
    }

    /** The figures of {@link #streamsAllFigures()} in the text form of {@link AllFiguresLoop#of(MetricsReport)}. */
    static Map<String, String> render(Map<Key, Figures> figures) {
        Map<String, String> out = new TreeMap<>();
        figures.forEach((k, f) -> {
            Map<String, String> as = new TreeMap<>();
            f.aspects().forEach((code, s) -> {
                if (s.answered() + s.dontKnow() > 0) {
                    as.put(code, s.text());
                }
            });
            Map<String, String> ps = new TreeMap<>();
            f.problems().forEach((code, p) -> ps.put(code, p.count() + "/" + p.base()));
            out.put(Overall.key(k.process(), k.channel()), f.responses() + " overall " + f.overall().text() + " aspects " + as + " problems " + ps);
        });
        return out;
    }

    static Map<String, Overall> toOverall(Map<Key, Stats> streams) {
        Map<String, Overall> out = new HashMap<>();
        streams.forEach((k, s) -> out.put(Overall.key(k.process(), k.channel()),
                new Overall(-1, s.summary().getCount(), -1, s.satisfied(), -1, (long) s.summary().getSum())));
        return out;
    }

    /**
     * The limit for Otklik's whole work: every satisfaction figure (overall, aspects, problems and
     * their bases) of every group, hand-written for the standard forms into primitive arrays.
     */
    @Benchmark
    public AllFiguresLoop primitiveLoopAllFigures() {
        return new AllFiguresLoop(Otklik.CATALOG).run(data);
    }

    /** A process × channel key. */
    public record Key(String process, String channel) {
    }

    /** Summary of the overall answers of a group and the number of satisfied ones. */
    public record Stats(DoubleSummaryStatistics summary, long satisfied) {
    }

    /**
     * Every satisfaction figure of a group, as {@link #streamsAllFigures()} computes it.
     *
     * @param responses responses in the group
     * @param overall the overall question's figures
     * @param aspects figures by aspect code, for every aspect of a form with a response in the group
     * @param problems count and base by problem code, for the codes chosen at least once
     */
    public record Figures(long responses, Scale overall, Map<String, Scale> aspects, Map<String, Problem> problems) {
        static Figures of(Map<Band, LongSummaryStatistics> overall, Map<String, Map<Band, LongSummaryStatistics>> aspects,
                Map<String, Problem> problems) {
            long responses = overall.values().stream().mapToLong(LongSummaryStatistics::getCount).sum();
            Map<String, Scale> as = new TreeMap<>();
            aspects.forEach((code, bands) -> as.put(code, Scale.of(bands)));
            Map<String, Problem> ps = new TreeMap<>(problems);
            ps.values().removeIf(p -> p.count() == 0);
            return new Figures(responses, Scale.of(overall), as, ps);
        }
    }

    /** The figures of one scale question: integer answers, "dk", satisfied, neutral, dissatisfied, sum. */
    public record Scale(long answered, long dontKnow, long satisfied, long neutral, long dissatisfied, long sum) {
        static Scale of(Map<Band, LongSummaryStatistics> bands) {
            LongSummaryStatistics none = new LongSummaryStatistics();
            LongSummaryStatistics s = bands.getOrDefault(Band.SATISFIED, none);
            LongSummaryStatistics n = bands.getOrDefault(Band.NEUTRAL, none);
            LongSummaryStatistics d = bands.getOrDefault(Band.DISSATISFIED, none);
            return new Scale(s.getCount() + n.getCount() + d.getCount(), bands.getOrDefault(Band.DONT_KNOW, none).getCount(),
                    s.getCount(), n.getCount(), d.getCount(), s.getSum() + n.getSum() + d.getSum());
        }

        String text() {
            return "[" + answered + " " + dontKnow + " " + satisfied + " " + neutral + " " + dissatisfied + " " + sum + "]";
        }
    }

    /** A problem's figures: responses that chose it, responses of its forms with the overall question visible. */
    public record Problem(long count, long base) {
    }

    /** Where an answer to a scale question falls; {@code NONE}: not answered. */
    enum Band { SATISFIED, NEUTRAL, DISSATISFIED, DONT_KNOW, NONE }

    /** One answer to a scale question: its aspect code (null for the overall question), band and integer value. */
    record Rating(String aspect, Band band, long value) {
        static Rating of(String aspect, ScaleQuestion q, AnswerValue a) {
            if (a instanceof AnswerValue.IntegerValue i) {
                long v = i.value();
                return new Rating(aspect, v >= q.satisfiedFrom() ? Band.SATISFIED : v <= q.dissatisfiedTo() ? Band.DISSATISFIED : Band.NEUTRAL, v);
            }
            return new Rating(aspect, a != null && a.isDontKnow() ? Band.DONT_KNOW : Band.NONE, 0);
        }
    }

    /** One problem code of a response's form: whether the response chose it and whether it counts in the base. */
    record Mention(String code, boolean chosen, boolean inBase) {
    }

    /** A form version. */
    record FormRef(String id, String version) {
    }

    /** What the figures read from one form: overall question and its visibleIf, aspects, problem questions and codes. */
    record FormSpec(ScaleQuestion overall, Condition overallIf, List<Aspect> aspects, List<String> problemQuestions, Set<String> problemCodes) {
        record Aspect(String code, ScaleQuestion question) {
        }

        static Map<FormRef, FormSpec> of(FormCatalog catalog) {
            return catalog.forms().stream().collect(Collectors.toMap(f -> new FormRef(f.id(), f.version()), FormSpec::of));
        }

        static FormSpec of(Form form) {
            ScaleQuestion overall = form.overall().orElse(null);
            List<Aspect> aspects = form.questions().stream()
                    .filter(q -> q.role() == QuestionRole.ASPECT && q instanceof ScaleQuestion && q.aspect().isPresent())
                    .map(q -> new Aspect(q.aspect().get(), (ScaleQuestion) q))
                    .toList();
            List<ChoiceQuestion> problems = form.questions().stream()
                    .filter(q -> q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion)
                    .map(ChoiceQuestion.class::cast)
                    .toList();
            Set<String> codes = problems.stream().flatMap(q -> q.options().stream()).map(Option::value)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return new FormSpec(overall, overall == null ? null : overall.visibleIf().orElse(null), aspects,
                    problems.stream().map(Question::id).toList(), codes);
        }
    }

    /** A response with its group and its form's spec (null for a form the catalog does not know). */
    record Located(Key key, FormSpec form, Map<String, AnswerValue> answers) {
        Rating overall() {
            return form == null || form.overall() == null ? new Rating(null, Band.NONE, 0)
                    : Rating.of(null, form.overall(), answers.get(form.overall().id()));
        }

        Stream<Rating> aspects() {
            return form == null ? Stream.empty()
                    : form.aspects().stream().map(a -> Rating.of(a.code(), a.question(), answers.get(a.question().id())));
        }

        Stream<Mention> problems() {
            if (form == null || form.problemCodes().isEmpty()) {
                return Stream.empty();
            }
            boolean base = form.overall() == null || form.overallIf() == null || Visibility.holds(form.overallIf(), answers);
            Set<String> chosen = form.problemQuestions().stream()
                    .map(answers::get)
                    .filter(Objects::nonNull)
                    .flatMap(a -> a instanceof AnswerValue.ArrayValue arr ? arr.values().stream() : Stream.of(a))
                    .filter(AnswerValue.TextValue.class::isInstance)
                    .map(v -> ((AnswerValue.TextValue) v).value())
                    .collect(Collectors.toSet());
            return form.problemCodes().stream().map(code -> new Mention(code, chosen.contains(code), base));
        }
    }

    /** Counts per dictionary-coded group: responses, answered, dk, satisfied, dissatisfied, sum. */
    public static final class PrimitiveTally {
        static final int FIELDS = 6;
        private static final int CHANNELS = io.github.otklik.core.channel.Channel.values().length;
        private final Map<String, Integer> processes = new HashMap<>();
        private String[] names = new String[16];
        private String lastName;
        private int lastId = -1;
        long[] counts = new long[16 * CHANNELS * FIELDS];

        int group(String process, int channel) {
            int p;
            if (process == lastName || process.equals(lastName)) {
                p = lastId;
            } else {
                Integer id = processes.get(process);
                if (id == null) {
                    id = processes.size();
                    processes.put(process, id);
                    if (id == names.length) {
                        names = java.util.Arrays.copyOf(names, id * 2);
                        counts = java.util.Arrays.copyOf(counts, id * 2 * CHANNELS * FIELDS);
                    }
                    names[id] = process;
                }
                p = id;
                lastName = process;
                lastId = p;
            }
            return p * CHANNELS + channel;
        }

        Map<String, Overall> toMap() {
            Map<String, Overall> out = new HashMap<>();
            io.github.otklik.core.channel.Channel[] channels = io.github.otklik.core.channel.Channel.values();
            for (int p = 0; p < processes.size(); p++) {
                for (int ch = 0; ch < CHANNELS; ch++) {
                    int b = (p * CHANNELS + ch) * FIELDS;
                    if (counts[b] > 0) {
                        out.put(Overall.key(names[p], channels[ch].name()),
                                new Overall(counts[b], counts[b + 1], counts[b + 2], counts[b + 3], counts[b + 4], counts[b + 5]));
                    }
                }
            }
            return out;
        }
    }
}
