package io.github.otklik.metrics;

import io.github.otklik.core.text.CodePoints;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The key of a metrics group: the values of the section's dimensions, in {@code groupBy} order.
 * The total group has no dimensions. Keys order by their values, compared by code point.
 * Immutable.
 */
public final class GroupKey implements Comparable<GroupKey>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final GroupKey TOTAL = new GroupKey(new Dimension[0], new String[0]);

    private final Dimension[] dimensions;
    private final String[] values;
    private final int hash;

    private GroupKey(Dimension[] dimensions, String[] values) {
        this.dimensions = dimensions;
        this.values = values;
        this.hash = hash(dimensions, values);
    }

    /**
     * The hash code of the key of {@code values} for {@code dimensions}, without building it; from
     * the dimensions' ordinals, never their identity hashes, so that equal keys hash alike in every JVM.
     */
    static int hash(Dimension[] dimensions, String[] values) {
        int h = Arrays.hashCode(values);
        for (Dimension d : dimensions) {
            h = h * 31 + d.ordinal();
        }
        return h;
    }

    /** A deserialized key is rebuilt, so its hash is this JVM's and the total group stays one instance. */
    private Object readResolve() {
        return values.length == 0 ? TOTAL : new GroupKey(dimensions.clone(), values.clone());
    }

    /** Whether this key has exactly {@code values} for {@code dimensions}. */
    boolean matches(Dimension[] dimensions, String[] values) {
        return (this.dimensions == dimensions || Arrays.equals(this.dimensions, dimensions)) && Arrays.equals(this.values, values);
    }

    /**
     * The key of the total group, {@code {}}.
     *
     * @return the key of the total group, {@code {}}
     */
    public static GroupKey total() {
        return TOTAL;
    }

    /** A key with {@code values} for {@code dimensions} (same length). */
    public static GroupKey of(List<Dimension> dimensions, List<String> values) {
        if (dimensions.size() != values.size()) {
            throw new IllegalArgumentException("dimensions and values differ in length");
        }
        if (dimensions.isEmpty()) {
            return TOTAL;
        }
        return new GroupKey(dimensions.toArray(new Dimension[0]), values.stream().map(Objects::requireNonNull).toArray(String[]::new));
    }

    static GroupKey ofArrays(Dimension[] dimensions, String[] values) {
        return dimensions.length == 0 ? TOTAL : new GroupKey(dimensions, values);
    }

    /**
     * Whether this is the total group.
     *
     * @return whether this is the total group
     */
    public boolean isTotal() {
        return values.length == 0;
    }

    /**
     * The dimensions, in {@code groupBy} order.
     *
     * @return the dimensions, in {@code groupBy} order
     */
    public List<Dimension> dimensions() {
        return List.of(dimensions);
    }

    /**
     * The values, in {@code groupBy} order.
     *
     * @return the values, in {@code groupBy} order
     */
    public List<String> values() {
        return List.of(values);
    }

    /** The value of {@code dimension}, or {@code null} when the key lacks it. */
    public String value(Dimension dimension) {
        for (int i = 0; i < dimensions.length; i++) {
            if (dimensions[i] == dimension) {
                return values[i];
            }
        }
        return null;
    }

    /**
     * The key as an ordered map from dimension name to value, as written in JSON.
     *
     * @return the key as an ordered map from dimension name to value, as written in JSON
     */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.length; i++) {
            m.put(dimensions[i].wireName(), values[i]);
        }
        return m;
    }

    private static final Comparator<String[]> VALUES = (a, b) -> {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = CodePoints.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    };

    /** Total first, then by values in order, each compared by code point. */
    @Override
    public int compareTo(GroupKey o) {
        return VALUES.compare(values, o.values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupKey k && hash == k.hash && Arrays.equals(values, k.values) && Arrays.equals(dimensions, k.dimensions);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
