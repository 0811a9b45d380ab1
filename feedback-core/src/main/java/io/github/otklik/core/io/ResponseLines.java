package io.github.otklik.core.io;

import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.util.Arrays;

/**
 * The non-empty lines of one responses JSONL input as units of a {@link RecordPipeline}: each line
 * parsed by {@link ResponseLineParser}, built into a {@link SurveyResponse} when its structure is
 * valid, and checked. On one thread a line is parsed where the {@link LineSource} holds it; for
 * workers, lines are copied into a {@link Batch}'s byte array. Not thread-safe.
 */
final class ResponseLines implements RecordUnits<SurveyResponse, ResponseLines.Batch> {
    private final LineSource lines;
    private final ResponseLineParser parser;
    private final RecordChecks<SurveyResponse> checks;
    private final ScanCursor cursor; // of the calling thread's lines

    ResponseLines(LineSource lines, ResponseLineParser parser, RecordChecks<SurveyResponse> checks) {
        this.lines = lines;
        this.parser = parser;
        this.checks = checks;
        this.cursor = parser.cursor();
    }

    @Override
    public boolean next() throws IOException {
        while (lines.next()) {
            if (!lines.isBlank()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void parseCurrent(ParseResults<SurveyResponse> out) {
        if (lines.overlong()) {
            out.put(0, lines.number(), null, null, LineCheck.overlong());
            return;
        }
        parse(parser, cursor, checks, lines.bytes(), lines.offset(), lines.length(), 0, lines.number(), out);
    }

    @Override
    public Batch newBatch() {
        return new Batch(parser, checks);
    }

    @Override
    public void addCurrent(Batch batch) {
        batch.add(lines.bytes(), lines.offset(), lines.overlong() ? -1 : lines.length(), lines.number());
    }

    @Override
    public boolean truncated() {
        return lines.givenUp();
    }

    /** Parses one line (scanning with {@code cursor}): the response, or the first problem of its structure or of the checks. */
    static void parse(ResponseLineParser parser, ScanCursor cursor, RecordChecks<SurveyResponse> checks, byte[] bytes, int offset,
                      int length, int index, long line, ParseResults<SurveyResponse> out) {
        // a line the scanner decides passes the byte checks and holds no lone surrogate (see
        // ResponseLineParser.scan); every other line gets them, then the Jackson parse
        ResponseFields parsed = parser.scan(cursor, bytes, offset, length);
        boolean scanned = parsed != null;
        if (!scanned) {
            Violation bad = LineCheck.problem(bytes, offset, length);
            if (bad != null) {
                out.put(index, line, null, null, bad);
                return;
            }
            parsed = parser.parseJackson(bytes, offset, length);
        }
        SurveyResponse response = parsed.problem == null ? parsed.build() : null;
        Violation problem = response == null ? parsed.problem : scanned ? null : LoneSurrogates.problem(response);
        if (problem == null && response != null) {
            problem = checks.firstProblem(response);
        }
        out.put(index, line, parsed.id, response, problem);
    }

    /** Up to {@value RecordBatch#UNITS} lines, or about {@value #BYTES} bytes of them, and their results. */
    static final class Batch extends RecordBatch<SurveyResponse> {
        /** The bytes a batch holds before it is handed over (it grows for one longer line). */
        static final int BYTES = 1 << 18;

        private final ResponseLineParser parser;
        private final RecordChecks<SurveyResponse> checks;
        private final ScanCursor cursor; // a batch is parsed by one thread at a time
        private byte[] data = new byte[BYTES];
        private int used;
        private final int[] starts = new int[UNITS];
        private final int[] lengths = new int[UNITS];

        Batch(ResponseLineParser parser, RecordChecks<SurveyResponse> checks) {
            this.parser = parser;
            this.checks = checks;
            this.cursor = parser.cursor();
        }

        @Override
        boolean full() {
            return count == UNITS || used >= BYTES;
        }

        /** Adds a line from {@code offset}; {@code length} −1 stands for a line over the limit, rejected without its bytes. */
        void add(byte[] line, int offset, int length, long number) {
            if (length < 0) {
                starts[count] = used;
                lengths[count] = -1;
                lines[count] = number;
                count++;
                return;
            }
            if (used + length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, used + length));
            }
            System.arraycopy(line, offset, data, used, length);
            starts[count] = used;
            lengths[count] = length;
            lines[count] = number;
            used += length;
            count++;
        }

        @Override
        void parse() {
            for (int i = 0; i < count; i++) {
                if (lengths[i] < 0) {
                    put(i, lines[i], null, null, LineCheck.overlong());
                    continue;
                }
                ResponseLines.parse(parser, cursor, checks, data, starts[i], lengths[i], i, lines[i], this);
            }
        }

        @Override
        void clearUnits() {
            used = 0;
        }
    }
}
