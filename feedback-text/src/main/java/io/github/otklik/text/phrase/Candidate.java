package io.github.otklik.text.phrase;

import io.github.otklik.text.TextSource;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * One phrase being counted exactly in the second pass: its texts on both sides, up to
 * {@link #SURFACES} surface forms with exact counts, and up to {@link #QUOTES} masked quotes. Surface
 * forms and quotes are kept as bottom-k samples by hash (the k smallest hashes), so what is kept
 * does not depend on input order or split: a form among the k smallest of all is among the k
 * smallest of every part that saw it, and once pushed out of a part it never returns to it.
 */
final class Candidate implements Serializable, Comparable<Candidate> {
    private static final long serialVersionUID = 1L;
    static final int SURFACES = 8;
    static final int QUOTES = 3;
    /** Longest surface form kept, in UTF-16 units. */
    static final int MAX_SURFACE = 120;

    /** A quote and its sampling key. */
    record QuoteSample(long hash, String text, TextSource source, String recordId) implements Serializable, Comparable<QuoteSample> {
        /** By hash, then text: one sample per distinct quote text (the record id does not order). */
        @Override
        public int compareTo(QuoteSample o) {
            int c = Long.compare(hash, o.hash);
            return c != 0 ? c : text.compareTo(o.text);
        }
    }

    /** Key of a surface form in the sample: its hash, then the form itself. */
    record SurfaceKey(long hash, String surface) implements Serializable, Comparable<SurfaceKey> {
        @Override
        public int compareTo(SurfaceKey o) {
            int c = Long.compare(hash, o.hash);
            return c != 0 ? c : surface.compareTo(o.surface);
        }
    }

    final String key;
    final int priority;
    long dissatisfied;
    long other;
    final TreeMap<SurfaceKey, long[]> surfaces = new TreeMap<>();
    final TreeMap<QuoteSample, Boolean> quotes = new TreeMap<>();

    Candidate(String key, int priority) {
        this.key = key;
        this.priority = priority;
    }

    /** Best first: larger priority, then stems by code point. */
    @Override
    public int compareTo(Candidate o) {
        int c = Integer.compare(o.priority, priority);
        return c != 0 ? c : io.github.otklik.core.text.CodePoints.compare(key, o.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && key.equals(c.key) && priority == c.priority;
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    void addSurface(SurfaceKey surface, long count) {
        if (surface.surface().length() > MAX_SURFACE) {
            return;
        }
        long[] c = surfaces.get(surface);
        if (c != null) {
            c[0] += count;
            return;
        }
        if (surfaces.size() == SURFACES && surface.compareTo(surfaces.lastKey()) > 0) {
            return;
        }
        surfaces.put(surface, new long[] {count});
        if (surfaces.size() > SURFACES) {
            surfaces.pollLastEntry();
        }
    }

    /** Whether a quote with {@code hash} would be kept (so that it is worth cutting). */
    boolean wantsQuote(long hash) {
        return quotes.size() < QUOTES || hash <= quotes.lastKey().hash();
    }

    /** Keeps {@code q} if it is among the smallest; of equal quotes, the one with the smallest record id. */
    void addQuote(QuoteSample q) {
        Map.Entry<QuoteSample, Boolean> same = quotes.ceilingEntry(q);
        if (same != null && same.getKey().compareTo(q) == 0) {
            if (q.recordId().compareTo(same.getKey().recordId()) >= 0) {
                return;
            }
            quotes.remove(same.getKey());
        }
        quotes.put(q, Boolean.TRUE);
        if (quotes.size() > QUOTES) {
            quotes.pollLastEntry();
        }
    }

    void merge(Candidate other) {
        this.dissatisfied += other.dissatisfied;
        this.other += other.other;
        for (Map.Entry<SurfaceKey, long[]> e : other.surfaces.entrySet()) {
            addSurface(e.getKey(), e.getValue()[0]);
        }
        for (QuoteSample q : other.quotes.keySet()) {
            addQuote(q);
        }
    }

    /** The most frequent surface form; ties go to the first by code point. */
    String label() {
        String best = null;
        long bestCount = -1;
        for (Map.Entry<SurfaceKey, long[]> e : surfaces.entrySet()) {
            String s = e.getKey().surface();
            long c = e.getValue()[0];
            if (c > bestCount || (c == bestCount && io.github.otklik.core.text.CodePoints.compare(s, best) < 0)) {
                best = s;
                bestCount = c;
            }
        }
        return best == null ? key : best;
    }
}
