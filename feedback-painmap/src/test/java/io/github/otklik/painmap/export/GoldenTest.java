package io.github.otklik.painmap.export;

import io.github.otklik.painmap.Dataset;
import io.github.otklik.painmap.Grouping;
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.PainMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pain map of {@link Dataset} in every format, compared byte for byte with the files under
 * {@code src/test/resources/golden/}. Regenerate them with {@code -Dotklik.updateGolden=true} and
 * review the diff.
 */
class GoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("otklik.updateGolden");

    private static void golden(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.createDirectories(DIR);
            Files.write(file, bytes);
        }
        assertThat(file).as("golden file %s (run with -Dotklik.updateGolden=true to create it)", file).exists();
        assertThat(Files.readAllBytes(file)).as("%s differs from the golden file (run with -Dotklik.updateGolden=true and review the diff)", name)
                .isEqualTo(bytes);
    }

    @Test
    void russian() throws IOException {
        PainMap map = Dataset.painMap(Language.RU);
        golden("painmap-ru.json", PainMapJson.toJson(map));
        golden("painmap-ru.csv", PainMapCsv.toCsv(map));
        golden("painmap-ru.md", PainMapMarkdown.toMarkdown(map));
        golden("painmap-ru.html", PainMapHtml.toHtml(map, Grouping.PROCESS_GROUP));
    }

    @Test
    void english() throws IOException {
        PainMap map = Dataset.painMap(Language.EN);
        golden("painmap-en.json", PainMapJson.toJson(map));
        golden("painmap-en.csv", PainMapCsv.toCsv(map));
        golden("painmap-en.md", PainMapMarkdown.toMarkdown(map));
        golden("painmap-en.html", PainMapHtml.toHtml(map));
    }
}
