/**
 * Jackson mapping of the domain types to the JSON of the file-format contract: {@link
 * io.github.otklik.core.json.OtklikModule}, registered explicitly, and {@link
 * io.github.otklik.core.json.OtklikJson} for a ready-configured mapper.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new OtklikModule());
 * SurveyResponse r = mapper.readValue(line, SurveyResponse.class);  // one line of responses JSONL
 * String json = mapper.writeValueAsString(r);                        // keys in contract order
 * Map<String, AnswerValue> answers =
 *         mapper.readValue("{\"overall\":4,\"time\":\"dk\"}", new TypeReference<>() { });
 * List<Process> registry = mapper.readValue(file.toFile(), new TypeReference<>() { });
 * }</pre>
 *
 * <p>Mapped types: {@code SurveyResponse}, {@code AnswerValue} (so {@code Map<String, AnswerValue>}
 * works too), {@code Appeal}, {@code ProcessInstance}, {@code Process}, {@code LocalizedText},
 * {@code Client}, {@code TargetIndicator}, {@code ReportingPeriod}, {@code Agency}, {@code
 * LifeSituation}, {@code Touchpoint}, {@code Reject} and {@code Violation}.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Output has the contract's key order and omits absent optional values, whatever the
 *       mapper's ordering features; a touchpoint's channels are written in enum order.</li>
 *   <li>Answers keep their JSON type: {@code 4}, {@code 4.0} and {@code "4"} are three different
 *       values, decimals are exact {@code BigDecimal}s (scale kept), and a written decimal always
 *       reads back as a decimal ({@code 5E0} for a decimal without fraction digits).</li>
 *   <li>Instants are written in UTC with {@code Z} ({@code ISO_INSTANT}) and read with any
 *       offset; a timestamp without offset is refused. Enum names are exact (case-sensitive).</li>
 *   <li>Bad input fails with a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}
 *       (an {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} when the token type
 *       was right but the value was not) whose message names the dotted field
 *       ({@code field "client.kind": …}) and whose path ends with it.</li>
 *   <li>Unknown keys are handled as the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} says (Jackson's
 *       default: fail). A repeated key is caught only when the parser's {@code
 *       STRICT_DUPLICATE_DETECTION} is on, as in {@link io.github.otklik.core.json.OtklikJson#mapper()};
 *       otherwise the last value wins.</li>
 *   <li>Identifier syntax is checked only where the domain type itself checks it ({@code Agency},
 *       {@code LifeSituation}, {@code Touchpoint}, {@code Process}); {@link
 *       io.github.otklik.core.validation.DomainValidator} and the readers check the rest.</li>
 *   <li>Nesting depth is bounded by Jackson's stream constraints (1000 levels by default), so
 *       deep answers cannot overflow the stack. The module is stateless and thread-safe.</li>
 * </ul>
 */
package io.github.otklik.core.json;
