package io.github.otklik.core.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Shared keys and values are always the string of their own bytes, whatever took their slot before. */
class ScannedKeysTest {
    @Test
    void keysAndValuesAreTheirBytesString() {
        ScannedKeys keys = new ScannedKeys();
        // few distinct letters and lengths around 8 and 16: many near-misses on head, tail and middle
        qt().withExamples(20_000).forAll(lists().of(integers().between('a', 'c')).ofSizeBetween(0, 30), integers().between(0, 9))
                .checkAssert((letters, pad) -> {
                    byte[] b = new byte[letters.size() + 2 * pad];
                    for (int i = 0; i < letters.size(); i++) {
                        b[pad + i] = (byte) (int) letters.get(i);
                    }
                    String expected = new String(b, pad, letters.size(), StandardCharsets.ISO_8859_1);
                    assertThat(keys.ascii(b, pad, pad + letters.size())).isEqualTo(expected);
                    if (letters.size() <= ScannedKeys.MAX_VALUE) {
                        ScannedKeys.Entry e = keys.value(b, pad, pad + letters.size());
                        assertThat(e.string()).isEqualTo(expected);
                        assertThat(e.text().value()).isSameAs(e.string());
                    }
                });
    }

    @Test
    void aRepeatedKeyIsTheSameInternedInstance() {
        ScannedKeys keys = new ScannedKeys();
        byte[] b = "xx-overall-xx".getBytes(StandardCharsets.US_ASCII);
        assertThat(keys.ascii(b, 3, 10)).isSameAs("overall");
        assertThat(keys.ascii(b.clone(), 3, 10)).isSameAs("overall");
        byte[] v = "\"sup-social-contract\"".getBytes(StandardCharsets.US_ASCII);
        assertThat(keys.value(v, 1, v.length - 1)).isSameAs(keys.value(v.clone(), 1, v.length - 1));
    }

    @Test
    void theBytesAfterAShortValueDoNotChangeWhichEntryItIs() {
        ScannedKeys keys = new ScannedKeys();
        for (String code : new String[] {"y", "yes", "EPGU", "minsoc"}) {
            byte[] one = (code + "\",\"xxxxxxxxx").getBytes(StandardCharsets.US_ASCII);
            byte[] two = (code + "}}yyyyyyyyyy").getBytes(StandardCharsets.US_ASCII);
            assertThat(keys.value(one, 0, code.length())).isSameAs(keys.value(two, 0, code.length()));
            assertThat(keys.value(two, 0, code.length()).string()).isEqualTo(code);
        }
    }
}
