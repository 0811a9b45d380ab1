package io.github.otklik.forms.validation;

import java.math.BigDecimal;

/** Renders numbers for messages without expanding huge exponents ({@code 1e999999999} stays short). */
public final class Numbers {
    private Numbers() {
    }

    /** Plain notation for ordinary numbers, scientific notation when the exponent is large. */
    public static String show(BigDecimal value) {
        return Math.abs(value.scale()) > 40 || value.precision() > 40 ? value.toString() : value.toPlainString();
    }
}
