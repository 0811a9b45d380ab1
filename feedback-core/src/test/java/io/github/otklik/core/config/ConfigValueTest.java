package io.github.otklik.core.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

/** Typed access: what each accessor accepts, and the problem (path and reason) it reports otherwise. */
class ConfigValueTest {
    /** The value of member {@code v} of {@code {"v": JSON}}, read by {@code reader}. */
    private static Object read(String json, Function<ConfigValue, ?> reader) {
        return JsonConfig.parse("{\"v\": " + json + "}", "f", "o", root -> reader.apply(root.asMap().required("v")));
    }

    private static String problem(String json, Function<ConfigValue, ?> reader) {
        try {
            read(json, reader);
        } catch (ConfigException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0).toString();
        }
        throw new AssertionError(json + " was accepted");
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("\"a b\"", (Function<ConfigValue, ?>) ConfigValue::asString, "a b"),
                Arguments.of("\" \"", (Function<ConfigValue, ?>) ConfigValue::asString, " "),
                Arguments.of("\"svc.1\"", (Function<ConfigValue, ?>) v -> v.asIdentifier("id"), "svc.1"),
                Arguments.of("\"aspect:speed\"", (Function<ConfigValue, ?>) v -> v.asCode("code"), "aspect:speed"),
                Arguments.of("true", (Function<ConfigValue, ?>) ConfigValue::asBoolean, true),
                Arguments.of("0.95", (Function<ConfigValue, ?>) ConfigValue::asDouble, 0.95),
                Arguments.of("10000", (Function<ConfigValue, ?>) ConfigValue::asDouble, 10000.0),
                Arguments.of("-9223372036854775808", (Function<ConfigValue, ?>) ConfigValue::asLong, Long.MIN_VALUE),
                Arguments.of("0", (Function<ConfigValue, ?>) ConfigValue::asNonNegativeLong, 0L),
                Arguments.of("-0", (Function<ConfigValue, ?>) ConfigValue::asNonNegativeLong, 0L),
                Arguments.of("2147483647", (Function<ConfigValue, ?>) ConfigValue::asInt, Integer.MAX_VALUE),
                Arguments.of("\"SERVICE\"", (Function<ConfigValue, ?>) v -> v.asEnum(ProcessType.class), ProcessType.SERVICE),
                Arguments.of("\"b\"", (Function<ConfigValue, ?>) v -> v.asOneOf("letter", s -> Optional.ofNullable(Map.of("b", 2).get(s)), "b"), 2),
                Arguments.of("[\"x\", \"\"]", (Function<ConfigValue, ?>) ConfigValue::asStrings, List.of("x", "")),
                Arguments.of("{\"ru\": \"Да\"}", (Function<ConfigValue, ?>) ConfigValue::asLocalizedText, LocalizedText.of("Да")),
                Arguments.of("{\"en\": \"Yes\", \"ru\": \"Да\"}", (Function<ConfigValue, ?>) ConfigValue::asLocalizedText, LocalizedText.of("Да", "Yes")));
    }

    @ParameterizedTest
    @MethodSource
    void accepted(String json, Function<ConfigValue, ?> reader, Object expected) {
        assertThat(read(json, reader)).isEqualTo(expected);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("1", (Function<ConfigValue, ?>) ConfigValue::asString, "v: must be a string, found a number"),
                Arguments.of("null", (Function<ConfigValue, ?>) ConfigValue::asString, "v: must be a string, found null"),
                Arguments.of("\"svc 1\"", (Function<ConfigValue, ?>) v -> v.asIdentifier("process id"), "v: not a valid process id: \"svc 1\""),
                Arguments.of("\"a.b\"", (Function<ConfigValue, ?>) v -> v.asCode("problem code"), "v: not a valid problem code: \"a.b\""),
                Arguments.of("\"true\"", (Function<ConfigValue, ?>) ConfigValue::asBoolean, "v: must be a boolean, found a string"),
                Arguments.of("\"0.5\"", (Function<ConfigValue, ?>) ConfigValue::asDouble, "v: must be a number, found a string"),
                Arguments.of("1e400", (Function<ConfigValue, ?>) ConfigValue::asDouble, "v: must be a finite number, found 1e400"),
                Arguments.of("2.5", (Function<ConfigValue, ?>) ConfigValue::asLong, "v: must be an integer, found 2.5"),
                Arguments.of("1e3", (Function<ConfigValue, ?>) ConfigValue::asLong, "v: must be an integer, found 1e3"),
                Arguments.of("12000.0", (Function<ConfigValue, ?>) ConfigValue::asLong, "v: must be an integer, found 12000.0"),
                Arguments.of("9223372036854775808", (Function<ConfigValue, ?>) ConfigValue::asLong,
                        "v: must be an integer of at most 64 bits, found \"9223372036854775808\""),
                Arguments.of("[]", (Function<ConfigValue, ?>) ConfigValue::asLong, "v: must be an integer, found an array"),
                Arguments.of("-5", (Function<ConfigValue, ?>) ConfigValue::asNonNegativeLong, "v: must be a non-negative integer, found -5"),
                Arguments.of("2.5", (Function<ConfigValue, ?>) ConfigValue::asNonNegativeLong, "v: must be a non-negative integer, found 2.5"),
                Arguments.of("2147483648", (Function<ConfigValue, ?>) ConfigValue::asInt,
                        "v: must be an integer between -2147483648 and 2147483647, found 2147483648"),
                Arguments.of("\"SERVISE\"", (Function<ConfigValue, ?>) v -> v.asEnum(ProcessType.class), "v: unknown value \"SERVISE\" "
                        + "(expected one of SERVICE, FUNCTION, SUPPORT_MEASURE, CONTROL, PREVENTION, APPEALS, INFORMATION_ACCESS, INTERNAL)"),
                Arguments.of("\"service\"", (Function<ConfigValue, ?>) v -> v.asEnum(ProcessType.class), "v: unknown value \"service\" "
                        + "(expected one of SERVICE, FUNCTION, SUPPORT_MEASURE, CONTROL, PREVENTION, APPEALS, INFORMATION_ACCESS, INTERNAL)"),
                Arguments.of("\"BIG\"", (Function<ConfigValue, ?>) v -> v.asOneOf("level", s -> Optional.empty(), "HIGH, MEDIUM or LOW"),
                        "v: unknown level \"BIG\" (expected HIGH, MEDIUM or LOW)"),
                Arguments.of("\"x\"", (Function<ConfigValue, ?>) ConfigValue::asStrings, "v: must be an array of strings, found a string"),
                Arguments.of("[\"x\", 1]", (Function<ConfigValue, ?>) ConfigValue::asStrings, "v[1]: must be a string, found a number"),
                Arguments.of("{\"en\": \"Yes\"}", (Function<ConfigValue, ?>) ConfigValue::asLocalizedText, "v.ru: required field is missing"),
                Arguments.of("\"Да\"", (Function<ConfigValue, ?>) ConfigValue::asLocalizedText, "v: must be an object, found a string"),
                Arguments.of("{\"ru\": \"Да\", \"en\": null}", (Function<ConfigValue, ?>) ConfigValue::asLocalizedText, "v.en: must be a string, found null"),
                Arguments.of("{\"ru\": \"Да\", \"de\": \"Ja\"}", (Function<ConfigValue, ?>) ConfigValue::asLocalizedText, "v.de: unknown field (expected ru, en)"),
                Arguments.of("[]", (Function<ConfigValue, ?>) v -> v.asObject("a"), "v: must be an object, found an array"),
                Arguments.of("{}", (Function<ConfigValue, ?>) ConfigValue::asArray, "v: must be an array, found an object"),
                Arguments.of("{}", (Function<ConfigValue, ?>) v -> v.asObject("a").required("a"), "v.a: required field is missing"),
                Arguments.of("\"" + "x".repeat(130) + "\"", (Function<ConfigValue, ?>) v -> v.asCode("code"),
                        "v: not a valid code: \"" + "x".repeat(40) + "…\""),
                Arguments.of("\"a\\nb\"", (Function<ConfigValue, ?>) v -> v.asIdentifier("id"), "v: not a valid id: \"a\\nb\""));
    }

    @ParameterizedTest
    @MethodSource
    void refused(String json, Function<ConfigValue, ?> reader, String problem) {
        assertThat(problem(json, reader)).isEqualTo(problem);
    }

    @Test
    void pathsNameMembersAndElementsFromTheRoot() {
        String json = "{\"topics\": {\"0001.0001\": [0, {\"x y\": {\"\": {\"q\\\"\": {\"aspect:speed\": {\"время\": 1}}}}}]}}";
        ConfigValue deepest = JsonConfig.parse(json, "f", "o", root -> root.asMap().required("topics").asMap().required("0001.0001")
                .asArray().values().get(1).asMap().required("x y").asMap().required("").asMap().required("q\"").asMap()
                .required("aspect:speed").asMap().required("время"));
        assertThat(deepest.path()).isEqualTo("topics[\"0001.0001\"][1][\"x y\"][\"\"][\"q\\\"\"].aspect:speed.время");
        String nested = JsonConfig.parse("[[1]]", "f", "o", root -> root.asArray().values().get(0).asArray().values().get(0).path());
        assertThat(nested).isEqualTo("[0][0]");
        String spaced = JsonConfig.parse("{\"a b\": 1}", "f", "o", root -> root.asMap().required("a b").path());
        assertThat(spaced).isEqualTo("[\"a b\"]");
        assertThat(JsonConfig.parse("7", "f", "o", ConfigValue::path)).isEmpty();
    }

    /** A member path written as {@code ["…"]} holds the name as a JSON string, so any name can be read back from it. */
    @Test
    void quotedMemberNamesReadBackAsTheName() {
        ObjectMapper mapper = new ObjectMapper();
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(name -> {
            String path = Problems.member("", name);
            if (path.startsWith("[")) {
                assertThat(path).endsWith("]").doesNotContain("\n").doesNotContain("\r");
                try {
                    assertThat(mapper.readValue(path.substring(1, path.length() - 1), String.class)).isEqualTo(name);
                } catch (java.io.IOException e) {
                    throw new AssertionError(path, e);
                }
            } else {
                assertThat(path).isEqualTo(name).doesNotContain(".").doesNotContain("[").doesNotContain("\"");
            }
        });
    }

    @Test
    void objectsKeepDocumentOrderAndSayWhatTheyHave() {
        ConfigObject o = JsonConfig.parse("{\"b\": 1, \"a\": null, \"c\": [2]}", "f", "o", ConfigValue::asMap);
        assertThat(o.fields()).containsExactly("b", "a", "c");
        assertThat(o.has("a")).isTrue();
        assertThat(o.optional("a")).get().extracting(ConfigValue::kind).isEqualTo(ConfigKind.NULL);
        assertThat(o.optional("z")).isEmpty();
        assertThat(o.path()).isEmpty();
        assertThat(o.required("c").asArray().size()).isEqualTo(1);
        assertThat(o.asValue().kind()).isEqualTo(ConfigKind.OBJECT);
    }
}
