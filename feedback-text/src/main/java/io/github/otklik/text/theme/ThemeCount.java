package io.github.otklik.text.theme;

import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.metrics.stats.Normal;
import io.github.otklik.metrics.stats.Wilson;

/**
 * How many texts of a group matched one theme: the proportion x of n behind a {@code TEXT} evidence
 * item of the pain map ({@code spec/painmap.md}: texts of the process that match, of the process's
 * texts).
 *
 * @param code the theme code (the pain point's problem code)
 * @param x texts that count for the theme, 0 ≤ x ≤ n
 * @param n texts of the group, n ≥ 1
 */
public record ThemeCount(String code, long x, long n) {
    /**
     * Checks the proportion.
     *
     * @param code the theme code (the pain point's problem code)
     * @param x texts that count for the theme, 0 ≤ x ≤ n
     * @param n texts of the group, n ≥ 1
     * @throws IllegalArgumentException when {@code code} is not a code, n &lt; 1 or x is outside 0..n
     */
    public ThemeCount {
        Identifiers.requireCode(code, "theme code");
        if (n < 1 || x < 0 || x > n) {
            throw new IllegalArgumentException("theme " + code + ": " + x + " of " + n + " is not a proportion");
        }
    }

    /**
     * The share of texts that match.
     *
     * @return x / n
     */
    public double share() {
        return (double) x / n;
    }

    /**
     * The Wilson lower bound at 95 % confidence, the prevalence L of {@code spec/painmap.md}
     * (z = 1.959963984540054), bit-identical to the pain map's.
     *
     * @return the lower end of the Wilson interval of x of n
     */
    public double lowerBound() {
        return Wilson.lowerBound(x, n, Normal.Z95);
    }

    /**
     * The Wilson lower bound at the two-sided critical value {@code z}.
     *
     * @param z the critical value, finite and ≥ 0
     * @return the lower end of the Wilson interval of x of n
     */
    public double lowerBound(double z) {
        return Wilson.lowerBound(x, n, z);
    }
}
