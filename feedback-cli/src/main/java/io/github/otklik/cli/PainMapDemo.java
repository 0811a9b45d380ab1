package io.github.otklik.cli;

import java.util.List;
import java.util.function.Function;

/** The pain-map steps of the demo: the map in every format. */
final class PainMapDemo {
    private PainMapDemo() {
    }

    static List<String[]> steps(Function<String, String> file) {
        String[] common = {"painmap", "--registry", file.apply("registry.json"), "--measures", file.apply("measures.json"),
            "--manual", file.apply("manual.json"), "--classifier", file.apply("classifier.json")};
        return List.of(
                with(common, "--format", "json", "-o", file.apply("painmap.json")),
                with(common, "--format", "csv", "-o", file.apply("painmap.csv")),
                with(common, "--format", "md", "-o", file.apply("painmap.md")),
                with(common, "--format", "html", "--group", "process-group", "-o", file.apply("painmap.html")));
    }

    private static String[] with(String[] common, String... extra) {
        String[] out = new String[common.length + extra.length];
        System.arraycopy(common, 0, out, 0, common.length);
        System.arraycopy(extra, 0, out, common.length, extra.length);
        return out;
    }
}
