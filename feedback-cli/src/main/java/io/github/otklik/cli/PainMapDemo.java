package io.github.otklik.cli;

import java.util.List;
import java.util.function.Function;

/** The pain-map steps of the demo (empty until the pain-map command is wired in). */
final class PainMapDemo {
    private PainMapDemo() {
    }

    static List<String[]> steps(Function<String, String> file) {
        return List.of();
    }
}
