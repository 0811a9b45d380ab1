package io.github.otklik.forms.validation;

import io.github.otklik.core.response.AnswerValue;

import java.util.List;

/**
 * A small immutable table from strings (question ids, option values) to their first position in
 * a list: a few codes are scanned in order (no hash of the looked-up string is needed), more are
 * found by open addressing over a power-of-two array; keys are compared by reference first (ids
 * and answer keys are interned), then by {@code equals}. The validator's checks and the metrics'
 * satisfaction plans use it. Immutable and thread-safe.
 */
public final class CodeTable {
    private static final int SCAN = 8; // up to this many codes, a scan beats hashing the looked-up string

    private final String[] codes; // as given, for the scan
    private final String[] keys;
    private final int[] positions;
    private final int mask;
    private final boolean unique;

    /**
     * A table of {@code codes}: each maps to the position of its first occurrence.
     *
     * @param codes the codes, none {@code null}
     */
    public CodeTable(List<String> codes) {
        // interned, as the reader's answer keys and short values are: most look-ups match by reference
        this.codes = codes.stream().map(String::intern).toArray(String[]::new);
        int capacity = Integer.highestOneBit(Math.max(4, codes.size() * 3)) << 1;
        keys = new String[capacity];
        positions = new int[capacity];
        mask = capacity - 1;
        boolean distinct = true;
        for (int i = 0; i < this.codes.length; i++) {
            String code = this.codes[i];
            int slot = slot(code);
            if (keys[slot] == null) {
                keys[slot] = code;
                positions[slot] = i;
            } else {
                distinct = false; // a repeated code keeps its first position
            }
        }
        unique = distinct;
    }

    /**
     * Whether every code of the list was distinct.
     *
     * @return {@code true} when no code was repeated
     */
    public boolean unique() {
        return unique;
    }

    /**
     * The first position of {@code code} in the list.
     *
     * @param code the code looked up
     * @return its first position, or −1 when it is not in the list
     */
    public int indexOf(String code) {
        return codes.length <= SCAN ? scan(code) : probe(code); // small methods: both inline where called
    }

    private int scan(String code) {
        String[] c = codes;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == code || c[i].equals(code)) {
                return i; // the first occurrence, as the table keeps
            }
        }
        return -1;
    }

    private int probe(String code) {
        String[] k = keys;
        int i = spread(code.hashCode()) & mask;
        while (true) {
            String key = k[i];
            if (key == null) {
                return -1;
            }
            if (key == code || key.equals(code)) {
                return positions[i];
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Whether {@code code} is in the table.
     *
     * @param code the code looked up
     * @return whether it is one of the list's codes
     */
    public boolean contains(String code) {
        return indexOf(code) >= 0;
    }

    /**
     * Whether {@code answer} chooses one of the codes: a text answer that is one, or an array
     * answer with one among its texts (a multiple choice).
     *
     * @param answer the answer, or {@code null} when the question is not answered
     * @return whether a chosen value is in the table
     */
    public boolean chosenIn(AnswerValue answer) {
        if (answer instanceof AnswerValue.TextValue t) {
            return contains(t.value());
        }
        if (answer instanceof AnswerValue.ArrayValue a) {
            List<AnswerValue> values = a.values();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof AnswerValue.TextValue t && contains(t.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The slot holding {@code code}, or the empty slot where it belongs. */
    private int slot(String code) {
        int i = spread(code.hashCode()) & mask;
        while (keys[i] != null && !keys[i].equals(code)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
