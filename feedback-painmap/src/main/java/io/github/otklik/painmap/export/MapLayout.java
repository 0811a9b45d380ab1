package io.github.otklik.painmap.export;

import io.github.otklik.painmap.Grouping;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a human view lays a pain map out: two parts, the processes of external clients (every process
 * whose registry type is not {@code INTERNAL}, a process the registry does not know included) and the
 * {@code INTERNAL} processes of internal clients, never mixed ({@link ClientSides}: by process type, or also by
 * who was heard); in each part, optionally, groups by
 * what the registry says ({@link Grouping}; by life situation or touchpoint a process may be in
 * several groups); in each group one block per process, so that related evidence of a process (a low
 * rating of the result time and the missed-deadline problem) is read together. Blocks come in the
 * order of their first listed point, and points in map order. Points the {@link Focus} does not list
 * are counted per part (never per group, since groups may overlap). Immutable once made.
 */
final class MapLayout {
    /** One process and its listed points, in map order. */
    record Block(String process, String processName, List<PainPoint> points) {
    }

    /** A group of blocks; {@code label} is null when the view is not grouped. */
    record Section(String label, List<Block> blocks) {
    }

    /**
     * One part of the view.
     *
     * @param internal whether these are the internal processes
     * @param sections the groups, in the order of their first point
     * @param total the part's points
     * @param listed the points listed row by row
     * @param foldedByPriority points below the focus's priority
     * @param foldedByEvidence the other points not listed: below the focus's mentions
     */
    record Part(boolean internal, List<Section> sections, int total, int listed, int foldedByPriority, int foldedByEvidence) {
        /** Whether the part has any point at all. */
        boolean isEmpty() {
            return total == 0;
        }
    }

    private MapLayout() {
    }

    /**
     * The two parts of {@code map}: external first, then internal.
     *
     * @param map the map
     * @param focus which points are listed
     * @param by the grouping, or null for none
     * @return two parts
     */
    static List<Part> parts(PainMap map, Focus focus, Grouping by) {
        return parts(map, focus, by, ClientSides.byProcessType());
    }

    /**
     * The two parts of {@code map}, points assigned by {@code sides}: external first, then internal.
     *
     * @param map the map
     * @param focus which points are listed
     * @param by the grouping, or null for none
     * @param sides which points are the internal clients'
     * @return two parts
     */
    static List<Part> parts(PainMap map, Focus focus, Grouping by, ClientSides sides) {
        return List.of(part(map, focus, by, sides, false), part(map, focus, by, sides, true));
    }

    /** Whether {@code p}'s process is of registry type {@code INTERNAL}. */
    static boolean internal(PainMap map, PainPoint p) {
        return ClientSides.byProcessType().internal(map, p);
    }

    private static Part part(PainMap map, Focus focus, Grouping by, ClientSides sides, boolean internal) {
        int total = 0;
        int listed = 0;
        int byPriority = 0;
        int byEvidence = 0;
        List<PainPoint> shown = new ArrayList<>();
        for (PainPoint p : map.items()) {
            if (sides.internal(map, p) != internal) {
                continue;
            }
            total++;
            if (focus.belowPriority(p)) {
                byPriority++;
            } else if (focus.belowEvidence(p)) {
                byEvidence++;
            } else {
                listed++;
                shown.add(p);
            }
        }
        List<Section> sections = new ArrayList<>();
        if (by == null) {
            sections.add(new Section(null, blocks(shown)));
        } else {
            java.util.Set<PainPoint> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            keep.addAll(shown);
            for (PainMap.Group g : map.groups(by)) {
                List<PainPoint> points = g.points().stream().filter(keep::contains).toList();
                if (!points.isEmpty()) {
                    sections.add(new Section(g.label(), blocks(points)));
                }
            }
        }
        return new Part(internal, List.copyOf(sections), total, listed, byPriority, byEvidence);
    }

    /** One block per process, in the order of each process's first point. */
    private static List<Block> blocks(List<PainPoint> points) {
        Map<String, List<PainPoint>> byProcess = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (PainPoint p : points) {
            byProcess.computeIfAbsent(p.process(), k -> new ArrayList<>()).add(p);
            names.putIfAbsent(p.process(), p.processName());
        }
        List<Block> blocks = new ArrayList<>();
        byProcess.forEach((id, ps) -> blocks.add(new Block(id, names.get(id), List.copyOf(ps))));
        return List.copyOf(blocks);
    }
}
