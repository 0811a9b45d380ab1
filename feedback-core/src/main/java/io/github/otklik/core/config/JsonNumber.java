package io.github.otklik.core.config;

/**
 * A JSON number as the parser read it, for {@link ConfigValue}'s typed access.
 *
 * @param integerToken written without fraction or exponent ({@code 12000}, not {@code 12000.0} or {@code 1.2e4})
 * @param fitsLong an integer token within the range of {@code long}
 * @param longValue the integer, when it fits; else 0
 * @param value the number as a double (infinite when out of range)
 */
record JsonNumber(boolean integerToken, boolean fitsLong, long longValue, double value) {
}
