package io.github.otklik.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the packaged {@code otklik.jar} in its own JVM, as the {@code otklik} script does. */
class OtklikJarIT {
    private static final Path JAR = Path.of("target", "otklik.jar");

    record Result(int code, String out, String err) {
    }

    static Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void generateWritesTheFourFilesAndNothingOnStdout(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Result r = run(dir, "generate", "--out", data.toString(), "--appeals", "50", "--processes", "50");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(data.resolve("appeals.csv")).exists();
        assertThat(data.resolve("processes.csv")).exists();
        assertThat(data.resolve("registry.json")).exists();
    }

    @Test
    void usageErrorsExitWithTwoAndNoStackTrace(@TempDir Path dir) throws Exception {
        Result r = run(dir, "generate", "--out", dir.toString(), "--period", "nope");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid period").doesNotContain("\tat ");
    }

    @Test
    void version(@TempDir Path dir) throws Exception {
        Result r = run(dir, "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("otklik \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
