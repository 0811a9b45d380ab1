package io.github.otklik.metrics.target;

import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The metric of a target ({@code spec/metrics.md}, target-state deviations): a dotted path to one
 * number of a process's metrics group, as {@code otklik-metrics/1} writes it, parsed and checked
 * once so that a misspelt path is an error instead of a target that is silently never met.
 *
 * <p>The paths (a {@code <scale>} field is one of {@code answered}, {@code dontKnow},
 * {@code satisfied}, {@code neutral}, {@code dissatisfied}, {@code share}, {@code mean}):
 * <ul>
 * <li>{@code satisfaction.responses}, {@code satisfaction.overall.<scale>},
 *     {@code satisfaction.aspects.<aspect code>.<scale>},
 *     {@code satisfaction.problems.<problem code>.count|base|share};</li>
 * <li>{@code appeals.total|answered|open|overdue|overdueShare},
 *     {@code appeals.byChannel.<channel>.count|share}, {@code appeals.byKind.<kind>.count|share},
 *     {@code appeals.byTopic.<topic id>.count|share} (a topic id may hold dots),
 *     {@code appeals.waitDays.mean|p50|p90|max}, {@code appeals.complaints.total},
 *     {@code appeals.complaints.resolved|refused.count|share};</li>
 * <li>{@code processes.instances|finished|inProgress|positive|negative|negativeShare},
 *     {@code processes.durationHours.mean|p50|p90|max}, {@code processes.touches.mean|max}.</li>
 * </ul>
 * A value is empty when the figure is undefined for the data ({@code null} in JSON: no answers, no
 * appeal of that channel, …). Immutable and thread-safe.
 */
public final class TargetMetric {
    /** The section of the metrics a path reads. */
    public enum Section {
        /** Satisfaction figures of the process's responses. */
        SATISFACTION,
        /** Appeal figures of the process. */
        APPEALS,
        /** Process indicators of the process's instances. */
        PROCESSES
    }

    private static final List<String> SCALE_FIELDS = List.of("answered", "dontKnow", "satisfied", "neutral", "dissatisfied", "share", "mean");

    private final String path;
    private final Section section;
    private final String aspect;
    private final String problem;
    private final Function<SatisfactionFigures, OptionalDouble> satisfaction;
    private final Function<AppealFigures, OptionalDouble> appeals;
    private final Function<ProcessFigures, OptionalDouble> processes;

    private TargetMetric(String path, Section section, String aspect, String problem, Function<SatisfactionFigures, OptionalDouble> s,
            Function<AppealFigures, OptionalDouble> a, Function<ProcessFigures, OptionalDouble> p) {
        this.path = path;
        this.section = section;
        this.aspect = aspect;
        this.problem = problem;
        this.satisfaction = s;
        this.appeals = a;
        this.processes = p;
    }

    /**
     * Parses a metric path.
     *
     * @param path a dotted path such as {@code satisfaction.overall.share} or {@code appeals.waitDays.p90}
     * @return the metric
     * @throws IllegalArgumentException when the path names no number of a metrics group; the message
     *         says which part is wrong and what may stand there
     */
    public static TargetMetric parse(String path) {
        Objects.requireNonNull(path, "path");
        String[] p = path.split("\\.", -1);
        return switch (p[0]) {
            case "satisfaction" -> satisfaction(path, p);
            case "appeals" -> appeals(path, p);
            case "processes" -> processes(path, p);
            default -> throw wrong(path, "it must start with satisfaction., appeals. or processes.");
        };
    }

    /**
     * The path as given.
     *
     * @return the dotted path
     */
    public String path() {
        return path;
    }

    /**
     * The section the path reads.
     *
     * @return satisfaction, appeals or process indicators
     */
    public Section section() {
        return section;
    }

    /**
     * The aspect code the path reads, for {@code satisfaction.aspects.…} paths.
     *
     * @return the aspect code, when the path names one
     */
    public Optional<String> aspect() {
        return Optional.ofNullable(aspect);
    }

    /**
     * The problem code the path reads, for {@code satisfaction.problems.…} paths.
     *
     * @return the problem code, when the path names one
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * The value of a satisfaction path in a process's figures.
     *
     * @param figures the process's satisfaction figures
     * @return the number; empty when undefined for the data
     * @throws IllegalStateException when the path is not a satisfaction path
     */
    public OptionalDouble valueOf(SatisfactionFigures figures) {
        return read(Section.SATISFACTION, satisfaction, figures);
    }

    /**
     * The value of an appeals path in a process's figures.
     *
     * @param figures the process's appeal figures
     * @return the number; empty when undefined for the data
     * @throws IllegalStateException when the path is not an appeals path
     */
    public OptionalDouble valueOf(AppealFigures figures) {
        return read(Section.APPEALS, appeals, figures);
    }

    /**
     * The value of a process-indicator path in a process's figures.
     *
     * @param figures the process's indicators
     * @return the number; empty when undefined for the data
     * @throws IllegalStateException when the path is not a process-indicator path
     */
    public OptionalDouble valueOf(ProcessFigures figures) {
        return read(Section.PROCESSES, processes, figures);
    }

    private <F> OptionalDouble read(Section expected, Function<F, OptionalDouble> f, F figures) {
        if (section != expected) {
            throw new IllegalStateException(path + " reads " + section.name().toLowerCase(java.util.Locale.ROOT) + " figures");
        }
        return f.apply(Objects.requireNonNull(figures, "figures"));
    }

    // ------------------------------------------------------------------ satisfaction.…

    private static TargetMetric satisfaction(String path, String[] p) {
        if (p.length == 2 && p[1].equals("responses")) {
            return sat(path, null, null, f -> OptionalDouble.of(f.responses()));
        }
        if (p.length == 3 && p[1].equals("overall")) {
            Function<ScaleResult, OptionalDouble> field = scaleField(path, p[2]);
            return sat(path, null, null, f -> field.apply(f.overall()));
        }
        if (p.length == 4 && p[1].equals("aspects")) {
            String code = code(path, p[2], "aspect");
            Function<ScaleResult, OptionalDouble> field = scaleField(path, p[3]);
            return sat(path, code, null, f -> cell(f.aspects(), code).map(field).orElse(OptionalDouble.empty()));
        }
        if (p.length == 4 && p[1].equals("problems")) {
            String code = code(path, p[2], "problem");
            Function<ProblemResult, OptionalDouble> field = switch (p[3]) {
                case "count" -> r -> OptionalDouble.of(r.count());
                case "base" -> r -> OptionalDouble.of(r.base());
                case "share" -> ProblemResult::share;
                default -> throw wrong(path, "a problem's figure is count, base or share, not \"" + p[3] + "\"");
            };
            return sat(path, null, code, f -> cell(f.problems(), code).map(field).orElse(OptionalDouble.empty()));
        }
        throw wrong(path, "expected satisfaction.responses, satisfaction.overall.<figure>, satisfaction.aspects.<code>.<figure>"
                + " or satisfaction.problems.<code>.count|base|share");
    }

    private static <T> Optional<T> cell(Map<String, Cell<T>> cells, String code) {
        Cell<T> c = cells.get(code);
        return c == null ? Optional.empty() : c.figure();
    }

    private static Function<ScaleResult, OptionalDouble> scaleField(String path, String name) {
        return switch (name) {
            case "answered" -> r -> OptionalDouble.of(r.answered());
            case "dontKnow" -> r -> OptionalDouble.of(r.dontKnow());
            case "satisfied" -> r -> OptionalDouble.of(r.satisfied());
            case "neutral" -> r -> OptionalDouble.of(r.neutral());
            case "dissatisfied" -> r -> OptionalDouble.of(r.dissatisfied());
            case "share" -> ScaleResult::share;
            case "mean" -> ScaleResult::mean;
            default -> throw wrong(path, "a scale's figure is one of " + String.join(", ", SCALE_FIELDS) + ", not \"" + name + "\"");
        };
    }

    private static TargetMetric sat(String path, String aspect, String problem, Function<SatisfactionFigures, OptionalDouble> f) {
        return new TargetMetric(path, Section.SATISFACTION, aspect, problem, f, null, null);
    }

    // ------------------------------------------------------------------ appeals.…

    private static TargetMetric appeals(String path, String[] p) {
        Function<AppealFigures, OptionalDouble> f = null;
        if (p.length == 2) {
            f = switch (p[1]) {
                case "total" -> a -> OptionalDouble.of(a.total());
                case "answered" -> a -> OptionalDouble.of(a.answered());
                case "open" -> a -> OptionalDouble.of(a.open());
                case "overdue" -> a -> OptionalDouble.of(a.overdue());
                case "overdueShare" -> AppealFigures::overdueShare;
                default -> null;
            };
        } else if (p.length == 3 && p[1].equals("waitDays")) {
            f = switch (p[2]) {
                case "mean" -> a -> a.waitDays().map(w -> OptionalDouble.of(w.mean())).orElse(OptionalDouble.empty());
                case "p50" -> a -> a.waitDays().map(w -> OptionalDouble.of(w.p50())).orElse(OptionalDouble.empty());
                case "p90" -> a -> a.waitDays().map(w -> OptionalDouble.of(w.p90())).orElse(OptionalDouble.empty());
                case "max" -> a -> a.waitDays().map(w -> OptionalDouble.of(w.max())).orElse(OptionalDouble.empty());
                default -> throw wrong(path, "waitDays has mean, p50, p90 and max, not \"" + p[2] + "\"");
            };
        } else if (p.length == 3 && p[1].equals("complaints") && p[2].equals("total")) {
            f = a -> OptionalDouble.of(a.complaints());
        } else if (p.length == 4 && p[1].equals("complaints") && (p[2].equals("resolved") || p[2].equals("refused"))) {
            boolean resolved = p[2].equals("resolved");
            f = switch (p[3]) {
                case "count" -> a -> OptionalDouble.of(resolved ? a.complaintsResolved() : a.complaintsRefused());
                case "share" -> a -> resolved ? a.resolvedShare() : a.refusedShare();
                default -> throw wrong(path, "complaints." + p[2] + " has count and share, not \"" + p[3] + "\"");
            };
        } else if (p.length >= 4 && (p[1].equals("byChannel") || p[1].equals("byKind") || p[1].equals("byTopic"))) {
            f = countShare(path, p);
        }
        if (f == null) {
            throw wrong(path, "expected appeals.total|answered|open|overdue|overdueShare, appeals.waitDays.<figure>,"
                    + " appeals.complaints.…, or appeals.byChannel|byKind|byTopic.<value>.count|share");
        }
        return new TargetMetric(path, Section.APPEALS, null, null, null, f, null);
    }

    private static Function<AppealFigures, OptionalDouble> countShare(String path, String[] p) {
        String last = p[p.length - 1];
        String value = String.join(".", java.util.Arrays.copyOfRange(p, 2, p.length - 1));
        Function<AppealFigures, Map<String, Long>> map;
        switch (p[1]) {
            case "byChannel" -> {
                enumValue(path, value, Channel.class, "channel");
                map = AppealFigures::byChannel;
            }
            case "byKind" -> {
                enumValue(path, value, AppealKind.class, "appeal kind");
                map = AppealFigures::byKind;
            }
            default -> {
                if (!value.equals("UNSPECIFIED") && !Identifiers.isIdentifier(value)) {
                    throw wrong(path, "\"" + value + "\" is not a topic id");
                }
                map = AppealFigures::byTopic;
            }
        }
        return switch (last) {
            case "count" -> a -> OptionalDouble.of(map.apply(a).getOrDefault(value, 0L));
            case "share" -> a -> a.shareOfTotal(map.apply(a).getOrDefault(value, 0L));
            default -> throw wrong(path, p[1] + " entries have count and share, not \"" + last + "\"");
        };
    }

    private static <E extends Enum<E>> void enumValue(String path, String value, Class<E> type, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return;
            }
        }
        throw wrong(path, "\"" + value + "\" is not a " + what);
    }

    // ------------------------------------------------------------------ processes.…

    private static TargetMetric processes(String path, String[] p) {
        Function<ProcessFigures, OptionalDouble> f = null;
        if (p.length == 2) {
            f = switch (p[1]) {
                case "instances" -> x -> OptionalDouble.of(x.instances());
                case "finished" -> x -> OptionalDouble.of(x.finished());
                case "inProgress" -> x -> OptionalDouble.of(x.inProgress());
                case "positive" -> x -> OptionalDouble.of(x.positive());
                case "negative" -> x -> OptionalDouble.of(x.negative());
                case "negativeShare" -> ProcessFigures::negativeShare;
                default -> null;
            };
        } else if (p.length == 3 && p[1].equals("durationHours")) {
            f = switch (p[2]) {
                case "mean" -> x -> x.durationHours().map(d -> OptionalDouble.of(d.mean())).orElse(OptionalDouble.empty());
                case "p50" -> x -> x.durationHours().map(d -> OptionalDouble.of(d.p50())).orElse(OptionalDouble.empty());
                case "p90" -> x -> x.durationHours().map(d -> OptionalDouble.of(d.p90())).orElse(OptionalDouble.empty());
                case "max" -> x -> x.durationHours().map(d -> OptionalDouble.of(d.max())).orElse(OptionalDouble.empty());
                default -> throw wrong(path, "durationHours has mean, p50, p90 and max, not \"" + p[2] + "\"");
            };
        } else if (p.length == 3 && p[1].equals("touches")) {
            f = switch (p[2]) {
                case "mean" -> x -> x.touches().map(t -> OptionalDouble.of(t.mean())).orElse(OptionalDouble.empty());
                case "max" -> x -> x.touches().map(t -> OptionalDouble.of(t.max())).orElse(OptionalDouble.empty());
                default -> throw wrong(path, "touches has mean and max, not \"" + p[2] + "\"");
            };
        }
        if (f == null) {
            throw wrong(path, "expected processes.instances|finished|inProgress|positive|negative|negativeShare,"
                    + " processes.durationHours.<figure> or processes.touches.mean|max");
        }
        return new TargetMetric(path, Section.PROCESSES, null, null, null, null, f);
    }

    private static String code(String path, String code, String what) {
        if (!Identifiers.isCode(code)) {
            throw wrong(path, "\"" + code + "\" is not a valid " + what + " code");
        }
        return code;
    }

    private static IllegalArgumentException wrong(String path, String why) {
        return new IllegalArgumentException("unknown target metric \"" + path + "\": " + why);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetMetric m && path.equals(m.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
