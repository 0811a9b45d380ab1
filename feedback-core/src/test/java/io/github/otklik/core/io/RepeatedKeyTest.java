package io.github.otklik.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.otklik.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader finds repeated keys itself; its verdict on every line equals that of Jackson's strict
 * duplicate detection (same key, same message), wherever the repeat is and whatever follows it.
 */
class RepeatedKeyTest {
    private static final String HEAD = "{\"id\":\"r-1\",\"form\":\"EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"2025-03-10T10:00:00Z\","
            + "\"agency\":\"minsoc\",\"process\":\"svc\",\"channel\":\"EPGU\",";
    private static final String CLIENT = "\"client\":{\"kind\":\"EXTERNAL\",\"category\":\"CITIZEN\"}";
    private static final String ANSWERS = "\"answers\":{\"used\":\"yes\",\"overall\":4}";

    private static final List<String> LINES = List.of(
            HEAD + CLIENT + "," + ANSWERS + "}",                                                     // no repeat
            HEAD + CLIENT + "," + ANSWERS + ",\"id\":\"r-2\"}",                                       // known key
            HEAD + CLIENT + "," + ANSWERS + ",\"form\":7}",                                           // known key, wrong type
            HEAD + "\"x\":1,\"y\":{\"x\":1}," + CLIENT + "," + ANSWERS + ",\"x\":2}",                 // unknown key (same name nested is fine)
            HEAD + "\"x\":{\"a\":[{\"b\":1,\"b\":2}]}," + CLIENT + "," + ANSWERS + "}",               // inside an unknown value
            HEAD + "\"client\":{\"kind\":\"EXTERNAL\",\"kind\":\"EXTERNAL\"}," + ANSWERS + "}",      // in the client
            HEAD + "\"client\":{\"kind\":\"EXTERNAL\",\"z\":{},\"z\":[]}," + ANSWERS + "}",           // unknown key in the client
            HEAD + CLIENT + ",\"answers\":{\"used\":\"yes\",\"used\":\"no\"}}",                      // in the answers
            HEAD + CLIENT + ",\"answers\":{\"o\":{\"p\":1,\"q\":{\"p\":1},\"p\":2}}}",                // in an object answer
            HEAD + CLIENT + ",\"answers\":[{\"a\":1,\"a\":1}]}",                                      // answers of the wrong type
            HEAD + CLIENT + ",\"respondent\":{\"name\":\"A\",\"name\":\"B\"}," + ANSWERS + "}",      // in the respondent
            HEAD + CLIENT + ",\"anonymous\":{\"k\":1,\"k\":1}," + ANSWERS + "}",                      // in a value of the wrong type
            HEAD + CLIENT + "," + ANSWERS + ",\"id\":x}",                                             // repeat, then a syntax error
            HEAD + CLIENT + ",\"answers\":{\"used\":\"yes\",\"used\" 4}}",                           // repeat, then a missing colon
            HEAD + "\"x\":tru," + CLIENT + "," + ANSWERS + ",\"id\":\"r\"}",                          // a syntax error, then a repeat
            HEAD + CLIENT + "," + ANSWERS + ",\"client\":{}}");                                       // an object key

    @Test
    void verdictEqualsJacksonsStrictDuplicateDetection() throws IOException {
        for (String line : LINES) {
            String strict = strictProblem(line);
            List<String> reasons = new ArrayList<>();
            ResponseJsonlReader.builder().build().read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "r.jsonl",
                    new RecordHandler<SurveyResponse>() {
                        @Override
                        public void accept(SurveyResponse record, long no) {
                            reasons.add("accepted");
                        }

                        @Override
                        public void reject(Reject reject) {
                            reasons.add(reject.reason());
                        }
                    });
            assertThat(reasons).as(line).hasSize(1);
            if (strict != null) {
                assertThat(reasons.get(0)).as(line).isEqualTo("malformed JSON: " + strict);
            } else {
                assertThat(reasons.get(0)).as(line).doesNotContain("Duplicate field");
            }
        }
        assertThat(LINES.stream().filter(l -> strictProblem(l) != null && strictProblem(l).startsWith("Duplicate field"))).hasSize(14);
    }

    /** Jackson's first problem with {@code line} when it detects repeated keys, or null. */
    private static String strictProblem(String line) {
        JsonFactory strict = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try (JsonParser p = strict.createParser(line)) {
            while (p.nextToken() != null) {
                // walk every token
            }
            return null;
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage();
            return m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
