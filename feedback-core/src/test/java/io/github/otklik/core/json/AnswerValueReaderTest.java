package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.response.AnswerValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one answer-value conversion: the streaming parse, the Jackson module and the tree give the same values. */
class AnswerValueReaderTest {
    private static final JsonFactory LENIENT = new JsonFactory(); // no duplicate detection of its own
    private static final ObjectMapper TREES = new ObjectMapper();

    private static AnswerValue streamed(String json) throws IOException {
        try (JsonParser p = LENIENT.createParser(json)) {
            p.nextToken();
            return AnswerValueReader.read(p);
        }
    }

    private static AnswerValue configured(String json) {
        return io.github.otklik.core.config.JsonConfig.parse(json, "test", "t.json",
                (io.github.otklik.core.config.ConfigValue v) -> AnswerValueReader.read(v));
    }

    @Test
    void jsonTypesStayDistinct() throws IOException {
        assertThat(streamed("4")).isEqualTo(new AnswerValue.IntegerValue(4));
        assertThat(streamed("4.0")).isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("4.0")));
        assertThat(streamed("\"4\"")).isEqualTo(new AnswerValue.TextValue("4"));
        assertThat(streamed("-0")).isEqualTo(new AnswerValue.IntegerValue(0));
        assertThat(streamed("9223372036854775808")).isEqualTo(new AnswerValue.DecimalValue(new BigDecimal(BigInteger.ONE.shiftLeft(63))));
        assertThat(streamed("-9223372036854775808")).isEqualTo(new AnswerValue.IntegerValue(Long.MIN_VALUE));
        assertThat(streamed("1e999999")).isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("1e999999")));
        assertThat(streamed("null")).isSameAs(AnswerValue.NullValue.INSTANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "4.0", "\"4\"", "-0", "2.50", "9223372036854775808", "-12345678901234567890123", "true", "null",
        "[1,[2.0,[\"3\"]],{}]", "{\"b\":{\"a\":[null,false]},\"a\":1E+3}", "{}", "[]"})
    void streamModuleAndTreeAgree(String json) throws IOException {
        AnswerValue value = streamed(json);
        assertThat(OtklikJson.mapper().readValue(json, AnswerValue.class)).isEqualTo(value);
        if (!json.contains(".") && !json.contains("E")) { // a tree holds a fraction as a double: exact only without one
            assertThat(AnswerValueReader.read(TREES.readTree(json))).isEqualTo(value);
        }
        AnswerValue configured = configured(json);
        assertThat(configured).as("a configuration value keeps the token's type and digits").isEqualTo(value);
    }

    @Test
    void aConfigurationValueKeepsTheExactTokenBeyondWhatADoubleHolds() {
        AnswerValue configured = configured("[0.1000000000000000055511151231257827, 1e999999, 4.0]");
        assertThat(configured).isEqualTo(new AnswerValue.ArrayValue(java.util.List.of(
                        new AnswerValue.DecimalValue(new BigDecimal("0.1000000000000000055511151231257827")),
                        new AnswerValue.DecimalValue(new BigDecimal("1e999999")),
                        new AnswerValue.DecimalValue(new BigDecimal("4.0")))));
    }

    @Test
    void aTreeDoubleIsTheDecimalOfTheDouble() throws IOException {
        assertThat(AnswerValueReader.read(TREES.readTree("4.0"))).isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("4.0")));
        assertThat(AnswerValueReader.read(TREES.missingNode())).isSameAs(AnswerValue.NullValue.INSTANCE);
    }

    @Test
    void aRepeatedKeyFailsWithJacksonsMessageWhateverTheParser() {
        for (String json : new String[] {"{\"a\":1,\"a\":1}", "[{\"x\":{\"a\":1,\"b\":2,\"a\":3}}]"}) {
            assertThatThrownBy(() -> streamed(json)).isInstanceOf(JsonParseException.class).hasMessageStartingWith("Duplicate field 'a'");
            assertThatThrownBy(() -> new ObjectMapper().registerModule(new OtklikModule()).readValue(json, AnswerValue.class))
                    .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Duplicate field 'a'");
        }
    }

    @Test
    void fieldsKeepInputOrder() throws IOException {
        try (JsonParser p = LENIENT.createParser("{\"z\":1,\"a\":2,\"m\":3}")) {
            p.nextToken();
            Map<String, AnswerValue> fields = AnswerValueReader.fields(p);
            assertThat(fields.keySet()).containsExactly("z", "a", "m");
            assertThat(p.currentToken()).isEqualTo(com.fasterxml.jackson.core.JsonToken.END_OBJECT);
        }
    }

    @Test
    void anExponentBeyondAnIntIsMalformedNotACrash() {
        for (String json : new String[] {"1e9999999999", "[-4.5E-99999999999]"}) {
            assertThatThrownBy(() -> streamed(json)).isInstanceOf(JsonParseException.class).hasMessageContaining("can not be deserialized as `java.math.BigDecimal`");
        }
    }

    @Test
    void theEndOfInputIsNoValue() throws IOException {
        try (JsonParser p = LENIENT.createParser("")) {
            p.nextToken();
            assertThatThrownBy(() -> AnswerValueReader.read(p)).hasMessageContaining("found the end of input");
        }
    }
}
