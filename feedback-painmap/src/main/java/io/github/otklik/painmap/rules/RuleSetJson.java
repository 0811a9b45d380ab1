package io.github.otklik.painmap.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.text.StrictUtf8;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Source;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes rule sets as {@code otklik-painmap-rules/1} JSON ({@code spec/painmap.md}).
 * Stateless and thread-safe.
 *
 * <p>Every key of the default rule set is required, except {@code impact.volume} (absent: no
 * volume adjustment) and {@code priority.mandatorySources} (absent: none); {@code impact.bySource}
 * may list any subset of the sources, {@code priority.matrix} and {@code deadline} may leave cells
 * out (the {@link RuleSetChecker} then reports them). Unknown keys, repeated keys, unknown levels
 * or sources, malformed or negative periods, and numbers out of range are errors. A leading BOM is
 * ignored.
 */
public final class RuleSetJson {
    /** The format name. */
    public static final String FORMAT = "otklik-painmap-rules/1";
    private static final JsonFactory FACTORY = new JsonFactory();

    private RuleSetJson() {
    }

    /**
     * Reads a rule set and checks it with {@link RuleSetChecker}: what {@code --rules FILE} needs.
     *
     * @throws InputFileException with a one-line message naming the file and every problem, when it
     *         cannot be read, is not a valid {@code otklik-painmap-rules/1} document, or is not total
     *         and monotone
     */
    public static RuleSet load(Path file) {
        RuleSet rules = read(file);
        List<String> problems = RuleSetChecker.check(rules);
        if (!problems.isEmpty()) {
            throw new InputFileException("invalid rule set " + file + ": " + String.join("; ", problems));
        }
        return rules;
    }

    /**
     * Reads a rule set without checking totality and monotonicity (what {@code otklik rules check}
     * needs before it reports them).
     *
     * @throws InputFileException with a one-line message naming the file and the problem, when it
     *         cannot be read or is not a valid {@code otklik-painmap-rules/1} document
     */
    public static RuleSet read(Path file) {
        return parse(readText(file, "rule set"), file.toString());
    }

    /**
     * Parses a rule set from {@code json}; {@code origin} names it in messages. Does not check
     * totality and monotonicity.
     *
     * @throws InputFileException with a one-line message {@code invalid rule set ORIGIN: …}
     */
    public static RuleSet parse(String json, String origin) {
        JsonNode root;
        try {
            root = mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputFileException("invalid rule set " + origin + ": " + oneLine(e));
        }
        try {
            return ruleSet(root);
        } catch (Problem | IllegalArgumentException p) {
            throw new InputFileException("invalid rule set " + origin + ": " + p.getMessage());
        }
    }

    /**
     * The rule set as pretty-printed {@code otklik-painmap-rules/1} JSON with a final newline.
     *
     * @throws IllegalArgumentException when a rule is not one of the types the format describes
     *         ({@link ThresholdPrevalence}, {@link SourceImpact}, {@link MatrixPriority},
     *         {@link PeriodDeadlines}), as Java rules of a {@link RuleSetProvider} may be
     */
    public static String write(RuleSet rules) {
        if (!(rules.prevalence() instanceof ThresholdPrevalence p) || !(rules.impact() instanceof SourceImpact i)
                || !(rules.priority() instanceof MatrixPriority m) || !(rules.deadline() instanceof PeriodDeadlines d)) {
            throw new IllegalArgumentException("rule set \"" + rules.name() + "\" has Java rules that " + FORMAT + " cannot express");
        }
        StringWriter out = new StringWriter();
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("name", rules.name());
            g.writeObjectFieldStart("prevalence");
            number(g, "confidence", p.confidence());
            number(g, "high", p.high());
            number(g, "medium", p.medium());
            g.writeNumberField("minEvidence", p.minEvidence());
            g.writeEndObject();
            g.writeObjectFieldStart("impact");
            g.writeObjectFieldStart("bySource");
            for (Map.Entry<Source, Level> e : i.bySource().entrySet()) {
                g.writeStringField(e.getKey().name(), e.getValue().name());
            }
            g.writeEndObject();
            number(g, "complaintShareHigh", i.complaintShareHigh());
            g.writeObjectFieldStart("aspectMean");
            number(g, "high", i.aspectMeanHigh());
            number(g, "medium", i.aspectMeanMedium());
            g.writeEndObject();
            if (i.volume().isPresent()) {
                g.writeObjectFieldStart("volume");
                number(g, "raiseAt", i.volume().get().raiseAt());
                number(g, "lowerBelow", i.volume().get().lowerBelow());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("priority");
            g.writeObjectFieldStart("matrix");
            for (Level prevalence : Level.DESCENDING) {
                Map<Level, Level> row = m.matrix().get(prevalence);
                if (row == null) {
                    continue;
                }
                g.writeObjectFieldStart(prevalence.name());
                for (Level impact : Level.DESCENDING) {
                    if (row.containsKey(impact)) {
                        g.writeStringField(impact.name(), row.get(impact).name());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("mandatorySources");
            for (Source s : m.mandatorySources()) {
                g.writeString(s.name());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("deadline");
            for (Level priority : Level.DESCENDING) {
                if (d.periods().containsKey(priority)) {
                    g.writeStringField(priority.name(), d.periods().get(priority).toString());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    // ------------------------------------------------------------------------------ reading

    private static RuleSet ruleSet(JsonNode root) {
        object(root, "");
        allow(root, "", "format", "name", "prevalence", "impact", "priority", "deadline");
        String format = text(required(root, "", "format"), "format");
        if (!FORMAT.equals(format)) {
            throw new Problem("field \"format\": expected \"" + FORMAT + "\", found \"" + format + "\"");
        }
        String name = text(required(root, "", "name"), "name");
        if (name.isEmpty()) {
            throw new Problem("field \"name\": must not be empty");
        }
        return new RuleSet(name, prevalence(required(root, "", "prevalence")), impact(required(root, "", "impact")),
                priority(required(root, "", "priority")), deadline(required(root, "", "deadline")));
    }

    private static ThresholdPrevalence prevalence(JsonNode node) {
        String at = "prevalence";
        object(node, at);
        allow(node, at, "confidence", "high", "medium", "minEvidence");
        double confidence = number(required(node, at, "confidence"), at + ".confidence");
        if (!(confidence > 0 && confidence < 1)) {
            throw new Problem("field \"prevalence.confidence\": must be between 0 and 1 (exclusive), found " + confidence);
        }
        double high = number(required(node, at, "high"), at + ".high");
        double medium = number(required(node, at, "medium"), at + ".medium");
        JsonNode min = required(node, at, "minEvidence");
        if (!min.isIntegralNumber() || !min.canConvertToLong() || min.asLong() < 0) {
            throw new Problem("field \"prevalence.minEvidence\": must be an integer ≥ 0, found " + describe(min));
        }
        return new ThresholdPrevalence(confidence, high, medium, min.asLong());
    }

    private static SourceImpact impact(JsonNode node) {
        String at = "impact";
        object(node, at);
        allow(node, at, "bySource", "complaintShareHigh", "aspectMean", "volume");
        JsonNode by = required(node, at, "bySource");
        object(by, at + ".bySource");
        Map<Source, Level> bySource = new EnumMap<>(Source.class);
        for (Map.Entry<String, JsonNode> e : by.properties()) {
            String field = at + ".bySource." + e.getKey();
            Source source = Source.fromName(e.getKey()).orElseThrow(() -> new Problem("field \"" + field
                    + "\": unknown source (expected one of " + names(Source.values()) + ")"));
            bySource.put(source, level(e.getValue(), field));
        }
        double complaintShareHigh = number(required(node, at, "complaintShareHigh"), at + ".complaintShareHigh");
        JsonNode aspect = required(node, at, "aspectMean");
        object(aspect, at + ".aspectMean");
        allow(aspect, at + ".aspectMean", "high", "medium");
        double aspectHigh = number(required(aspect, at + ".aspectMean", "high"), at + ".aspectMean.high");
        double aspectMedium = number(required(aspect, at + ".aspectMean", "medium"), at + ".aspectMean.medium");
        Optional<VolumeAdjustment> volume = Optional.empty();
        if (node.has("volume")) {
            JsonNode v = node.get("volume");
            object(v, at + ".volume");
            allow(v, at + ".volume", "raiseAt", "lowerBelow");
            volume = Optional.of(new VolumeAdjustment(number(required(v, at + ".volume", "raiseAt"), at + ".volume.raiseAt"),
                    number(required(v, at + ".volume", "lowerBelow"), at + ".volume.lowerBelow")));
        }
        return new SourceImpact(bySource, complaintShareHigh, aspectHigh, aspectMedium, volume);
    }

    private static MatrixPriority priority(JsonNode node) {
        String at = "priority";
        object(node, at);
        allow(node, at, "matrix", "mandatorySources");
        JsonNode matrix = required(node, at, "matrix");
        object(matrix, at + ".matrix");
        Map<Level, Map<Level, Level>> rows = new EnumMap<>(Level.class);
        for (Map.Entry<String, JsonNode> e : matrix.properties()) {
            String rowField = at + ".matrix." + e.getKey();
            Level prevalence = levelName(e.getKey(), rowField);
            object(e.getValue(), rowField);
            Map<Level, Level> row = new EnumMap<>(Level.class);
            for (Map.Entry<String, JsonNode> c : e.getValue().properties()) {
                String cellField = rowField + "." + c.getKey();
                row.put(levelName(c.getKey(), cellField), level(c.getValue(), cellField));
            }
            rows.put(prevalence, row);
        }
        Set<Source> mandatory = EnumSet.noneOf(Source.class);
        if (node.has("mandatorySources")) {
            JsonNode list = node.get("mandatorySources");
            if (!list.isArray()) {
                throw new Problem("field \"priority.mandatorySources\": must be an array, found " + describe(list));
            }
            for (int k = 0; k < list.size(); k++) {
                String field = at + ".mandatorySources[" + k + "]";
                String name = text(list.get(k), field);
                mandatory.add(Source.fromName(name).orElseThrow(() -> new Problem("field \"" + field + "\": unknown source \""
                        + name + "\" (expected one of " + names(Source.values()) + ")")));
            }
        }
        return new MatrixPriority(rows, mandatory);
    }

    private static PeriodDeadlines deadline(JsonNode node) {
        object(node, "deadline");
        Map<Level, Period> periods = new EnumMap<>(Level.class);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String field = "deadline." + e.getKey();
            Level priority = levelName(e.getKey(), field);
            String text = text(e.getValue(), field);
            Period period;
            try {
                period = Period.parse(text);
            } catch (DateTimeParseException ex) {
                throw new Problem("field \"" + field + "\": not an ISO-8601 period such as P90D: \"" + text + "\"");
            }
            if (period.isNegative()) {
                throw new Problem("field \"" + field + "\": must not be negative: " + text);
            }
            periods.put(priority, period);
        }
        return new PeriodDeadlines(periods);
    }

    // ------------------------------------------------------------------------------ helpers

    /** A problem in the document; becomes the message of an {@link InputFileException}. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private static ObjectMapper mapper() {
        return OtklikJson.mapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The text of {@code file} as strict UTF-8 without a leading BOM, or an {@link InputFileException}. */
    private static String readText(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException("cannot read " + what + " " + file + ": no such file");
        } catch (IOException e) {
            throw new InputFileException("cannot read " + what + " " + file + ": " + e.getMessage());
        }
        try {
            return StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new InputFileException("invalid " + what + " " + file + ": not valid UTF-8");
        }
    }

    /** Jackson's message without its source excerpt, with line and column, on one line. */
    private static String oneLine(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = message.lines().findFirst().orElse("").strip();
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return message;
    }

    private static void object(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new Problem(at.isEmpty() ? "expected a JSON object, found " + describe(node)
                    : "field \"" + at + "\": must be an object, found " + describe(node));
        }
    }

    private static void allow(JsonNode node, String at, String... known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of(known).contains(f)) {
                throw new Problem("unknown field \"" + (at.isEmpty() ? f : at + "." + f) + "\" (expected " + String.join(", ", known) + ")");
            }
        }
    }

    private static JsonNode required(JsonNode node, String at, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            throw new Problem("field \"" + (at.isEmpty() ? field : at + "." + field) + "\": required field is missing");
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        if (!node.isTextual()) {
            throw new Problem("field \"" + field + "\": must be a string, found " + describe(node));
        }
        return node.asText();
    }

    private static double number(JsonNode node, String field) {
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw new Problem("field \"" + field + "\": must be a number, found " + describe(node));
        }
        return node.asDouble();
    }

    private static Level level(JsonNode node, String field) {
        return levelName(text(node, field), field);
    }

    private static Level levelName(String name, String field) {
        return Level.fromName(name).orElseThrow(() -> new Problem("field \"" + field + "\": unknown level \"" + name
                + "\" (expected HIGH, MEDIUM or LOW)"));
    }

    private static String names(Enum<?>[] values) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> v : values) {
            sb.append(sb.length() == 0 ? "" : ", ").append(v.name());
        }
        return sb.toString();
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isArray() ? "an array" : "an object";
    }

    private static void number(JsonGenerator g, String field, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(field, (long) value);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
