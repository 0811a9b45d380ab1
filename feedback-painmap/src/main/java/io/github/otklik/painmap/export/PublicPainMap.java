package io.github.otklik.painmap.export;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.Status;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Source;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The public edition of a pain map, "you said, we did" ({@code spec/painmap.md}, public edition;
 * seed 004: clients are told how their feedback was used): the points of the processes whose registry
 * type is not {@code INTERNAL} and whose evidence does not come only from internal forms, in the
 * map's order and numbered again from 1, each with its process name, title, priority, measures,
 * responsible unit, deadline and status. Evidence figures are kept only for {@code SURVEY_PROBLEM},
 * {@code SURVEY_ASPECT} and {@code TEXT} items, as a share, and only where the public metrics show
 * the cell: a survey figure is the public report's own (external forms only, its small-cell and, when
 * on, complementary suppression applied), a text figure needs n the disclosure shows
 * ({@link Disclosure#showsCount}). Appeal, process-instance, deadline and manual figures,
 * explanations, process ids, quotes and any free text of clients are left out. Immutable.
 */
public final class PublicPainMap {
    /** The format name of the JSON output. */
    public static final String FORMAT = "otklik-painmap-public/1";

    /**
     * One published figure: the share of a survey problem, of low ratings of an aspect, or of texts.
     *
     * @param source {@code SURVEY_PROBLEM}, {@code SURVEY_ASPECT} or {@code TEXT}
     * @param share the share, 0 to 1
     */
    public record Figure(Source source, double share) {
        /** Checks non-null. */
        public Figure {
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * One published point.
     *
     * @param no position in the public list, from 1
     * @param processName the process name
     * @param title what the problem is
     * @param priority its priority
     * @param measures the measures decided
     * @param responsible the responsible unit ({@code UNASSIGNED} when nobody is named)
     * @param deadline the deadline
     * @param status where work stands
     * @param figures the published figures
     */
    public record Item(int no, String processName, String title, Level priority, List<String> measures, String responsible,
            LocalDate deadline, Status status, List<Figure> figures) {
        /** Checks non-null parts and copies the lists. */
        public Item {
            Objects.requireNonNull(processName, "processName");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(priority, "priority");
            measures = List.copyOf(measures);
            Objects.requireNonNull(responsible, "responsible");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(status, "status");
            figures = List.copyOf(figures);
        }
    }

    private final ReportingPeriod period;
    private final ZoneId zone;
    private final LocalDate asOf;
    private final Language lang;
    private final long minCell;
    private final List<Item> items;

    private PublicPainMap(PainMap map, long minCell, List<Item> items) {
        this.period = map.period();
        this.zone = map.zone();
        this.asOf = map.asOf();
        this.lang = map.lang();
        this.minCell = minCell;
        this.items = List.copyOf(items);
    }

    /**
     * The public edition of {@code working}, with the figures {@code published} shows.
     *
     * @param working the working pain map (internal)
     * @param published the public metrics of the same period grouped by process, whose disclosure decides what is shown
     * @return the public edition
     * @throws IllegalArgumentException when {@code published} shows internal clients' figures or is not grouped by process
     */
    public static PublicPainMap of(PainMap working, MetricsReport published) {
        Objects.requireNonNull(working, "working");
        Disclosure disclosure = published.disclosure();
        if (disclosure.shows(Content.INTERNAL_CLIENTS) || disclosure.shows(Content.WORKING_PAIN_MAP)) {
            throw new IllegalArgumentException("the public pain map needs public metrics, was " + published.edition().wireName());
        }
        if (!published.groupBy().equals(PainMapBuilder.GROUP_BY)) {
            throw new IllegalArgumentException("the public pain map needs metrics grouped by [process], was " + published.groupBy());
        }
        Map<String, Optional<SatisfactionFigures>> byProcess = new HashMap<>();
        for (SatisfactionGroup g : published.satisfaction()) {
            GroupKey key = g.key();
            if (!key.isTotal()) {
                byProcess.put(key.value(Dimension.PROCESS), g.figures().figure());
            }
        }
        List<Item> items = new ArrayList<>();
        for (PainPoint p : working.items()) {
            if (MapLayout.internal(working, p)) {
                continue;
            }
            Optional<SatisfactionFigures> f = byProcess.getOrDefault(p.process(), Optional.empty());
            boolean heard = false;
            List<Figure> figures = new ArrayList<>();
            for (Evidence e : p.evidence()) {
                switch (e.source()) {
                    case SURVEY_PROBLEM -> {
                        Cell<ProblemResult> cell = f.map(s -> s.problems().get(p.problem())).orElse(null);
                        heard |= cell != null || byProcess.containsKey(p.process()) && f.isEmpty();
                        if (cell != null) {
                            cell.figure().filter(r -> disclosure.showsCount(r.base()) && r.share().isPresent())
                                    .ifPresent(r -> figures.add(new Figure(Source.SURVEY_PROBLEM, r.share().getAsDouble())));
                        }
                    }
                    case SURVEY_ASPECT -> {
                        Evidence.SurveyAspect a = (Evidence.SurveyAspect) e;
                        Cell<ScaleResult> cell = f.map(s -> s.aspects().get(a.aspect())).orElse(null);
                        Optional<ScaleResult> shown = cell == null ? Optional.empty() : cell.figure();
                        heard |= cell != null && (cell.isSuppressed() || shown.get().dissatisfied() >= 1)
                                || byProcess.containsKey(p.process()) && f.isEmpty();
                        shown.filter(r -> r.dissatisfied() >= 1 && disclosure.showsCount(r.answered()))
                                .ifPresent(r -> figures.add(new Figure(Source.SURVEY_ASPECT, (double) r.dissatisfied() / r.answered())));
                    }
                    case TEXT -> {
                        heard = true;
                        e.proportion().filter(m -> disclosure.showsCount(m.n()))
                                .ifPresent(m -> figures.add(new Figure(Source.TEXT, m.share())));
                    }
                    default -> heard = true; // appeals, process results, deadlines, an analyst's entry: heard, never shown as figures
                }
            }
            if (heard) {
                items.add(new Item(items.size() + 1, p.processName(), p.title(), p.priority(), p.measures(), p.responsible(), p.deadline(),
                        p.status(), figures));
            }
        }
        return new PublicPainMap(working, disclosure.minCell(), items);
    }

    /**
     * The reporting period.
     *
     * @return the value
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * The reporting zone.
     *
     * @return the value
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The map's date.
     *
     * @return the value
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The language of names and titles.
     *
     * @return the value
     */
    public Language lang() {
        return lang;
    }

    /**
     * The smallest n a published figure rests on.
     *
     * @return the value
     */
    public long minCell() {
        return minCell;
    }

    /**
     * The published points, in the map's order, numbered from 1.
     *
     * @return the points
     */
    public List<Item> items() {
        return items;
    }

    @Override
    public String toString() {
        return "PublicPainMap[" + period.label() + ", asOf " + asOf + ", " + items.size() + " points]";
    }
}
