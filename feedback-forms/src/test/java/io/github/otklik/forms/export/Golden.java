package io.github.otklik.forms.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden-file comparison for exporter output: by default compares byte for byte with
 * {@code src/test/resources/golden/NAME}; with {@code -Dotklik.updateGolden=true} rewrites the file
 * instead (review the diff before committing).
 */
public final class Golden {
    /** The system property that switches from comparing to regenerating. */
    public static final String UPDATE_PROPERTY = "otklik.updateGolden";

    private Golden() {
    }

    /** Asserts that {@code actual} equals golden file {@code name} byte for byte, or rewrites it. */
    public static void assertMatches(String name, String actual) throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");
        Path file = dir.resolve(name);
        byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(dir);
            Files.write(file, bytes);
            return;
        }
        assertThat(file).as("golden file %s is missing: run the tests with -D%s=true to create it", file, UPDATE_PROPERTY)
                .exists();
        assertThat(actual).as("output differs from golden file %s (regenerate with -D%s=true and review the diff)",
                file, UPDATE_PROPERTY).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(bytes).as("bytes of %s", file).isEqualTo(Files.readAllBytes(file));
    }
}
