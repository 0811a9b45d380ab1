package io.github.otklik.core.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Exact, case-sensitive parsing of enum names for the readers. */
final class Enums {
    private Enums() {
    }

    // name -> constant of each enum, built once: readers parse several enums on every record
    private static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> m = new HashMap<>();
            for (Object e : type.getEnumConstants()) {
                m.put(((Enum<?>) e).name(), e);
            }
            return m;
        }
    };

    /** The constant named exactly {@code name}, or {@code null}. */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : type.cast(BY_NAME.get(type).get(name));
    }

    /** "unknown X \"v\" (expected A, B, …)". */
    static <E extends Enum<E>> String unknown(Class<E> type, String value) {
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return "unknown value " + io.github.otklik.core.validation.Identifiers.describe(value) + " (expected one of " + expected + ")";
    }
}
