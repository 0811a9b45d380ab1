package io.github.otklik.painmap;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.Process;
import io.github.otklik.painmap.rules.RuleSet;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pain map (карта болей) of one period: its pain points in priority order, the rule set that
 * decided them, the date it is as of, and what the process registry said of their processes.
 * Built by {@code PainMapBuilder}; written by the exporters of {@code io.github.otklik.painmap.export}.
 * Immutable and thread-safe.
 */
public final class PainMap {
    /** The format name of the JSON output. */
    public static final String FORMAT = "otklik-painmap/1";

    private final ReportingPeriod period;
    private final ZoneId zone;
    private final LocalDate asOf;
    private final RuleSet rules;
    private final Language lang;
    private final List<PainPoint> items;
    private final Map<String, Process> registry;
    private final Map<String, ProcessCoverage> coverage;

    /**
     * A map of {@code items}, which must already be in map order and numbered from 1.
     *
     * @param period the reporting period
     * @param zone the reporting zone
     * @param asOf the last local date the data covers
     * @param rules the rule set that decided the points
     * @param lang the language of names, titles, explanations and headers
     * @param items the pain points, numbered 1, 2, … in order
     * @param registry registry entries of the processes, by id (others are simply absent)
     * @param coverage how much data there was per process id
     * @throws IllegalArgumentException when the items are not numbered 1, 2, … in order
     */
    public PainMap(ReportingPeriod period, ZoneId zone, LocalDate asOf, RuleSet rules, Language lang, List<PainPoint> items,
            Map<String, Process> registry, Map<String, ProcessCoverage> coverage) {
        this.period = Objects.requireNonNull(period, "period");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.lang = Objects.requireNonNull(lang, "lang");
        this.items = List.copyOf(items);
        for (int i = 0; i < this.items.size(); i++) {
            if (this.items.get(i).no() != i + 1) {
                throw new IllegalArgumentException("item " + (i + 1) + " is numbered " + this.items.get(i).no());
            }
        }
        this.registry = Collections.unmodifiableMap(new TreeMap<>(registry));
        this.coverage = Collections.unmodifiableMap(new TreeMap<>(coverage));
    }

    /** The reporting period. */
    public ReportingPeriod period() {
        return period;
    }

    /** The reporting zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The last local date the data covers; deadlines count from it. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The rule set that decided the points. */
    public RuleSet rules() {
        return rules;
    }

    /** The language of names, titles, explanations and export headers. */
    public Language lang() {
        return lang;
    }

    /** The pain points in map order: priority, prevalence (HIGH first), L descending, process, problem. */
    public List<PainPoint> items() {
        return items;
    }

    /** The registry entries of the processes the registry knew, by id. */
    public Map<String, Process> registry() {
        return registry;
    }

    /** How much data there was per process id. */
    public Map<String, ProcessCoverage> coverage() {
        return coverage;
    }

    /** The point of {@code problem} in {@code process}, if the map has it. */
    public Optional<PainPoint> point(String process, String problem) {
        for (PainPoint p : items) {
            if (p.process().equals(process) && p.problem().equals(problem)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** This map with other items (in order, numbered from 1). */
    public PainMap withItems(List<PainPoint> newItems) {
        return new PainMap(period, zone, asOf, rules, lang, newItems, registry, coverage);
    }

    /**
     * This map with the point of {@code problem} in {@code process} moved to {@code next}.
     *
     * @throws IllegalArgumentException when the map has no such point
     * @throws IllegalStateException when the point's status cannot move to {@code next}
     */
    public PainMap withStatus(String process, String problem, Status next) {
        List<PainPoint> copy = new ArrayList<>(items);
        for (int i = 0; i < copy.size(); i++) {
            PainPoint p = copy.get(i);
            if (p.process().equals(process) && p.problem().equals(problem)) {
                copy.set(i, p.moveTo(next));
                return withItems(copy);
            }
        }
        throw new IllegalArgumentException("no pain point " + problem + " in process " + process);
    }

    /**
     * The points grouped {@code by} what the registry says of their processes, groups in the order
     * their first point appears in the map and points in map order. A process the registry does not
     * know, or one without touchpoints (life situations), falls in a group named for the missing value in the map's
     * language (for {@link Grouping#PROCESS_GROUP}: the point's {@code group}, which falls back to
     * the process id). By {@link Grouping#TOUCHPOINT} and {@link Grouping#LIFE_SITUATION} a point
     * appears in every group of its process: groups overlap, and their sizes do not add up to the map's.
     */
    public List<Group> groups(Grouping by) {
        Map<String, List<PainPoint>> groups = new LinkedHashMap<>();
        for (PainPoint p : items) {
            for (String label : labels(p, by)) {
                groups.computeIfAbsent(label, k -> new ArrayList<>()).add(p);
            }
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((label, points) -> out.add(new Group(label, points)));
        return List.copyOf(out);
    }

    private List<String> labels(PainPoint p, Grouping by) {
        Process process = registry.get(p.process());
        switch (by) {
            case PROCESS_GROUP:
                return List.of(p.group());
            case TOUCHPOINT:
                if (process == null || process.touchpoints().isEmpty()) {
                    return List.of(by.unknownLabel(lang));
                }
                return process.touchpoints().stream().distinct().toList();
            case LIFE_SITUATION:
                if (process == null || process.lifeSituations().isEmpty()) {
                    return List.of(by.unknownLabel(lang));
                }
                return process.lifeSituations().stream().distinct().toList();
            case PROCESS_TYPE:
                return List.of(process == null ? by.unknownLabel(lang) : process.type().name());
            default:
                throw new IllegalArgumentException("unknown grouping " + by);
        }
    }

    /**
     * A group of points.
     *
     * @param label what the points share
     * @param points the points, in map order
     */
    public record Group(String label, List<PainPoint> points) {
        /** Copies the list. */
        public Group {
            Objects.requireNonNull(label, "label");
            points = List.copyOf(points);
        }
    }

    @Override
    public String toString() {
        return "PainMap[" + period.label() + ", asOf " + asOf + ", rules " + rules.name() + ", " + items.size() + " points]";
    }
}
