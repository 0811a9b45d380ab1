package io.github.otklik.beam;

import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Comparator;

/**
 * Where an accepted record starts: the file's full path (which orders the files), its name (the
 * {@code source} of a reject) and the physical line. Positions order by path (code units), then
 * line: the order in which "the first accepted record with an id" is decided.
 *
 * @param path the file's full path or URI
 * @param source the file's name
 * @param line the physical line where the record starts, from 1
 */
record Position(String path, String source, long line) {
    /** By path, then line. */
    static final Comparator<Position> ORDER = Comparator.comparing(Position::path).thenComparingLong(Position::line);

    /** A deterministic coder: path, source and line. */
    static final class Coder extends AtomicCoder<Position> {
        private static final long serialVersionUID = 1L;
        static final Coder INSTANCE = new Coder();
        private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
        private static final VarLongCoder LINE = VarLongCoder.of();

        @Override
        public void encode(Position p, OutputStream out) throws IOException {
            TEXT.encode(p.path(), out);
            TEXT.encode(p.source(), out);
            LINE.encode(p.line(), out);
        }

        @Override
        public Position decode(InputStream in) throws IOException {
            return new Position(TEXT.decode(in), TEXT.decode(in), LINE.decode(in));
        }

        @Override
        public void verifyDeterministic() {
            // deterministic: field by field
        }

        @Override
        public boolean consistentWithEquals() {
            return true;
        }
    }
}
