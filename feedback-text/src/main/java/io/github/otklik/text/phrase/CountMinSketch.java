package io.github.otklik.text.phrase;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A count-min sketch (Cormode and Muthukrishnan, 2005) of text counts: {@code depth} rows of
 * {@code width} counters, each key adding 1 to one counter per row (double hashing of its 64-bit
 * hash); the estimate is the smallest of its counters, never below the true count and, with
 * probability at least 1 − e^−depth, at most e·N/width above it (N = everything added). Adding and
 * merging are sums, so a sketch does not depend on the order or the split of its input. Counters
 * saturate at {@link Integer#MAX_VALUE}. Memory: 4·depth·width bytes. Not thread-safe.
 */
final class CountMinSketch implements Serializable {
    private static final long serialVersionUID = 1L;

    final int depth;
    final int width;
    final int[] counts;

    CountMinSketch(int depth, int width) {
        this.depth = depth;
        this.width = width;
        this.counts = new int[depth * width];
    }

    private CountMinSketch(CountMinSketch other) {
        this.depth = other.depth;
        this.width = other.width;
        this.counts = other.counts.clone();
    }

    CountMinSketch copy() {
        return new CountMinSketch(this);
    }

    void add(long hash) {
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32) | 1;
        for (int row = 0; row < depth; row++) {
            int i = row * width + Math.floorMod(h1 + row * h2, width);
            if (counts[i] != Integer.MAX_VALUE) {
                counts[i]++;
            }
        }
    }

    int estimate(long hash) {
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32) | 1;
        int min = Integer.MAX_VALUE;
        for (int row = 0; row < depth; row++) {
            min = Math.min(min, counts[row * width + Math.floorMod(h1 + row * h2, width)]);
        }
        return min;
    }

    void merge(CountMinSketch other) {
        if (other.depth != depth || other.width != width) {
            throw new IllegalArgumentException("sketches of different shapes: " + depth + "×" + width + " and " + other.depth + "×" + other.width);
        }
        for (int i = 0; i < counts.length; i++) {
            long sum = (long) counts[i] + other.counts[i];
            counts[i] = (int) Math.min(Integer.MAX_VALUE, sum);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountMinSketch s && depth == s.depth && width == s.width && Arrays.equals(counts, s.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }
}
