package io.github.otklik.core.io;

import io.github.otklik.core.io.GeneratedLines.Line;
import io.github.otklik.core.io.GeneratedLines.Member;
import org.quicktheories.core.Gen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * One corruption of a generated line: a change of its members (a repeated, inserted or deleted key,
 * a value of another type, an odd number, deep nesting, an unknown enum, a timestamp without
 * offset, a malformed identifier) or of its bytes (a flipped byte, a truncation, invalid UTF-8).
 * {@code where} and {@code what} pick the place and the replacement, modulo what there is.
 *
 * @param kind what is done
 * @param where which member or byte
 * @param what which replacement
 */
record Mutation(Kind kind, int where, int what) {
    enum Kind {
        REPEAT_KEY, REPEAT_NESTED_KEY, INSERT_UNKNOWN, DELETE_KEY, SWAP_TYPE, ODD_NUMBER, DEEP_NESTING, UNKNOWN_ENUM,
        NO_OFFSET, MALFORMED_ID, FLIP_BYTE, TRUNCATE, BAD_UTF8, WRAP;

        boolean onBytes() {
            return this == FLIP_BYTE || this == TRUNCATE || this == BAD_UTF8 || this == WRAP;
        }
    }

    private static final List<String> OTHER_TYPES = List.of("1", "\"s\"", "null", "true", "[]", "{}", "4.0", "[1,{\"a\":2}]",
            "{\"kind\":\"EXTERNAL\"}", "-0", "\"\"");
    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98});
    private static final List<String> BAD_IDS = List.of("\"r 1\"", "\"\"", "\".x\"", "\"a/b\"", "\"" + "x".repeat(129) + "\"");

    static Gen<Mutation> mutations() {
        return arbitrary().enumValues(Kind.class).zip(integers().between(0, 1 << 20), integers().between(0, 1 << 20), Mutation::new);
    }

    /** Applies {@code mutations} to {@code line}: the member changes first, then the byte changes, in order. */
    static byte[] apply(Line line, List<Mutation> mutations) {
        List<Member> members = new ArrayList<>(line.members());
        for (Mutation m : mutations) {
            if (!m.kind.onBytes()) {
                m.applyTo(members);
            }
        }
        byte[] bytes = new Line(members, line.expected()).json().getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            if (m.kind.onBytes()) {
                bytes = m.applyTo(bytes);
            }
        }
        return bytes;
    }

    private void applyTo(List<Member> members) {
        if (members.isEmpty()) {
            return;
        }
        int at = where % members.size();
        Member member = members.get(at);
        switch (kind) {
            case REPEAT_KEY -> members.add(what % (members.size() + 1), member);
            case REPEAT_NESTED_KEY -> {
                int i = index(members, what % 2 == 0 ? "client" : "answers");
                String raw = i < 0 ? "" : members.get(i).raw();
                if (raw.startsWith("{\"") && raw.indexOf("\":", 1) > 0) {
                    String firstKey = raw.substring(1, raw.indexOf("\":", 1) + 1);
                    members.set(i, new Member(members.get(i).key(), "{" + firstKey + ":1," + raw.substring(1)));
                }
            }
            case INSERT_UNKNOWN -> members.add(what % (members.size() + 1), new Member("x-" + what, OTHER_TYPES.get(what % OTHER_TYPES.size())));
            case DELETE_KEY -> members.remove(at);
            case SWAP_TYPE -> members.set(at, new Member(member.key(), OTHER_TYPES.get(what % OTHER_TYPES.size())));
            case ODD_NUMBER -> {
                List<String> odd = new ArrayList<>(GeneratedLines.EDGE_INTEGERS);
                odd.addAll(GeneratedLines.EDGE_DECIMALS);
                odd.addAll(GeneratedLines.OVERFLOWING);
                String token = odd.get(what % odd.size());
                int answers = index(members, "answers");
                if (what % 3 == 0 || answers < 0) {
                    members.set(at, new Member(member.key(), token)); // a number where another type belongs
                } else {
                    members.set(answers, new Member("answers", "{\"n\":" + token + "}"));
                }
            }
            case DEEP_NESTING -> { // the object is level 1, answers level 2: 98 arrays reach 100
                int depth = 95 + what % 8;
                String deep = "[".repeat(depth) + "]".repeat(depth);
                int answers = index(members, "answers");
                Member nested = new Member("answers", "{\"deep\":" + deep + "}");
                if (answers < 0) {
                    members.add(nested);
                } else {
                    members.set(answers, nested);
                }
            }
            case UNKNOWN_ENUM -> {
                List<String[]> swaps = List.of(new String[] {"channel", "\"FAX\""}, new String[] {"channel", "\"epgu\""},
                        new String[] {"client", "{\"kind\":\"BOTH\"}"}, new String[] {"client", "{\"kind\":\"INTERNAL\",\"category\":\"CITIZEN\"}"},
                        new String[] {"client", "{\"kind\":\"EXTERNAL\",\"category\":\"EMPLOYEE\"}"},
                        new String[] {"client", "{\"kind\":\"EXTERNAL\",\"category\":\"NOBODY\"}"});
                String[] swap = swaps.get(what % swaps.size());
                replace(members, swap[0], swap[1]);
            }
            case NO_OFFSET -> replace(members, "submittedAt", what % 2 == 0 ? "\"2025-03-31T21:30:00\"" : "\"2025-02-30T10:00:00Z\"");
            case MALFORMED_ID -> replace(members, List.of("id", "form", "agency", "process", "formVersion").get(what % 5),
                    BAD_IDS.get(where % BAD_IDS.size()));
            default -> throw new IllegalStateException(kind + " changes bytes");
        }
    }

    private byte[] applyTo(byte[] bytes) {
        return switch (kind) {
            case FLIP_BYTE -> {
                if (bytes.length == 0) {
                    yield bytes;
                }
                byte[] b = bytes.clone();
                byte with = (byte) what;
                b[where % b.length] = with == '\n' ? (byte) ' ' : with; // a line break would make two lines
                yield b;
            }
            case TRUNCATE -> Arrays.copyOf(bytes, where % (bytes.length + 1));
            case BAD_UTF8 -> {
                byte[] bad = BAD_UTF8.get(what % BAD_UTF8.size());
                int at = where % (bytes.length + 1);
                byte[] b = new byte[bytes.length + bad.length];
                System.arraycopy(bytes, 0, b, 0, at);
                System.arraycopy(bad, 0, b, at, bad.length);
                System.arraycopy(bytes, at, b, at + bad.length, bytes.length - at);
                yield b;
            }
            case WRAP -> { // the line inside an array, after a value, or spaces around it
                String line = new String(bytes, StandardCharsets.ISO_8859_1);
                List<String> wrapped = List.of("[" + line + "]", "1 " + line, "\"x\"", "null", " \t" + line + " ", line + " " + line,
                        line + "\r", "\t");
                yield wrapped.get(what % wrapped.size()).getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> throw new IllegalStateException(kind + " changes members");
        };
    }

    private static int index(List<Member> members, String key) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static void replace(List<Member> members, String key, String raw) {
        int i = index(members, key);
        if (i >= 0) {
            members.set(i, new Member(key, raw));
        } else {
            members.add(new Member(key, raw));
        }
    }
}
