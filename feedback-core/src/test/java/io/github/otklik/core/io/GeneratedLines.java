package io.github.otklik.core.io;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * QuickTheories generators of valid response lines ({@code spec/formats.md} §2) written as raw
 * JSON text, each with the response it means worked out without Jackson: number tokens such as
 * {@code -0}, {@code 4.0}, {@code 2^63} or {@code 1e999999} are mapped to {@link AnswerValue}s by
 * {@link BigInteger}/{@link BigDecimal} arithmetic on the token.
 */
final class GeneratedLines {
    private GeneratedLines() {
    }

    /** A JSON value as written and the answer value it means. */
    record Value(String raw, AnswerValue expected) {
    }

    /** One top-level member of a line: its key and its value as written. */
    record Member(String key, String raw) {
        String json() {
            return string(key) + ":" + raw;
        }
    }

    /** A generated valid line: its members in order and the response it means. */
    record Line(List<Member> members, SurveyResponse expected) {
        String json() {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < members.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(members.get(i).json());
            }
            return sb.append('}').toString();
        }

        @Override
        public String toString() {
            return json();
        }
    }

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ID_TAIL = ALNUM + "._:-";
    private static final int[] TEXT_CODE_POINTS = "aZ09 \"\\/\n\r\t\u0000\u001fжЁё€\u2028\u00e9".codePoints().toArray();
    /** Integer tokens at the edges: −0, a long's limits and one past them. */
    static final List<String> EDGE_INTEGERS = List.of("0", "-0", "4", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "123456789012345678901234567890");
    /** Decimal tokens: 4.0 beside 4, scales, exponents out of double range either way. */
    static final List<String> EDGE_DECIMALS = List.of("4.0", "0.10", "-0.0", "1e999999", "1E+3", "5E0", "1e-7",
            "1e-999999", "-2.5E-3", "3.141592653589793238462643383279");
    /** Number tokens without an exact {@link BigDecimal} (the exponent overflows an int): malformed. */
    static final List<String> OVERFLOWING = List.of("1e9999999999", "-4.5E-99999999999");

    // ------------------------------------------------------------------------------ values

    static Gen<String> ids() {
        Gen<Integer> first = integers().between(0, ALNUM.length() - 1);
        Gen<List<Integer>> tail = lists().of(integers().between(0, ID_TAIL.length() - 1)).ofSizeBetween(0, 12);
        return first.zip(tail, (f, t) -> {
            StringBuilder sb = new StringBuilder().append(ALNUM.charAt(f));
            t.forEach(i -> sb.append(ID_TAIL.charAt(i)));
            return sb.toString();
        });
    }

    static Gen<String> texts() {
        return lists().of(integers().between(0, TEXT_CODE_POINTS.length)).ofSizeBetween(0, 10).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(i -> sb.appendCodePoint(i == TEXT_CODE_POINTS.length ? 0x1F600 : TEXT_CODE_POINTS[i]));
            return sb.toString();
        });
    }

    /** The meaning of a number token, from the token's digits alone. */
    static AnswerValue number(String token) {
        boolean integral = token.indexOf('.') < 0 && token.indexOf('e') < 0 && token.indexOf('E') < 0;
        if (!integral) {
            return new AnswerValue.DecimalValue(new BigDecimal(token));
        }
        BigInteger n = new BigInteger(token);
        return n.bitLength() < 64 ? new AnswerValue.IntegerValue(n.longValue()) : new AnswerValue.DecimalValue(new BigDecimal(n));
    }

    static Gen<Value> scalars() {
        Gen<String> integerTokens = Generate.oneOf(Generate.pick(EDGE_INTEGERS), longs().all().map(l -> Long.toString(l)),
                integers().between(-10, 10).map(i -> Integer.toString(i)));
        Gen<String> decimalTokens = Generate.oneOf(Generate.pick(EDGE_DECIMALS),
                longs().between(-1_000_000L, 1_000_000L).zip(integers().between(-4, 9),
                        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale).toString()));
        Gen<Value> numbers = Generate.oneOf(integerTokens, decimalTokens).map(t -> new Value(t, number(t)));
        Gen<Value> strings = Generate.oneOf(texts(), Generate.constant("dk"), Generate.constant("4"))
                .map(s -> new Value(string(s), AnswerValue.of(s)));
        Gen<Value> bools = booleans().all().map(b -> new Value(String.valueOf(b), AnswerValue.of(b)));
        return Generate.oneOf(numbers, strings, bools, Generate.constant(new Value("null", AnswerValue.NullValue.INSTANCE)));
    }

    static Gen<Value> values(int depth) {
        if (depth == 0) {
            return scalars();
        }
        Gen<Value> inner = values(depth - 1);
        Gen<Value> arrays = lists().of(inner).ofSizeBetween(0, 3).map(items -> new Value(
                "[" + String.join(",", items.stream().map(Value::raw).toList()) + "]",
                new AnswerValue.ArrayValue(items.stream().map(Value::expected).toList())));
        Gen<Value> objects = objects(inner, 3).map(m -> new Value(raw(m), new AnswerValue.ObjectValue(expected(m))));
        return Generate.oneOf(scalars(), scalars(), scalars(), arrays, objects);
    }

    /** Objects with distinct keys (a repeated generated key is dropped). */
    static Gen<Map<String, Value>> objects(Gen<Value> values, int maxSize) {
        Gen<String> keys = Generate.oneOf(ids(), texts());
        return lists().of(keys.zip(values, Map::entry)).ofSizeBetween(0, maxSize).map(entries -> {
            Map<String, Value> map = new LinkedHashMap<>();
            entries.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
            return map;
        });
    }

    static String raw(Map<String, Value> members) {
        StringBuilder sb = new StringBuilder("{");
        members.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(string(k)).append(':').append(v.raw()));
        return sb.append('}').toString();
    }

    static Map<String, AnswerValue> expected(Map<String, Value> members) {
        Map<String, AnswerValue> map = new LinkedHashMap<>();
        members.forEach((k, v) -> map.put(k, v.expected()));
        return map;
    }

    /** A JSON string literal of {@code s}, escaping what JSON requires (and sometimes more). */
    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '/' -> sb.append("\\/");
                case 0x2028 -> sb.append("\\u2028");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }

    // ------------------------------------------------------------------------------ lines

    private static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(3), ZoneOffset.ofHoursMinutes(-5, -30),
            ZoneOffset.ofHours(14));

    /** Valid lines: required fields, optional ones at random, unknown members, keys in spec order or shuffled. */
    static Gen<Line> lines() {
        Gen<String[]> names = ids().zip(ids(), ids(), ids(), (id, form, agency, process) -> new String[] {id, form, agency, process});
        Gen<Instant> instants = longs().between(946_684_800L, 2_524_608_000L).zip(integers().between(0, 999),
                (s, ms) -> Instant.ofEpochSecond(s, ms % 3 == 0 ? ms * 1_000_000L : 0));
        Gen<Object[]> head = names.zip(instants, integers().between(0, OFFSETS.size() - 1), arbitrary().enumValues(Channel.class),
                (n, at, offset, channel) -> new Object[] {n, at, OFFSETS.get(offset), channel});
        Gen<Object[]> client = arbitrary().enumValues(ClientKind.class).zip(integers().between(0, ClientCategory.values().length),
                booleans().all(), (kind, category, anonymous) -> new Object[] {kind, category, anonymous});
        Gen<Object[]> tail = objects(values(3), 6).zip(objects(values(1), 3).toOptionals(40), objects(values(2), 2),
                integers().between(0, 63), (answers, respondent, unknown, options) -> new Object[] {answers, respondent, unknown, options});
        return head.zip(client, tail, integers().allPositive(), GeneratedLines::line).describedAs(Line::json);
    }

    @SuppressWarnings("unchecked")
    private static Line line(Object[] head, Object[] client, Object[] tail, int shuffle) {
        String[] n = (String[]) head[0];
        Instant at = (Instant) head[1];
        ZoneOffset offset = (ZoneOffset) head[2];
        Channel channel = (Channel) head[3];
        ClientKind kind = (ClientKind) client[0];
        int categoryIndex = (Integer) client[1];
        Map<String, Value> answers = (Map<String, Value>) tail[0];
        java.util.Optional<Map<String, Value>> respondent = (java.util.Optional<Map<String, Value>>) tail[1];
        Map<String, Value> unknown = (Map<String, Value>) tail[2];
        int options = (Integer) tail[3];

        ClientCategory category = categoryIndex == ClientCategory.values().length ? null : ClientCategory.values()[categoryIndex];
        if (category != null && category.kind() != kind) {
            category = null;
        }
        String submitted = OffsetDateTime.ofInstant(at, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        SurveyResponse.Builder b = SurveyResponse.builder(n[0]).form(n[1], "v" + (options % 3)).submittedAt(at).agency(n[2])
                .channel(channel).client(category == null ? Client.of(kind) : Client.of(kind, category));
        List<Member> members = new ArrayList<>();
        members.add(new Member("id", string(n[0])));
        members.add(new Member("form", string(n[1])));
        members.add(new Member("formVersion", string("v" + (options % 3))));
        members.add(new Member("submittedAt", string(submitted)));
        members.add(new Member("agency", string(n[2])));
        if ((options & 1) != 0) {
            members.add(new Member("process", string(n[3])));
            b.process(n[3]);
        }
        members.add(new Member("channel", string(channel.name())));
        members.add(new Member("client", "{\"kind\":" + string(kind.name())
                + (category == null ? "" : ",\"category\":" + string(category.name())) + "}"));
        if ((options & 2) != 0) {
            boolean anonymous = (Boolean) client[2];
            members.add(new Member("anonymous", String.valueOf(anonymous)));
            b.anonymous(anonymous);
        }
        if ((options & 4) != 0 || !answers.isEmpty()) {
            members.add(new Member("answers", raw(answers)));
            b.answers(expected(answers));
        }
        if (respondent.isPresent()) {
            members.add(new Member("respondent", raw(respondent.get())));
            b.respondent(expected(respondent.get()));
        }
        Set<String> known = new LinkedHashSet<>(List.of("id", "form", "formVersion", "submittedAt", "agency", "process", "channel",
                "client", "anonymous", "answers", "respondent"));
        unknown.forEach((k, v) -> {
            if (!known.contains(k)) {
                members.add(new Member(k, v.raw()));
            }
        });
        if ((options & 8) != 0) { // keys in another order
            java.util.Collections.shuffle(members, new java.util.Random(shuffle));
        }
        return new Line(List.copyOf(members), b.build());
    }
}
