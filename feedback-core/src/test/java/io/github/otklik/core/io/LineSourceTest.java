package io.github.otklik.core.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * {@link LineSource} gives every line exactly, whether it lies in one read buffer (given in place)
 * or spans reads (gathered), with CRLF and a leading BOM removed, whatever sizes the reads return.
 */
class LineSourceTest {
    @Test
    void givesTheLinesOfAnyInputWhateverTheReadSizes() {
        // lengths around the 64 KiB read buffer and the 4 KiB initial line buffer
        qt().withExamples(200).forAll(
                lists().of(integers().from(0).upTo(140_000).describedAs(Object::toString)).ofSizeBetween(0, 8),
                booleans().all(), booleans().all(), integers().between(1, 70_000))
                .checkAssert((lengths, crlf, bom, chunk) -> {
                    List<byte[]> expected = new ArrayList<>();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (bom) {
                        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    }
                    for (int i = 0; i < lengths.size(); i++) {
                        byte[] l = new byte[lengths.get(i)];
                        Arrays.fill(l, (byte) ('a' + i));
                        expected.add(l);
                        out.writeBytes(l);
                        out.writeBytes(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
                    }
                    if (bom && lengths.isEmpty()) {
                        expected.add(new byte[0]); // the BOM alone is a last line without line end, empty once it is dropped
                    }
                    assertThat(lines(new Chunked(new ByteArrayInputStream(out.toByteArray()), chunk)))
                            .usingElementComparator(Arrays::compare).containsExactlyElementsOf(expected);
                });
    }

    @Test
    void aLastLineWithoutLineEndAndBlankLinesAreLines() throws IOException {
        LineSource s = new LineSource(new ByteArrayInputStream("a\n \t\n\nlast".getBytes()));
        List<String> got = new ArrayList<>();
        List<Boolean> blank = new ArrayList<>();
        while (s.next()) {
            got.add(new String(s.bytes(), s.offset(), s.length()));
            blank.add(s.isBlank());
        }
        assertThat(got).containsExactly("a", " \t", "", "last");
        assertThat(blank).containsExactly(false, true, true, false);
    }

    private static List<byte[]> lines(InputStream in) {
        List<byte[]> got = new ArrayList<>();
        try {
            LineSource s = new LineSource(in);
            while (s.next()) {
                got.add(Arrays.copyOfRange(s.bytes(), s.offset(), s.offset() + s.length()));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return got;
    }

    /** Returns at most {@code chunk} bytes per read, as a pipe or a socket may. */
    private static final class Chunked extends FilterInputStream {
        private final int chunk;

        Chunked(InputStream in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
