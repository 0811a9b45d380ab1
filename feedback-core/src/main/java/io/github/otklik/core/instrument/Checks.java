package io.github.otklik.core.instrument;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by this package's builders and tables; programming errors throw. */
final class Checks {
    private Checks() {
    }

    /** {@code value}, after checking that it is non-null and that {@code current} is unset. */
    static <T> T once(T current, T value, String option) {
        Objects.requireNonNull(value, option);
        if (current != null) {
            throw new IllegalStateException(option + " was already set to " + current);
        }
        return value;
    }

    /**
     * An unmodifiable enum-ordered copy of {@code map}, which must hold a non-null value for every key
     * of {@code expected}; else {@link IllegalArgumentException}: {@code ifMissing} and the missing keys.
     */
    static <K extends Enum<K>, V> Map<K, V> completeCopy(
            Map<K, V> map, Class<K> keyType, Set<K> expected, String ifMissing) {
        EnumMap<K, V> copy = new EnumMap<>(keyType);
        map.forEach((k, v) -> copy.put(
                Objects.requireNonNull(k, "key"),
                Objects.requireNonNull(v, () -> "value of " + k)));
        Set<K> missing = missing(copy.keySet(), keyType, expected);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(ifMissing + " " + missing);
        }
        return Collections.unmodifiableMap(copy);
    }

    /** The keys of {@code expected} absent from {@code present}, in enum order. */
    static <K extends Enum<K>> Set<K> missing(Set<K> present, Class<K> keyType, Set<K> expected) {
        Set<K> missing = EnumSet.noneOf(keyType);
        missing.addAll(expected);
        missing.removeAll(present);
        return missing;
    }
}
