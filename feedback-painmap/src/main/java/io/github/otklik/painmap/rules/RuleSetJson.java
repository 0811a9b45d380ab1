package io.github.otklik.painmap.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otklik.core.config.ConfigException;
import io.github.otklik.core.config.ConfigKind;
import io.github.otklik.core.config.ConfigObject;
import io.github.otklik.core.config.ConfigValue;
import io.github.otklik.core.config.JsonConfig;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Source;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes rule sets as {@code otklik-painmap-rules/1} JSON ({@code spec/painmap.md}).
 * Stateless and thread-safe.
 *
 * <p>Every key of the default rule set is required, except {@code impact.volume} (absent: no
 * volume adjustment) and {@code priority.mandatorySources} (absent: none); {@code impact.bySource}
 * may list any subset of the sources, {@code priority.matrix} and {@code deadline} may leave cells
 * out (the {@link RuleSetChecker} then reports them). Unknown keys, repeated keys, unknown levels
 * or sources, malformed or negative periods, and numbers out of range are errors, each reported
 * with its JSON path ({@code invalid rule set rules.json: prevalence.confidence: must be between 0
 * and 1 (exclusive), found 1.5}); the four sections are read independently, so one message names a
 * problem of each. The file is read by {@link JsonConfig}: strict UTF-8, a leading BOM ignored, one
 * JSON value.
 */
public final class RuleSetJson {
    /** The format name. */
    public static final String FORMAT = "otklik-painmap-rules/1";
    /** The kind of file, as messages name it. */
    public static final String WHAT = "rule set";
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String LEVELS = "HIGH, MEDIUM or LOW";
    private static final String SOURCES = Arrays.stream(Source.values()).map(Source::name).collect(Collectors.joining(", "));

    private RuleSetJson() {
    }

    /**
     * Reads a rule set and checks it with {@link RuleSetChecker}: what {@code --rules FILE} needs.
     *
     * @param file the rule-set file
     * @return the rule set, total and monotone
     * @throws InputFileException with a one-line message naming the file and every problem, when it
     *         cannot be read, is not a valid {@code otklik-painmap-rules/1} document ({@link
     *         ConfigException}), or is not total and monotone ({@link ConfigException} listing the
     *         checker's problems)
     */
    public static RuleSet load(Path file) {
        RuleSet rules = read(file);
        List<String> problems = RuleSetChecker.check(rules);
        if (!problems.isEmpty()) {
            throw new ConfigException(WHAT, file.toString(), problems.stream().map(p -> new Violation("", p)).toList());
        }
        return rules;
    }

    /**
     * Reads a rule set without checking totality and monotonicity (what {@code otklik rules check}
     * needs before it reports them).
     *
     * @param file the rule-set file
     * @return the rule set
     * @throws InputFileException with a one-line message naming the file and the problems, when it
     *         cannot be read or is not a valid {@code otklik-painmap-rules/1} document ({@link ConfigException})
     */
    public static RuleSet read(Path file) {
        return JsonConfig.read(file, WHAT, RuleSetJson::ruleSet);
    }

    /**
     * Parses a rule set from {@code json}. Does not check totality and monotonicity.
     *
     * @param json the document
     * @param origin names it in messages
     * @return the rule set
     * @throws ConfigException with a one-line message {@code invalid rule set ORIGIN: …} listing every problem
     */
    public static RuleSet parse(String json, String origin) {
        return JsonConfig.parse(json, WHAT, origin, RuleSetJson::ruleSet);
    }

    /**
     * A level as rule sets and manual entries write it: {@code "HIGH"}, {@code "MEDIUM"} or {@code
     * "LOW"}, exactly.
     *
     * @param value the JSON value
     * @return the level; otherwise the problem is {@code unknown level "high" (expected HIGH, MEDIUM or LOW)}
     */
    public static Level level(ConfigValue value) {
        return value.asOneOf("level", Level::fromName, LEVELS);
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

    private static RuleSet ruleSet(ConfigValue root) {
        if (root.kind() != ConfigKind.OBJECT) {
            throw root.fail("expected a JSON object, found " + root.kind().described());
        }
        ConfigObject o = root.asObject("format", "name", "prevalence", "impact", "priority", "deadline");
        ConfigValue format = o.required("format");
        if (!FORMAT.equals(format.asString())) {
            throw format.fail("expected " + JsonConfig.quote(FORMAT) + ", found " + JsonConfig.quote(format.asString()));
        }
        Optional<String> name = o.attempt("name", RuleSetJson::name);
        Optional<ThresholdPrevalence> prevalence = o.attempt("prevalence", RuleSetJson::prevalence);
        Optional<SourceImpact> impact = o.attempt("impact", RuleSetJson::impact);
        Optional<MatrixPriority> priority = o.attempt("priority", RuleSetJson::priority);
        Optional<PeriodDeadlines> deadline = o.attempt("deadline", RuleSetJson::deadline);
        if (name.isEmpty() || prevalence.isEmpty() || impact.isEmpty() || priority.isEmpty() || deadline.isEmpty()) {
            throw root.abandon();
        }
        return new RuleSet(name.get(), prevalence.get(), impact.get(), priority.get(), deadline.get());
    }

    private static String name(ConfigValue value) {
        if (value.asString().isEmpty()) {
            throw value.fail("must not be empty");
        }
        return value.asString();
    }

    private static ThresholdPrevalence prevalence(ConfigValue value) {
        ConfigObject o = value.asObject("confidence", "high", "medium", "minEvidence");
        ConfigValue c = o.required("confidence");
        double confidence = c.asDouble();
        if (!(confidence > 0 && confidence < 1)) {
            throw c.fail("must be between 0 and 1 (exclusive), found " + confidence);
        }
        return new ThresholdPrevalence(confidence, o.required("high").asDouble(), o.required("medium").asDouble(),
                o.required("minEvidence").asNonNegativeLong());
    }

    private static SourceImpact impact(ConfigValue value) {
        ConfigObject o = value.asObject("bySource", "complaintShareHigh", "aspectMean", "volume");
        Map<Source, Level> bySource = new EnumMap<>(Source.class);
        o.required("bySource").asMap().forEach((name, level) -> bySource.put(Source.fromName(name)
                .orElseThrow(() -> level.fail("unknown source (expected one of " + SOURCES + ")")), level(level)));
        double complaintShareHigh = o.required("complaintShareHigh").asDouble();
        ConfigObject aspect = o.required("aspectMean").asObject("high", "medium");
        double aspectHigh = aspect.required("high").asDouble();
        double aspectMedium = aspect.required("medium").asDouble();
        Optional<VolumeAdjustment> volume = o.optional("volume").map(v -> {
            ConfigObject adjustment = v.asObject("raiseAt", "lowerBelow");
            return new VolumeAdjustment(adjustment.required("raiseAt").asDouble(), adjustment.required("lowerBelow").asDouble());
        });
        return new SourceImpact(bySource, complaintShareHigh, aspectHigh, aspectMedium, volume);
    }

    private static MatrixPriority priority(ConfigValue value) {
        ConfigObject o = value.asObject("matrix", "mandatorySources");
        Map<Level, Map<Level, Level>> rows = new EnumMap<>(Level.class);
        o.required("matrix").asMap().forEach((prevalence, row) -> {
            Level p = levelName(prevalence, row);
            Map<Level, Level> cells = new EnumMap<>(Level.class);
            row.asMap().forEach((impact, cell) -> cells.put(levelName(impact, cell), level(cell)));
            rows.put(p, cells);
        });
        Set<Source> mandatory = EnumSet.noneOf(Source.class);
        o.optional("mandatorySources").ifPresent(list -> mandatory.addAll(list.asArray()
                .map(s -> s.asOneOf("source", Source::fromName, "one of " + SOURCES))));
        return new MatrixPriority(rows, mandatory);
    }

    private static PeriodDeadlines deadline(ConfigValue value) {
        Map<Level, Period> periods = new EnumMap<>(Level.class);
        value.asMap().forEach((priority, v) -> {
            Level level = levelName(priority, v);
            String text = v.asString();
            Period period;
            try {
                period = Period.parse(text);
            } catch (DateTimeParseException e) {
                throw v.fail("not an ISO-8601 period such as P90D: " + JsonConfig.quote(text));
            }
            if (period.isNegative()) {
                throw v.fail("must not be negative: " + text);
            }
            periods.put(level, period);
        });
        return new PeriodDeadlines(periods);
    }

    /** The level a member name names ({@code "matrix": {"HIGH": …}}), the problem reported at the member. */
    private static Level levelName(String name, ConfigValue member) {
        return Level.fromName(name).orElseThrow(() -> member.fail("unknown level " + JsonConfig.quote(name) + " (expected " + LEVELS + ")"));
    }

    private static void number(JsonGenerator g, String field, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(field, (long) value);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
