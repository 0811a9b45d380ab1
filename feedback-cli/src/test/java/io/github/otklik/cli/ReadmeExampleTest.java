package io.github.otklik.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every command of the README's example, in order, in a fresh directory, as the script would. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a bash block").isTrue();
        List<String> lines = m.group(1).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(lines).hasSizeBetween(3, 10).allMatch(l -> l.startsWith("./otklik "));
        for (String line : lines) {
            List<String> args = new ArrayList<>();
            for (String word : line.replaceAll("\\s+#.*$", "").substring("./otklik ".length()).split("\\s+")) {
                args.add(word.startsWith("data/") || word.equals("data") || word.startsWith("out/") ? dir.resolve(word).toString() : word);
            }
            if (args.contains("-o")) {
                Files.createDirectories(dir.resolve("out"));
            }
            CliRun run = CliRun.of(args.toArray(new String[0]));
            assertThat(run.exitCode()).as("%s%n%s", line, run.err()).isZero();
        }
        assertThat(dir.resolve("out/metrics.json")).content().contains("otklik-metrics/1");
        assertThat(dir.resolve("out/painmap.csv")).exists();
        assertThat(dir.resolve("out/report.html")).content().startsWith("<!DOCTYPE html>");
    }
}
