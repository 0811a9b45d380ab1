package io.github.otklik.metrics.disclosure;

import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Complementary (secondary) suppression of one partition — a total and groups that add up to it —
 * in the way statistical offices protect tables (τ-ARGUS, sdcTable): primary suppression hides
 * the small cells; then, while some hidden figure can still be pinned by subtracting the shown
 * cells from the total (the published relation "total = Σ groups", with the bounds an attacker
 * knows from the rule itself: a primarily hidden cell has fewer than {@code minCell} answers, a
 * complementary one at least {@code minCell}), further cells are hidden, smallest first; if no
 * cell is left to hide, the total is hidden. Every figure of a group is protected: responses,
 * answers, "don't know", satisfied, neutral, dissatisfied and the score sum; then each aspect and
 * each problem across the groups in the same way. A figure whose total is 0 is implied by the
 * published total for every group alike and needs no protection.
 */
final class Complementary {
    private static final long INF = Long.MAX_VALUE / 8;

    private final long m;
    private final SatisfactionFigures total;
    private final List<SatisfactionFigures> groups;
    private final boolean[] hidden;
    private final boolean[] primary;
    private boolean totalHidden;
    private final Set<String> totalAspects = new HashSet<>();
    private final Set<String> totalProblems = new HashSet<>();
    private final List<Set<String>> aspects = new ArrayList<>();
    private final List<Set<String>> problems = new ArrayList<>();

    private Complementary(SatisfactionFigures total, List<SatisfactionFigures> groups, long minCell) {
        this.m = minCell;
        this.total = total;
        this.groups = groups;
        int n = groups.size();
        this.hidden = new boolean[n];
        this.primary = new boolean[n];
        for (int i = 0; i < n; i++) {
            primary[i] = hidden[i] = groups.get(i).overall().answered() < m;
            aspects.add(new HashSet<>());
            problems.add(new HashSet<>());
        }
    }

    /** The cells of the total (first) and of each group, as they may be published. */
    static List<Cell<SatisfactionFigures>> publish(SatisfactionFigures total, List<SatisfactionFigures> groups, long minCell) {
        Complementary c = new Complementary(total, groups, minCell);
        if (total.overall().answered() < minCell) {
            c.totalHidden = true;
        } else {
            c.protectGroups();
        }
        Set<String> aspectCodes = new LinkedHashSet<>(total.aspects().keySet());
        groups.forEach(g -> aspectCodes.addAll(g.aspects().keySet()));
        for (String code : aspectCodes) {
            c.protectAspect(code);
        }
        Set<String> problemCodes = new LinkedHashSet<>(total.problems().keySet());
        groups.forEach(g -> problemCodes.addAll(g.problems().keySet()));
        for (String code : problemCodes) {
            c.protectProblem(code);
        }
        List<Cell<SatisfactionFigures>> out = new ArrayList<>();
        out.add(c.totalHidden ? Cell.suppressed() : Cell.shown(without(total, c.totalAspects, c.totalProblems)));
        for (int i = 0; i < groups.size(); i++) {
            out.add(c.hidden[i] ? Cell.suppressed() : Cell.shown(without(groups.get(i), c.aspects.get(i), c.problems.get(i))));
        }
        return out;
    }

    // ------------------------------------------------------------------ groups

    private void protectGroups() {
        while (true) {
            List<Field> fields = groupFields();
            Set<Integer> pinnedFields = pinned(fields);
            if (pinnedFields.isEmpty()) {
                return;
            }
            int next = candidate(pinnedFields, fields, i -> !hidden[i], i -> groups.get(i).overall().answered());
            if (next < 0) {
                totalHidden = true;
                return;
            }
            hidden[next] = true;
        }
    }

    private List<Field> groupFields() {
        int n = groups.size();
        List<Field> fields = new ArrayList<>();
        ScaleResult t = total.overall();
        long[] totals = {total.responses(), t.answered(), t.dontKnow(), t.satisfied(), t.neutral(), t.dissatisfied(), t.sum()};
        for (int f = 0; f < totals.length; f++) {
            Field field = new Field(totals[f], n);
            for (int i = 0; i < n; i++) {
                SatisfactionFigures g = groups.get(i);
                ScaleResult o = g.overall();
                long[] values = {g.responses(), o.answered(), o.dontKnow(), o.satisfied(), o.neutral(), o.dissatisfied(), o.sum()};
                field.value[i] = values[f];
                field.unknown[i] = hidden[i];
                if (primary[i]) {
                    field.lb[i] = f == 0 ? 1 : 0;
                    field.ub[i] = f == 1 || f == 3 || f == 4 || f == 5 ? m - 1 : INF;
                } else {
                    field.lb[i] = f <= 1 ? m : 0;
                    field.ub[i] = INF;
                }
            }
            fields.add(field);
        }
        return fields;
    }

    // ------------------------------------------------------------------ aspects

    private void protectAspect(String code) {
        ScaleResult t = total.aspects().containsKey(code) ? total.aspects().get(code).figure().orElse(null) : null;
        if (totalHidden || t == null) {
            return;
        }
        if (t.answered() < m) {
            totalAspects.add(code);
            hideAspectEverywhere(code);
            return;
        }
        int n = groups.size();
        boolean[] cellHidden = new boolean[n];
        boolean[] cellPrimary = new boolean[n];
        for (int i = 0; i < n; i++) {
            ScaleResult s = aspect(i, code);
            cellPrimary[i] = !hidden[i] && s != null && s.answered() < m;
            cellHidden[i] = cellPrimary[i];
        }
        while (true) {
            List<Field> fields = aspectFields(code, t, cellHidden, cellPrimary);
            Set<Integer> pins = pinned(fields);
            if (pins.isEmpty()) {
                break;
            }
            int next = candidate(pins, fields, i -> !hidden[i] && !cellHidden[i] && aspect(i, code) != null, i -> aspect(i, code).answered());
            if (next < 0) {
                totalAspects.add(code);
                break;
            }
            cellHidden[next] = true;
        }
        for (int i = 0; i < n; i++) {
            if (cellHidden[i]) {
                aspects.get(i).add(code);
            }
        }
    }

    private List<Field> aspectFields(String code, ScaleResult t, boolean[] cellHidden, boolean[] cellPrimary) {
        int n = groups.size();
        long[] totals = {t.answered(), t.dontKnow(), t.satisfied(), t.neutral(), t.dissatisfied(), t.sum()};
        List<Field> fields = new ArrayList<>();
        for (int f = 0; f < totals.length; f++) {
            Field field = new Field(totals[f], n);
            for (int i = 0; i < n; i++) {
                ScaleResult s = aspect(i, code);
                long[] values = s == null ? new long[6] : new long[] {s.answered(), s.dontKnow(), s.satisfied(), s.neutral(), s.dissatisfied(), s.sum()};
                field.value[i] = values[f];
                if (hidden[i]) { // a hidden group: nothing of it is known
                    field.unknown[i] = true;
                    field.ub[i] = INF;
                } else if (cellHidden[i]) {
                    field.unknown[i] = true;
                    field.lb[i] = !cellPrimary[i] && f == 0 ? m : 0;
                    field.ub[i] = cellPrimary[i] && (f == 0 || f == 2 || f == 3 || f == 4) ? m - 1 : INF;
                }
            }
            fields.add(field);
        }
        return fields;
    }

    private ScaleResult aspect(int i, String code) {
        Cell<ScaleResult> c = groups.get(i).aspects().get(code);
        return c == null ? null : c.figure().orElse(null);
    }

    private void hideAspectEverywhere(String code) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).aspects().containsKey(code)) {
                aspects.get(i).add(code);
            }
        }
    }

    // ------------------------------------------------------------------ problems

    private void protectProblem(String code) {
        ProblemResult t = total.problems().containsKey(code) ? total.problems().get(code).figure().orElse(null) : null;
        if (totalHidden || t == null) {
            return;
        }
        int n = groups.size();
        if (t.base() < m) {
            totalProblems.add(code);
            for (int i = 0; i < n; i++) {
                if (groups.get(i).problems().containsKey(code)) {
                    problems.get(i).add(code);
                }
            }
            return;
        }
        boolean[] cellHidden = new boolean[n];
        boolean[] cellPrimary = new boolean[n];
        for (int i = 0; i < n; i++) {
            ProblemResult p = problem(i, code);
            cellPrimary[i] = !hidden[i] && p != null && p.base() < m;
            cellHidden[i] = cellPrimary[i];
        }
        while (true) {
            List<Field> fields = new ArrayList<>();
            for (int f = 0; f < 2; f++) {
                Field field = new Field(f == 0 ? t.count() : t.base(), n);
                for (int i = 0; i < n; i++) {
                    ProblemResult p = problem(i, code);
                    field.value[i] = p == null ? 0 : f == 0 ? p.count() : p.base();
                    if (hidden[i]) {
                        field.unknown[i] = true;
                        field.ub[i] = INF;
                    } else if (p == null && f == 1) { // the base of a problem nobody in a shown group chose is not published, nor protected
                        field.unknown[i] = true;
                        field.open[i] = true;
                        field.ub[i] = INF;
                    } else if (cellHidden[i]) {
                        field.unknown[i] = true;
                        field.lb[i] = !cellPrimary[i] && f == 1 ? m : 0;
                        field.ub[i] = cellPrimary[i] ? m - 1 : INF;
                    }
                }
                fields.add(field);
            }
            Set<Integer> pins = pinned(fields);
            if (pins.isEmpty()) {
                break;
            }
            int next = candidate(pins, fields, i -> !hidden[i] && !cellHidden[i] && problem(i, code) != null, i -> problem(i, code).base());
            if (next < 0) {
                totalProblems.add(code);
                break;
            }
            cellHidden[next] = true;
        }
        for (int i = 0; i < n; i++) {
            if (cellHidden[i]) {
                problems.get(i).add(code);
            }
        }
    }

    private ProblemResult problem(int i, String code) {
        Cell<ProblemResult> c = groups.get(i).problems().get(code);
        return c == null ? null : c.figure().orElse(null);
    }

    // ------------------------------------------------------------------ the relation "total = Σ cells"

    /** One figure across the partition: the total, each cell's value, and what the attacker knows of the cells he can't see. */
    static final class Field {
        final long total;
        final long[] value;
        final boolean[] unknown;
        final long[] lb;
        final long[] ub;
        final boolean[] open; // unknown, but not a hidden figure to protect

        Field(long total, int n) {
            this.total = total;
            this.value = new long[n];
            this.unknown = new boolean[n];
            this.lb = new long[n];
            this.ub = new long[n];
            this.open = new boolean[n];
        }

        /**
         * Whether the value of an unknown cell is pinned: the sum of the unknown cells is known
         * (total − the known cells) and each lies within its bounds, so cell {@code i} lies in
         * [max(lb, R − Σ others' ub), min(ub, R − Σ others' lb)]; pinned when that is one value.
         */
        boolean pinned(int i) {
            if (!unknown[i] || open[i] || total == 0) {
                return false;
            }
            long known = 0;
            long lbs = 0;
            long finiteUbs = 0;
            int infinite = 0; // cells with no upper bound, counted apart so that "all but i" stays exact
            for (int j = 0; j < value.length; j++) {
                if (unknown[j]) {
                    lbs += lb[j];
                    if (ub[j] >= INF) {
                        infinite++;
                    } else {
                        finiteUbs += ub[j];
                    }
                } else {
                    known += value[j];
                }
            }
            long rest = total - known;
            boolean othersUnbounded = infinite - (ub[i] >= INF ? 1 : 0) > 0;
            long othersUb = othersUnbounded ? INF : finiteUbs - (ub[i] >= INF ? 0 : ub[i]);
            long lo = Math.max(lb[i], rest - othersUb);
            long hi = Math.min(ub[i], rest - (lbs - lb[i]));
            return lo >= hi;
        }
    }

    /** The indexes of the fields in which some unknown cell is pinned. */
    private static Set<Integer> pinned(List<Field> fields) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int f = 0; f < fields.size(); f++) {
            Field field = fields.get(f);
            for (int i = 0; i < field.value.length; i++) {
                if (field.pinned(i)) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The next cell to hide: among the candidates, the smallest one that has something of every
     * pinned figure (hiding it loosens that relation); failing that, the smallest one; -1 when none.
     */
    private static int candidate(Set<Integer> pinned, List<Field> fields, java.util.function.IntPredicate isCandidate,
            java.util.function.IntToLongFunction size) {
        int best = -1;
        int fallback = -1;
        int n = fields.get(0).value.length;
        for (int i = 0; i < n; i++) {
            if (!isCandidate.test(i)) {
                continue;
            }
            if (fallback < 0 || size.applyAsLong(i) < size.applyAsLong(fallback)) {
                fallback = i;
            }
            boolean covers = true;
            for (int f : pinned) {
                covers &= fields.get(f).value[i] > 0;
            }
            if (covers && (best < 0 || size.applyAsLong(i) < size.applyAsLong(best))) {
                best = i;
            }
        }
        return best >= 0 ? best : fallback;
    }

    private static SatisfactionFigures without(SatisfactionFigures f, Set<String> hiddenAspects, Set<String> hiddenProblems) {
        Map<String, Cell<ScaleResult>> a = new LinkedHashMap<>();
        f.aspects().forEach((code, cell) -> a.put(code, hiddenAspects.contains(code) ? Cell.suppressed() : cell));
        Map<String, Cell<ProblemResult>> p = new LinkedHashMap<>();
        f.problems().forEach((code, cell) -> p.put(code, hiddenProblems.contains(code) ? Cell.suppressed() : cell));
        return new SatisfactionFigures(f.responses(), f.overall(), a, p);
    }
}
