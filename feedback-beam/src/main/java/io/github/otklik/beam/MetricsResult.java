package io.github.otklik.beam;

import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.RejectWriter;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link MetricsTransform} produces: the {@code otklik-metrics/1} document (one element, the
 * JSON text with its final newline, exactly as {@code MetricsJson.toJson} writes it) and the
 * dead-letter collection of rejected records, in no particular order.
 */
public final class MetricsResult implements POutput {
    private final Pipeline pipeline;
    private final PCollection<String> metrics;
    private final PCollection<Reject> rejects;

    MetricsResult(Pipeline pipeline, PCollection<String> metrics, PCollection<Reject> rejects) {
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.rejects = rejects;
    }

    /**
     * The report as {@code otklik-metrics/1} JSON: exactly one element.
     *
     * @return the report as {@code otklik-metrics/1} JSON: exactly one element
     */
    public PCollection<String> metrics() {
        return metrics;
    }

    /**
     * Every rejected record of every input ({@code spec/formats.md} §5), in no particular order.
     *
     * @return every rejected record of every input ({@code spec/formats.md} §5), in no particular order
     */
    public PCollection<Reject> rejects() {
        return rejects;
    }

    /**
     * Writes the report to the file {@code path} (any Beam file system), byte for byte as
     * {@code MetricsJson.toJson} gives it.
     *
     * @param path the file
     * @return the end of the write
     */
    public PDone writeMetrics(String path) {
        return metrics.apply("Write metrics", writeWhole(path, "metrics"));
    }

    /**
     * Writes the rejects to the single file {@code path} as the JSON Lines reject report of
     * {@code spec/formats.md} §5, each line as {@link RejectWriter} writes it, in no particular
     * order (sort by source and line to compare with the CLI's {@code --rejects}). The file is
     * written (empty) when nothing was rejected.
     *
     * @param path the file
     * @return the end of the write
     */
    public PDone writeRejects(String path) {
        return rejects.apply("Rejects as JSON Lines", MapElements.into(TypeDescriptors.strings()).via(MetricsResult::jsonLine))
                .setCoder(StringUtf8Coder.of())
                .apply("Write rejects", TextIO.write().to(path).withoutSharding().withShardNameTemplate(""));
    }

    /** One reject as its compact JSON object, without the line end. */
    static String jsonLine(Reject reject) {
        StringWriter w = new StringWriter();
        try (RejectWriter out = new RejectWriter(w)) {
            out.write(reject);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = w.toString();
        return line.substring(0, line.length() - 1);
    }

    /** Writes each element (one expected) to exactly {@code path}: the element's text is the whole file. */
    private static PTransform<PCollection<String>, PDone> writeWhole(String path, String what) {
        return new PTransform<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public PDone expand(PCollection<String> in) {
                // TextIO ends every element with a newline; the document already ends with one.
                return in.apply("Drop final newline of " + what, MapElements.into(TypeDescriptors.strings())
                                .via((String s) -> s.endsWith("\n") ? s.substring(0, s.length() - 1) : s))
                        .setCoder(StringUtf8Coder.of())
                        .apply("Write " + what + " file", TextIO.write().to(path).withoutSharding().withShardNameTemplate(""));
            }
        };
    }

    @Override
    public Pipeline getPipeline() {
        return pipeline;
    }

    @Override
    public Map<TupleTag<?>, PValue> expand() {
        Map<TupleTag<?>, PValue> out = new LinkedHashMap<>();
        out.put(new TupleTag<String>("metrics"), metrics);
        out.put(new TupleTag<Reject>("rejects"), rejects);
        return out;
    }

    @Override
    public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {
        // nothing to finish: both collections have their coders
    }
}
