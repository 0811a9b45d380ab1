package io.github.otklik.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.otklik.core.client.ClientKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps the default table in docs/instrument-selection.md equal to the code's. */
class InstrumentSelectionDocTest {
    private static final Path DOC = Path.of("..", "docs", "instrument-selection.md");

    @Test
    void documentedTableEqualsTheStandardTable() throws IOException {
        List<String> rows = Files.readAllLines(DOC, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| `") && line.split("\\|").length == 10)  // "" and nine cells
                .toList();
        Map<Instrument, InstrumentProfile> documented = new EnumMap<>(Instrument.class);
        for (String row : rows) {
            String[] c = Arrays.stream(row.split("\\|")).skip(1).map(String::strip).toArray(String[]::new);
            InstrumentProfile.Builder b = InstrumentProfile.builder()
                    .fit(PurposeFit.valueOf(c[1]), PurposeFit.valueOf(c[2]), PurposeFit.valueOf(c[3]))
                    .cost(ResourceLevel.valueOf(c[4]), ResourceLevel.valueOf(c[5]), ResourceLevel.valueOf(c[6]))
                    .audience(ClientKind.EXTERNAL, AudienceFit.valueOf(c[7]))
                    .audience(ClientKind.INTERNAL, AudienceFit.valueOf(c[8]));
            documented.put(Instrument.valueOf(c[0].replace("`", "")), b.build());
        }

        assertThat(documented).isEqualTo(InstrumentSelector.standard().table());
    }
}
