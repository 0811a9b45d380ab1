package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Answer values keep their JSON type, exactly. */
class AnswerValueJsonTest {
    private static final TypeReference<Map<String, AnswerValue>> ANSWERS = new TypeReference<>() { };
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new OtklikModule());

    @Test
    void stringIntegerAndDecimalFourStayDistinct() throws Exception {
        String json = "{\"s\":\"4\",\"i\":4,\"d\":4.0}";
        Map<String, AnswerValue> answers = mapper.readValue(json, ANSWERS);
        assertThat(answers.get("s")).isEqualTo(new AnswerValue.TextValue("4"));
        assertThat(answers.get("i")).isEqualTo(new AnswerValue.IntegerValue(4));
        assertThat(answers.get("d")).isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("4.0")));
        assertThat(answers.values()).doesNotHaveDuplicates();
        assertThat(answers.values()).extracting(AnswerValue::typeName).containsExactly("string", "integer", "decimal");
        assertThat(mapper.writeValueAsString(answers)).isEqualTo(json);
    }

    @Test
    void insideASurveyResponseToo() throws Exception {
        String json = Samples.MINIMAL_RESPONSE_JSON.replace("\"answers\":{}", "\"answers\":{\"s\":\"4\",\"i\":4,\"d\":4.0}");
        SurveyResponse r = mapper.readValue(json, SurveyResponse.class);
        assertThat(r.answers()).containsExactly(
                Map.entry("s", new AnswerValue.TextValue("4")),
                Map.entry("i", new AnswerValue.IntegerValue(4)),
                Map.entry("d", new AnswerValue.DecimalValue(new BigDecimal("4.0"))));
        assertThat(mapper.writeValueAsString(r)).isEqualTo(json);
    }

    @Test
    void decimalsAreExactAndKeepTheirScale() throws Exception {
        String json = "[0.1,0.10,4.00,1E+3,1e-7,3.141592653589793238462643383279,-0]";
        List<AnswerValue> values = mapper.readValue(json, new TypeReference<List<AnswerValue>>() { });
        assertThat(values).containsExactly(
                new AnswerValue.DecimalValue(new BigDecimal("0.1")),
                new AnswerValue.DecimalValue(new BigDecimal("0.10")),
                new AnswerValue.DecimalValue(new BigDecimal("4.00")),
                new AnswerValue.DecimalValue(new BigDecimal("1E+3")),
                new AnswerValue.DecimalValue(new BigDecimal("1E-7")),
                new AnswerValue.DecimalValue(new BigDecimal("3.141592653589793238462643383279")),
                new AnswerValue.IntegerValue(0));
        assertThat(mapper.writeValueAsString(values)).isEqualTo("[0.1,0.10,4.00,1E+3,1E-7,3.141592653589793238462643383279,0]");
    }

    @Test
    void integersBeyondLongAreDecimalsWithoutLoss() throws Exception {
        assertThat(mapper.readValue("9223372036854775807", AnswerValue.class)).isEqualTo(AnswerValue.of(Long.MAX_VALUE));
        AnswerValue big = mapper.readValue("9223372036854775808", AnswerValue.class);
        assertThat(big).isEqualTo(new AnswerValue.DecimalValue(new BigDecimal(new BigInteger("9223372036854775808"))));
        assertThat(mapper.writeValueAsString(big)).isEqualTo("9223372036854775808");
    }

    @Test
    void aDecimalWithoutFractionIsWrittenSoThatItReadsBackAsADecimal() throws Exception {
        // 5E0 reads as BigDecimal 5 (scale 0): written plainly it would come back as the integer 5
        AnswerValue five = mapper.readValue("5E0", AnswerValue.class);
        assertThat(five).isEqualTo(new AnswerValue.DecimalValue(BigDecimal.valueOf(5)));
        String json = mapper.writeValueAsString(five);
        assertThat(json).isEqualTo("5E0");
        assertThat(mapper.readValue(json, AnswerValue.class)).isEqualTo(five);
    }

    @Test
    void theGeneratorsBigDecimalFeatureDoesNotChangeTheTokens() throws Exception {
        ObjectMapper plain = JsonMapper.builder().addModule(new OtklikModule())
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        AnswerValue thousand = new AnswerValue.DecimalValue(new BigDecimal("1E+3"));
        assertThat(plain.readValue(plain.writeValueAsString(thousand), AnswerValue.class)).isEqualTo(thousand);
    }

    @Test
    void nullIsTheNullValueEverywhere() throws Exception {
        assertThat(mapper.readValue("null", AnswerValue.class)).isSameAs(AnswerValue.NullValue.INSTANCE);
        assertThat(mapper.readValue("{\"a\":null}", ANSWERS)).containsEntry("a", AnswerValue.NullValue.INSTANCE);
        assertThat(mapper.readValue("[null]", new TypeReference<List<AnswerValue>>() { }))
                .containsExactly(AnswerValue.NullValue.INSTANCE);
        assertThat(mapper.writeValueAsString(AnswerValue.NullValue.INSTANCE)).isEqualTo("null");
    }

    @Test
    void objectsKeepKeyOrderAndNest() throws Exception {
        String json = "{\"z\":{\"b\":[true,false,\"x\",{\"k\":[[]]}],\"a\":1},\"a\":\"\"}";
        AnswerValue value = mapper.readValue(json, AnswerValue.class);
        assertThat(value).isInstanceOf(AnswerValue.ObjectValue.class);
        assertThat(((AnswerValue.ObjectValue) value).fields().keySet()).containsExactly("z", "a");
        assertThat(mapper.writeValueAsString(value)).isEqualTo(json);
    }

    @Test
    void stringsWithEscapesAndNonAsciiSurvive() throws Exception {
        AnswerValue text = AnswerValue.of("кавычки \" и \\ слэш\n\t\u0000 😀 \u2028");
        String json = mapper.writeValueAsString(text);
        assertThat(json).doesNotContain("\n");
        assertThat(mapper.readValue(json, AnswerValue.class)).isEqualTo(text);
    }

    @Test
    void nestingDepthIsBoundedByJacksonsConstraints() throws Exception {
        String deep = "[".repeat(900) + "]".repeat(900);
        assertThat(mapper.writeValueAsString(mapper.readValue(deep, AnswerValue.class))).isEqualTo(deep);
        String tooDeep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> mapper.readValue(tooDeep, AnswerValue.class)).isInstanceOf(StreamConstraintsException.class);
    }
}
