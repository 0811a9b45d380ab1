package io.github.otklik.cli;

import java.util.List;
import java.util.function.Function;

/** The pain-map steps of the demo: the map in every format, and its public edition ("you said, we did"). */
final class PainMapDemo {
    private PainMapDemo() {
    }

    static List<String[]> steps(Function<String, String> file) {
        String[] common = {"painmap", "--registry", file.apply("registry.json"), "--measures", file.apply("measures.json"),
            "--manual", file.apply("manual.json"), "--themes", file.apply("themes.json"),
            "--classifier", file.apply("classifier.json")};
        return List.of(
                with(common, "--format", "json", "-o", file.apply("painmap.json")),
                with(common, "--format", "csv", "-o", file.apply("painmap.csv")),
                with(common, "--format", "md", "-o", file.apply("painmap.md")),
                with(common, "--format", "html", "-o", file.apply("painmap.html")),
                with(common, "--format", "html", "--group", "life-situation", "-o", file.apply("painmap-life-situations.html")),
                with(common, "--audience", "public", "--format", "json", "-o", file.apply("painmap-public.json")),
                with(common, "--audience", "public", "--format", "html", "-o", file.apply("painmap-public.html")));
    }

    private static String[] with(String[] common, String... extra) {
        String[] out = new String[common.length + extra.length];
        System.arraycopy(common, 0, out, 0, common.length);
        System.arraycopy(extra, 0, out, common.length, extra.length);
        return out;
    }
}
