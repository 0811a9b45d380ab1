package io.github.otklik.core.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A scan cursor that reads line after line, reusing its answers and respondent maps, gives every
 * line exactly what a fresh cursor gives it: no answer, respondent member or shared text of an
 * earlier line (decided or left to Jackson half-way) leaks into a later one.
 */
class ScanCursorReuseTest {
    private final ResponseLineScanner scanner = new ResponseLineScanner();

    @Test
    void aReusedCursorGivesEachLineWhatAFreshOneGives() {
        qt().withFixedSeed(20_261_203L).withExamples(400)
                .forAll(lists().of(GeneratedLines.lines().zip(lists().of(Mutation.mutations()).ofSizeBetween(0, 2), Mutation::apply))
                        .ofSizeBetween(1, 12))
                .checkAssert(this::sameAsFresh);
    }

    private void sameAsFresh(List<byte[]> lines) {
        ScanCursor reused = scanner.cursor();
        for (byte[] line : lines) {
            int to = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
            ResponseFields fresh = scanner.scan(line, 0, to);
            ResponseFields again = scanner.scan(reused, line, 0, to);
            assertThat(again == null).isEqualTo(fresh == null);
            if (fresh != null) {
                assertThat(again.id).isEqualTo(fresh.id);
                assertThat(again.problem).isEqualTo(fresh.problem);
                if (fresh.problem == null) {
                    assertThat(again.build()).isEqualTo(fresh.build());
                    assertThat(again.build().respondent()).isEqualTo(fresh.build().respondent());
                }
            }
        }
    }
}
