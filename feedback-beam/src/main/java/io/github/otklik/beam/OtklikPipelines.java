package io.github.otklik.beam;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.core.validation.Instants;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.MetricsSpecBuilder;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.target.Target;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Ready Beam pipelines of Otklik. {@link #metrics(MetricsSpec)} is the transform to put into a
 * pipeline of one's own; {@link #main(String[])} runs it from the command line on any runner
 * (see {@link MetricsPipelineOptions}):
 *
 * <pre>{@code
 * java -cp … io.github.otklik.beam.OtklikPipelines --runner=DirectRunner \
 *     --responses='data/responses-*.jsonl' --appeals='data/appeals-*.csv' \
 *     --period=2025-Q1 --zone=Europe/Samara --groupBy=process \
 *     --output=out/metrics.json --rejects=out/rejects.jsonl
 * }</pre>
 */
public final class OtklikPipelines {
    private OtklikPipelines() {
    }

    /**
     * The metrics transform of {@code spec}, with no input yet: add file patterns to it.
     *
     * @param spec the run: period, zone, forms, groups, targets, disclosure
     * @return the transform
     */
    public static MetricsTransform metrics(MetricsSpec spec) {
        return new MetricsTransform(spec, List.of(), List.of(), List.of());
    }

    /**
     * Builds the metrics pipeline of {@code options}: reads the inputs, writes {@code --output}
     * and, when given, {@code --rejects}.
     *
     * @param options the pipeline's options
     * @return the pipeline, not yet run
     * @throws IllegalArgumentException when an option is invalid
     */
    public static Pipeline metricsPipeline(MetricsPipelineOptions options) {
        MetricsSpec spec = spec(options);
        MetricsTransform t = metrics(spec);
        if (options.getResponses() != null) {
            t = t.responses(patterns(options.getResponses()));
        }
        if (options.getAppeals() != null) {
            t = t.appeals(patterns(options.getAppeals()));
        }
        if (options.getProcesses() != null) {
            t = t.processes(patterns(options.getProcesses()));
        }
        Pipeline p = Pipeline.create(options);
        MetricsResult r = p.apply("Otklik metrics", t);
        r.writeMetrics(options.getOutput());
        if (options.getRejects() != null) {
            r.writeRejects(options.getRejects());
        }
        return p;
    }

    /**
     * Runs the metrics pipeline of the command-line {@code args} and waits for it to finish.
     *
     * @param args Beam pipeline options and {@link MetricsPipelineOptions}, as {@code --name=value}
     */
    public static void main(String[] args) {
        PipelineOptionsFactory.register(MetricsPipelineOptions.class);
        MetricsPipelineOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(MetricsPipelineOptions.class);
        PipelineResult.State state = metricsPipeline(options).run().waitUntilFinish();
        if (state != PipelineResult.State.DONE) {
            throw new IllegalStateException("the pipeline ended " + state);
        }
    }

    static MetricsSpec spec(MetricsPipelineOptions o) {
        FormCatalog.Builder forms = FormCatalog.builder().standard();
        if (o.getForms() != null) {
            forms.directory(Path.of(o.getForms()));
        }
        MetricsSpecBuilder b = MetricsSpec.builder(ReportingPeriod.parse(o.getPeriod())).forms(forms.build())
                .zone(ZoneId.of(o.getZone()))
                .groupBy(dimensions(o.getGroupBy()))
                .disclosure(Disclosure.of(Edition.fromWireName(o.getAudience()), o.getMinCell()));
        if (o.getAsOf() != null) {
            b.asOf(Instants.parseWithOffset(o.getAsOf()));
        }
        if (o.getCompare() != null) {
            b.compareWith(ReportingPeriod.parse(o.getCompare()));
        }
        if (o.getTargets() != null) {
            b.targets(targets(o.getTargets()));
        }
        return b.build();
    }

    private static String[] patterns(String list) {
        return split(list).toArray(new String[0]);
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    static List<Dimension> dimensions(String list) {
        List<Dimension> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (String name : split(list)) {
            out.add(Dimension.fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown --groupBy dimension \"" + name
                    + "\" (expected agency, process, channel, form, category, clientKind, kind or topic)")));
        }
        return out;
    }

    /** Reads a targets file ({@code [{"process", "metric", "target", "direction"}]}) from any Beam file system. */
    static List<Target> targets(String path) {
        JsonNode root;
        try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchSingleFileSpec(path).resourceId()))) {
            root = OtklikJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read targets " + path + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("invalid targets file " + path + ": expected a JSON array of {process, metric, target, direction}");
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode t = root.get(i);
            if (!t.isObject() || !t.path("process").isTextual() || !t.path("metric").isTextual() || !t.path("target").isNumber()
                    || !t.path("direction").isTextual()) {
                throw new IllegalArgumentException("invalid targets file " + path + ": entry " + (i + 1)
                        + " needs process, metric (strings), target (number) and direction");
            }
            out.add(new Target(t.get("process").asText(), new TargetIndicator(t.get("metric").asText(), t.get("target").asDouble(),
                    TargetIndicator.Direction.fromWireName(t.get("direction").asText()))));
        }
        return List.copyOf(out);
    }

    static <T> T required(T value, String option) {
        return Objects.requireNonNull(value, "--" + option + " is required");
    }
}
