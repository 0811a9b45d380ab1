package io.github.otklik.synthetic.response;

import java.util.List;
import java.util.SplittableRandom;

/** A fixed discrete distribution over values with non-negative weights. Immutable. */
final class Weighted<T> {
    private final List<T> values;
    private final double[] cumulative;

    Weighted(List<T> values, double[] weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException(values.size() + " values with " + weights.length + " weights");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight must be finite and non-negative, was " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights sum to zero");
        }
    }

    /** A value drawn with probability proportional to its weight. */
    T pick(SplittableRandom random) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return values.get(i);
            }
        }
        int last = cumulative.length - 1;
        while (last > 0 && cumulative[last] == cumulative[last - 1]) {
            last--; // rounding at the very top: the last value with a positive weight
        }
        return values.get(last);
    }
}
