package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/** Laws of the SurveyResponse mapping over random responses. */
class SurveyResponsePropertyTest {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ID_TAIL = ALNUM + "._:-";
    /** Code points for text: ASCII letters, JSON specials, controls, Cyrillic, a non-BMP emoji, U+2028. */
    private static final List<Integer> TEXT_CODE_POINTS = "aZ09 \"\\/\n\r\t\u0000\u001fжЁё€\u2028".codePoints().boxed()
            .collect(Collectors.toCollection(ArrayList::new));

    static {
        TEXT_CODE_POINTS.add(0x1F600);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new OtklikModule());

    // ------------------------------------------------------------------------------ generators

    /** Identifiers matching {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,20}}. */
    static Gen<String> ids() {
        Gen<Integer> first = integers().between(0, ALNUM.length() - 1);
        Gen<List<Integer>> tail = lists().of(integers().between(0, ID_TAIL.length() - 1)).ofSizeBetween(0, 20);
        return first.zip(tail, (f, t) -> {
            StringBuilder sb = new StringBuilder().append(ALNUM.charAt(f));
            t.forEach(i -> sb.append(ID_TAIL.charAt(i)));
            return sb.toString();
        });
    }

    static Gen<String> texts() {
        return lists().of(Generate.pick(TEXT_CODE_POINTS)).ofSizeBetween(0, 12).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    /** Instants from 1900 to 2200, half of them on whole seconds, the rest with any nanoseconds. */
    static Gen<Instant> instants() {
        Gen<Long> seconds = longs().between(-2_208_988_800L, 7_258_118_400L);
        Gen<Integer> nanos = Generate.oneOf(Generate.constant(0), integers().between(0, 999_999_999),
                integers().between(0, 999).map(ms -> ms * 1_000_000));
        return seconds.zip(nanos, Instant::ofEpochSecond);
    }

    /** A client whose category, when present, agrees with its kind. */
    static Gen<Client> clients() {
        Gen<Optional<ClientCategory>> categories = arbitrary().enumValues(ClientCategory.class).toOptionals(25);
        return categories.zip(arbitrary().enumValues(ClientKind.class),
                (category, kind) -> category.map(c -> Client.of(c.kind(), c)).orElseGet(() -> Client.of(kind)));
    }

    /** Decimal tokens: 4.0-like values, arbitrary scales (some ≤ 0), and integers beyond a long. */
    static Gen<AnswerValue> decimals() {
        Gen<BigDecimal> scaled = longs().between(-1_000_000_000L, 1_000_000_000L)
                .zip(integers().between(-5, 12), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
        Gen<BigDecimal> wholeWithFraction = integers().between(-10, 10).map(i -> new BigDecimal(i + ".0"));
        Gen<BigDecimal> huge = longs().all().map(l -> new BigDecimal(BigInteger.valueOf(l).multiply(BigInteger.TEN.pow(19))
                .add(BigInteger.valueOf(Long.signum(l) >= 0 ? 1 : -1).shiftLeft(63))));
        return Generate.oneOf(scaled, wholeWithFraction, huge).map(AnswerValue.DecimalValue::new);
    }

    static Gen<AnswerValue> scalars() {
        Gen<AnswerValue> integersGen = Generate.oneOf(integers().between(-10, 10).map(i -> (long) i), longs().all())
                .map(AnswerValue.IntegerValue::new);
        Gen<AnswerValue> textGen = Generate.oneOf(texts(), Generate.constant("dk"), Generate.constant("4"))
                .map(AnswerValue.TextValue::new);
        Gen<AnswerValue> boolGen = booleans().all().map(AnswerValue.BooleanValue::new);
        Gen<AnswerValue> nullGen = Generate.constant(AnswerValue.NullValue.INSTANCE);
        return Generate.oneOf(integersGen, decimals(), textGen, boolGen, nullGen);
    }

    /** Nested answer values, at most {@code depth} levels of arrays and objects. */
    static Gen<AnswerValue> answers(int depth) {
        if (depth == 0) {
            return scalars();
        }
        Gen<AnswerValue> inner = answers(depth - 1);
        Gen<AnswerValue> arrays = lists().of(inner).ofSizeBetween(0, 3).map(AnswerValue.ArrayValue::new);
        Gen<AnswerValue> objects = fields(inner, 3).map(AnswerValue.ObjectValue::new);
        return Generate.frequency(
                Pair.of(4, scalars()),
                Pair.of(1, arrays),
                Pair.of(1, objects));
    }

    /** Objects with code keys (possibly repeated by the generator: the later value wins). */
    static Gen<Map<String, AnswerValue>> fields(Gen<AnswerValue> values, int maxSize) {
        Gen<String> keys = Generate.oneOf(ids().map(s -> s.replace('.', '_')), texts());
        return lists().of(keys.zip(values, Map::entry)).ofSizeBetween(0, maxSize).map(entries -> {
            Map<String, AnswerValue> map = new LinkedHashMap<>();
            entries.forEach(e -> map.put(e.getKey(), e.getValue()));
            return map;
        });
    }

    static Gen<SurveyResponse> responses() {
        Gen<String[]> names = ids().zip(ids(), ids(), ids(), (id, form, agency, process) -> new String[] {id, form, agency, process});
        Gen<Object[]> head = names.zip(instants(), arbitrary().enumValues(Channel.class), clients(),
                (n, at, channel, client) -> new Object[] {n, at, channel, client});
        Gen<Object[]> tail = booleans().all().zip(booleans().all(), fields(answers(3), 6),
                fields(answers(1), 3).toOptionals(50), (anonymous, withProcess, answers, respondent) ->
                        new Object[] {anonymous, withProcess, answers, respondent});
        return head.zip(tail, (h, t) -> {
            String[] n = (String[]) h[0];
            @SuppressWarnings("unchecked")
            Map<String, AnswerValue> answers = (Map<String, AnswerValue>) t[2];
            @SuppressWarnings("unchecked")
            Optional<Map<String, AnswerValue>> respondent = (Optional<Map<String, AnswerValue>>) t[3];
            SurveyResponse.Builder b = SurveyResponse.builder(n[0])
                    .form(n[1], n[0].substring(0, 1))
                    .submittedAt((Instant) h[1])
                    .agency(n[2])
                    .channel((Channel) h[2])
                    .client((Client) h[3])
                    .anonymous((Boolean) t[0])
                    .answers(answers);
            if ((Boolean) t[1]) {
                b.process(n[3]);
            }
            respondent.ifPresent(b::respondent);
            return b.build();
        }).describedAs(SurveyResponsePropertyTest::describe);
    }

    private static String describe(SurveyResponse r) {
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            return r + " (not writable: " + e.getOriginalMessage() + ")";
        }
    }

    // ------------------------------------------------------------------------------ properties

    @Test
    void generatedIdsMatchTheIdentifierSyntax() {
        qt().forAll(ids()).checkAssert(id -> {
            assertThat(id).matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,20}");
            assertThat(Identifiers.isIdentifier(id)).isTrue();
        });
    }

    @Test
    void objectToJsonToObjectIsTheIdentity() {
        qt().withExamples(500).forAll(responses()).checkAssert(r -> {
            String json = write(r);
            assertThat(read(json)).isEqualTo(r);
        });
    }

    @Test
    void jsonToObjectToJsonIsTheIdentityOnWrittenJson() {
        qt().withExamples(500).forAll(responses()).checkAssert(r -> {
            String json = write(r);
            assertThat(write(read(json))).isEqualTo(json);
        });
    }

    @Test
    void theReadyMadeMapperWritesTheSameText() {
        ObjectMapper ready = OtklikJson.mapper();
        qt().withExamples(200).forAll(responses()).checkAssert(r -> {
            try {
                assertThat(ready.writeValueAsString(r)).isEqualTo(write(r));
                assertThat(ready.readValue(write(r), SurveyResponse.class)).isEqualTo(r);
            } catch (JsonProcessingException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void eachWrittenResponseIsOneLine() {
        qt().withExamples(200).forAll(responses()).checkAssert(r -> assertThat(write(r)).doesNotContain("\n", "\r"));
    }

    private String write(SurveyResponse r) {
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private SurveyResponse read(String json) {
        try {
            return MAPPER.readValue(json, SurveyResponse.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }
}
