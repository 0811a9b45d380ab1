package io.github.otklik.core.io;

import io.github.otklik.core.response.SurveyResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The byte-level scanner against the Jackson path, through the reader's public API: every line is
 * read by a reader with the scanner (the default) and by one without it (system property
 * {@code otklik.jsonl.scanner=false}), and the two must give the same accepted responses, line
 * numbers and rejects (id, field, reason text), whatever the line. Lines are generated valid
 * ({@link GeneratedLines}), corrupted by one to four {@link Mutation}s, and fuzzed byte by byte
 * (inserted, deleted, replaced and repeated bytes, among them JSON punctuation, escapes and
 * malformed UTF-8). Fixed seeds; {@value #DEFAULT_EXAMPLES} lines per test in the build, more with
 * {@code -Dotklik.differential.examples=N} ({@code scripts/differential.sh}). Each test also
 * checks that the scanner decided its share of the lines itself (nearly every valid line, a fraction of
 * the others), so that the comparison cannot pass by leaving everything to Jackson.
 */
class ResponseLineScannerDifferentialTest {
    private static final int DEFAULT_EXAMPLES = 40_000;
    private static final int EXAMPLES = Integer.getInteger("otklik.differential.examples", DEFAULT_EXAMPLES);
    private static final ResponseJsonlReader SCANNING = reader(true);
    private static final ResponseJsonlReader JACKSON = reader(false);
    private static final ResponseLineScanner SCANNER = new ResponseLineScanner();
    private static final AtomicLong LINES = new AtomicLong();
    private static final AtomicLong DECIDED = new AtomicLong();

    /** Bytes a fuzzing step may insert: JSON punctuation, escapes, digits, literals' letters, malformed and valid UTF-8. */
    private static final List<byte[]> FUZZ = List.of(b("{"), b("}"), b("["), b("]"), b(","), b(":"), b("\""), b("\\"), b(" "),
            b("\t"), b("\r"), b("0"), b("1"), b("-"), b("+"), b("."), b("e"), b("E"), b("t"), b("n"), b("u"), b("\\u"),
            b("\\u00e9"), b("\\uD83D\\uDE00"), b("\\uD800"), b("\\uDC00x"), b("\\x"), b("01"), b("1."), b("1e"), b("-0"),
            b("1e400"), b("true"), b("null"), b("{}"), b("[]"), b("\"a\":1,"), b("\"id\":\"x\","),
            new byte[] {0}, new byte[] {0x1f}, new byte[] {0x7f},
            new byte[] {(byte) 0xC3, (byte) 0xA9}, new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xAC},
            new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xC1, (byte) 0xBF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
            new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

    @Test
    void generatedLinesGetTheSameResultWithAndWithoutTheScanner() {
        long decided = run(GeneratedLines.lines().map(line -> Mutation.apply(line, List.of())), 20_251_203L);
        // all of the first 200,000 with this seed; 999,895 of 1,000,000
        assertThat(decided).as("valid lines the scanner decided itself").isGreaterThanOrEqualTo(EXAMPLES - EXAMPLES / 1_000);
    }

    @Test
    void corruptedLinesGetTheSameResultWithAndWithoutTheScanner() {
        long decided = run(GeneratedLines.lines().zip(lists().of(Mutation.mutations()).ofSizeBetween(1, 4), Mutation::apply), 20_251_204L);
        assertThat(decided).as("corrupted lines the scanner decided itself (a corruption may leave a line valid)").isGreaterThan(EXAMPLES / 50);
    }

    @Test
    void fuzzedLinesGetTheSameResultWithAndWithoutTheScanner() {
        Gen<List<Integer>> steps = lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 4);
        long decided = run(GeneratedLines.lines().zip(steps, (line, s) -> fuzz(Mutation.apply(line, List.of()), s)), 20_251_205L);
        assertThat(decided).as("fuzzed lines the scanner decided itself (a step may keep a line valid)").isGreaterThan(EXAMPLES / 100);
    }

    @AfterAll
    static void report() {
        System.out.printf("scanner differential: %,d lines compared, %,d decided by the scanner, the rest by the Jackson path%n",
                LINES.get(), DECIDED.get());
    }

    /** Compares both readers on {@link #EXAMPLES} lines of {@code lines}; returns how many the scanner decided. */
    private static long run(Gen<byte[]> lines, long seed) {
        long[] decided = new long[1];
        qt().withFixedSeed(seed).withExamples(EXAMPLES).withShrinkCycles(200).forAll(lines.describedAs(ResponseLineScannerDifferentialTest::describe))
                .checkAssert(line -> {
                    if (sameResult(line)) {
                        decided[0]++;
                    }
                    if (LINES.incrementAndGet() % 500_000 == 0) {
                        System.out.printf("scanner differential: %,d lines so far%n", LINES.get());
                    }
                });
        DECIDED.addAndGet(decided[0]);
        System.out.printf("scanner differential (seed %d): %,d lines, %,d decided by the scanner%n", seed, EXAMPLES, decided[0]);
        return decided[0];
    }

    /** Asserts that both readers give {@code line} the same result; returns whether the scanner decided it. */
    private static boolean sameResult(byte[] line) {
        Collected<SurveyResponse> scanned = read(SCANNING, line);
        Collected<SurveyResponse> jackson = read(JACKSON, line);
        assertThat(scanned.rejects).as(describe(line)).isEqualTo(jackson.rejects);
        assertThat(scanned.accepted).as(describe(line)).isEqualTo(jackson.accepted);
        assertThat(scanned.lines).as(describe(line)).isEqualTo(jackson.lines);
        int to = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        boolean decided = SCANNER.scan(line, 0, to) != null;
        if (decided) {
            assertThat(SCANNER.cursor().wellFormed(line, 0, to)).as("well-formed: " + describe(line)).isTrue();
        }
        return decided;
    }

    private static Collected<SurveyResponse> read(ResponseJsonlReader reader, byte[] line) {
        Collected<SurveyResponse> c = new Collected<>();
        reader.read(new ByteArrayInputStream(line), "d.jsonl", c);
        return c;
    }

    /** Applies fuzzing steps to {@code line}: each step's bits pick the operation, the place and the bytes. */
    static byte[] fuzz(byte[] line, List<Integer> steps) {
        byte[] b = line;
        for (int step : steps) {
            int op = step & 3;
            int where = (step >>> 2) % (b.length + 1);
            byte[] what = FUZZ.get((step >>> 12) % FUZZ.size());
            b = switch (op) {
                case 0 -> splice(b, where, 0, what);
                case 1 -> splice(b, where, Math.min(1 + (step >>> 24) % 4, b.length - where), new byte[0]);
                case 2 -> splice(b, where, Math.min(what.length, b.length - where), what);
                default -> { // repeat a slice in place
                    int n = Math.min(1 + (step >>> 24) % 24, b.length - where);
                    byte[] slice = java.util.Arrays.copyOfRange(b, where, where + n);
                    yield splice(b, where, 0, slice);
                }
            };
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                b[i] = ' '; // one line stays one line
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A reader built while {@code otklik.jsonl.scanner} says whether to scan (read when the reader is built). */
    static ResponseJsonlReader reader(boolean scanner) {
        synchronized (System.class) {
            String before = System.getProperty(ResponseLineParser.SCANNER_PROPERTY);
            System.setProperty(ResponseLineParser.SCANNER_PROPERTY, Boolean.toString(scanner));
            try {
                return ResponseJsonlReader.builder().build();
            } finally {
                if (before == null) {
                    System.clearProperty(ResponseLineParser.SCANNER_PROPERTY);
                } else {
                    System.setProperty(ResponseLineParser.SCANNER_PROPERTY, before);
                }
            }
        }
    }

    private static String describe(byte[] line) {
        StringBuilder sb = new StringBuilder();
        for (byte x : line) {
            sb.append(x >= 0x20 && x < 0x7f ? String.valueOf((char) x) : String.format("\\x%02x", x & 0xff));
        }
        return sb.length() > 3_000 ? sb.substring(0, 3_000) + "…" : sb.toString();
    }
}
