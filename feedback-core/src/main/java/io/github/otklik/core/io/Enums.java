package io.github.otklik.core.io;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Exact, case-sensitive parsing of enum names for the readers. */
final class Enums {
    private Enums() {
    }

    /** The constant named exactly {@code name}, or {@code null}. */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** "unknown X \"v\" (expected A, B, …)". */
    static <E extends Enum<E>> String unknown(Class<E> type, String value) {
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return "unknown value " + io.github.otklik.core.validation.Identifiers.describe(value) + " (expected one of " + expected + ")";
    }
}
