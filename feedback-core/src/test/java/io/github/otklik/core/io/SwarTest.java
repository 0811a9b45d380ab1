package io.github.otklik.core.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** The eight-bytes-a-step searches find exactly what a byte-by-byte loop finds, at every offset. */
class SwarTest {
    private static final byte[] INTERESTING = {'\n', '"', '\\', 0, 0x1F, 0x20, 0x21, 0x5B, 0x5D, 0x7F, (byte) 0x80, (byte) 0xD0, (byte) 0xFF, 'a', 0x09, 0x0B, 0x21, 0x23};

    @Test
    void newlineIsTheFirstLineFeed() {
        qt().withExamples(3_000).forAll(lists().of(integers().between(0, INTERESTING.length - 1)).ofSizeBetween(0, 40),
                integers().between(0, 40), integers().between(0, 40)).checkAssert((picks, a, c) -> {
                    byte[] b = bytes(picks);
                    int from = Math.min(a, b.length);
                    int to = Math.max(from, b.length - Math.min(c, b.length - from));
                    assertThat(Swar.newline(b, from, to)).isEqualTo(naiveNewline(b, from, to));
                });
    }

    @Test
    void stringSpecialIsTheFirstQuoteBackslashControlOrNonAsciiByte() {
        qt().withExamples(3_000).forAll(lists().of(integers().between(0, INTERESTING.length - 1)).ofSizeBetween(0, 40),
                integers().between(0, 40), integers().between(0, 40)).checkAssert((picks, a, c) -> {
                    byte[] b = bytes(picks);
                    int from = Math.min(a, b.length);
                    int to = Math.max(from, b.length - Math.min(c, b.length - from));
                    assertThat(Swar.stringSpecial(b, from, to)).isEqualTo(naiveSpecial(b, from, to));
                });
    }

    @Test
    void findsEachByteClassInEveryLanePosition() {
        for (byte special : new byte[] {'"', '\\', 0, 0x1F, (byte) 0x80, (byte) 0xFF}) {
            for (int at = 0; at < 20; at++) {
                byte[] b = "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
                b[at] = special;
                assertThat(Swar.stringSpecial(b, 0, b.length)).as("byte 0x%02X at %d", special & 0xFF, at).isEqualTo(at);
            }
        }
        byte[] plain = " !#$%&'()*+,-./09:;<=>?@AZ[]^_`az{|}~\u007f".getBytes(StandardCharsets.US_ASCII);
        assertThat(Swar.stringSpecial(plain, 0, plain.length)).isEqualTo(plain.length);
    }

    private static byte[] bytes(java.util.List<Integer> picks) {
        byte[] b = new byte[picks.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = INTERESTING[picks.get(i)];
        }
        return b;
    }

    private static int naiveNewline(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int naiveSpecial(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) {
                return i;
            }
        }
        return to;
    }
}
