package io.github.otklik.core.io;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

/** {@link IdSet} answers exactly as a {@code HashSet<String>} would, through growth and any characters. */
class IdSetTest {
    @Test
    void behavesAsAHashSet() {
        qt().withExamples(100).forAll(lists().of(strings().betweenCodePoints(0x20, 0x3A0).ofLengthBetween(0, 6)).ofSizeBetween(0, 2_000))
                .checkAssert(ids -> {
                    IdSet set = new IdSet();
                    Set<String> reference = new HashSet<>();
                    for (String id : ids) {
                        assertThat(set.contains(id)).isEqualTo(reference.contains(id));
                        assertThat(set.add(id)).as("add %s", id).isEqualTo(reference.add(id));
                        assertThat(set.size()).isEqualTo(reference.size());
                    }
                    for (String id : ids) {
                        assertThat(set.contains(id)).isTrue();
                        assertThat(set.contains(id + "\u00ff")).isEqualTo(reference.contains(id + "\u00ff"));
                    }
                });
    }

    @Test
    void keepsAHundredThousandIdsAcrossManyGrowths() {
        IdSet set = new IdSet();
        for (int i = 0; i < 100_000; i++) {
            assertThat(set.add("r-" + i)).isTrue();
        }
        for (int i = 0; i < 100_000; i++) {
            assertThat(set.add("r-" + i)).isFalse();
        }
        assertThat(set.size()).isEqualTo(100_000);
        assertThat(set.contains("r-100000")).isFalse();
    }

    @Test
    void idsDifferingOnlyInCharsAboveLatin1AreDistinct() {
        IdSet set = new IdSet();
        for (String id : List.of("\u00ff", "\u0100", "\u01ff", "\uffff", "a\u00ffb", "a\u0100b", "")) {
            assertThat(set.add(id)).as(id).isTrue();
        }
        assertThat(set.size()).isEqualTo(7);
        assertThat(set.add("\u0100")).isFalse();
    }

    @Test
    void refusesAnIdLongerThanItsLengthField() {
        assertThatThrownBy(() -> new IdSet().add("x".repeat(0x8000))).isInstanceOf(IllegalArgumentException.class);
        qt().withExamples(5).forAll(integers().between(0x7FF0, 0x7FFF)).checkAssert(n -> assertThat(new IdSet().add("y".repeat(n))).isTrue());
    }
}
