package io.github.otklik.painmap.build;

import io.github.otklik.core.text.CodePoints;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainPoint;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the map ({@code spec/painmap.md}): priority (HIGH first), then prevalence (HIGH
 * first), then L descending (as {@link Double#compare}), then process id and problem code, each
 * by code point. {@link #COMPARATOR} states it on points; an instance computes it for the many
 * items of one build by sorting primitive keys instead of comparing objects.
 *
 * <p>Fill it with {@link #add} (item {@code i} is the {@code i}-th call), then ask {@link #ranks}.
 * Each item's position in (process, problem) code-point order is found by ranking the distinct
 * process ids and problem codes once and sorting each process's items by problem rank; each
 * item's key then packs, into one {@code long}, its (priority, prevalence) group, the leading bits
 * of L in descending order and that position. One sort of the keys orders the items; items whose
 * keys tie although their L differ beyond the leading bits are put in order afterwards ({@link
 * #orderRun}). O(n log n) for n items; it keeps 24 bytes per item and takes 4 more per item while ranking, reusing its arrays. Not thread-safe; one per build.
 */
final class MapOrder {
    /** The map order on points. */
    static final Comparator<PainPoint> COMPARATOR = (a, b) -> {
        int c = b.priority().compareTo(a.priority());
        if (c == 0) {
            c = b.prevalence().compareTo(a.prevalence());
        }
        if (c == 0) {
            c = Double.compare(b.lowerBound(), a.lowerBound());
        }
        if (c == 0) {
            c = CodePoints.compare(a.process(), b.process());
        }
        return c != 0 ? c : CodePoints.compare(a.problem(), b.problem());
    };

    /** Bits of the (priority, prevalence) group in a sort key: 9 groups. */
    private static final int GROUP_BITS = 4;

    private final List<String> processIds;
    private final List<String> problemCodes;
    private final int[] process;
    private final int[] problem;
    private final double[] bound;
    /** The sort keys by item, without the positions until {@link #ranks}. */
    private final long[] keys;
    private final int positionBits;
    private final int boundBits;
    private int size;

    /**
     * An order of at most {@code capacity} items.
     *
     * @param processIds the distinct process ids; items name them by index
     * @param problemCodes the distinct problem codes; items name them by index
     */
    MapOrder(List<String> processIds, List<String> problemCodes, int capacity) {
        this.processIds = processIds;
        this.problemCodes = problemCodes;
        this.process = new int[capacity];
        this.problem = new int[capacity];
        this.bound = new double[capacity];
        this.keys = new long[capacity];
        this.positionBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, capacity) - 1L));
        this.boundBits = 63 - GROUP_BITS - positionBits;
    }

    /**
     * Adds the next item. No two items may have the same process and problem.
     *
     * @param processIndex its process, an index into the process ids
     * @param problemIndex its problem, an index into the problem codes
     */
    void add(int processIndex, int problemIndex, Level priority, Level prevalence, double lowerBound) {
        process[size] = processIndex;
        problem[size] = problemIndex;
        bound[size] = lowerBound;
        long group = (Level.HIGH.ordinal() - priority.ordinal()) * 3L + (Level.HIGH.ordinal() - prevalence.ordinal());
        keys[size] = ((group << boundBits) | (descending(lowerBound) >>> (64 - boundBits))) << positionBits;
        size++;
    }

    /** The place of every item in map order, from 0, by item; call once. */
    int[] ranks() {
        int n = size;
        if (n == 0) {
            return new int[0];
        }
        int[] index = itemsInTieOrder();
        int[] positions = process; // reused: the processes have been read
        for (int p = 0; p < n; p++) {
            positions[index[p]] = p;
        }
        for (int i = 0; i < n; i++) {
            keys[i] |= positions[i];
        }
        Arrays.sort(keys, 0, n);
        long mask = (1L << positionBits) - 1;
        for (int start = 0, i = 1; i <= n; i++) {
            if (i == n || keys[i] >>> positionBits != keys[start] >>> positionBits) {
                if (i - start > 1) {
                    orderRun(keys, start, i, bound, index, positionBits);
                }
                start = i;
            }
        }
        int[] rank = positions; // reused: every position has been read
        for (int r = 0; r < n; r++) {
            rank[index[(int) (keys[r] & mask)]] = r;
        }
        return rank;
    }

    /**
     * The items in (process id, problem code) code-point order: the distinct ids and codes are
     * ranked once, the items grouped by process rank, and each group sorted by problem rank.
     */
    private int[] itemsInTieOrder() {
        int n = size;
        int[] problemRank = codePointRanks(problemCodes);
        int[] processRank = codePointRanks(processIds);
        int[] start = new int[processIds.size() + 1]; // items of the process of rank r: start[r] until start[r + 1]
        for (int i = 0; i < n; i++) {
            start[processRank[process[i]] + 1]++;
        }
        for (int r = 0; r < processIds.size(); r++) {
            start[r + 1] += start[r];
        }
        int[] items = new int[n];
        int[] next = Arrays.copyOf(start, start.length - 1);
        for (int i = 0; i < n; i++) {
            items[next[processRank[process[i]]]++] = i;
        }
        long[] scratch = new long[16];
        for (int r = 0; r < processIds.size(); r++) {
            int from = start[r];
            int k = start[r + 1] - from;
            if (scratch.length < k) {
                scratch = new long[Math.max(k, scratch.length * 2)];
            }
            for (int j = 0; j < k; j++) { // (problem rank, item): sorts as primitives
                int item = items[from + j];
                scratch[j] = (long) problemRank[problem[item]] << 32 | item;
            }
            Arrays.sort(scratch, 0, k);
            for (int j = 0; j < k; j++) {
                items[from + j] = (int) scratch[j];
            }
        }
        return items;
    }

    /** The rank of each string by code point, by index. */
    private static int[] codePointRanks(List<String> strings) {
        Integer[] order = new Integer[strings.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> CodePoints.compare(strings.get(a), strings.get(b)));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** L as a long whose unsigned order is the descending order of {@link Double#compare}. */
    static long descending(double lowerBound) {
        long bits = Double.doubleToLongBits(lowerBound);
        long ascending = bits ^ ((bits >> 63) & Long.MAX_VALUE); // signed order = Double.compare order
        return ~(ascending ^ Long.MIN_VALUE);
    }

    /**
     * Puts keys[start..end), which tie in group and leading bits of L and are in position order, in
     * L-descending then position order: a no-op unless their L differ beyond the leading bits.
     *
     * @param bound L by item
     * @param index the item at each position
     */
    static void orderRun(long[] keys, int start, int end, double[] bound, int[] index, int positionBits) {
        long mask = (1L << positionBits) - 1;
        double first = bound[index[(int) (keys[start] & mask)]];
        boolean tied = true;
        for (int i = start + 1; i < end && tied; i++) {
            tied = Double.compare(bound[index[(int) (keys[i] & mask)]], first) == 0;
        }
        if (tied) {
            return;
        }
        Integer[] positions = new Integer[end - start];
        for (int i = start; i < end; i++) {
            positions[i - start] = (int) (keys[i] & mask);
        }
        Arrays.sort(positions, (a, b) -> {
            int c = Double.compare(bound[index[b]], bound[index[a]]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        long high = keys[start] & ~mask;
        for (int i = start; i < end; i++) {
            keys[i] = high | positions[i - start];
        }
    }
}
