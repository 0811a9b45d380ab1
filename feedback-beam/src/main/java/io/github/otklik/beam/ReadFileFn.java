package io.github.otklik.beam;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.metrics.MetricsSpec;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;

/**
 * Reads one file whole with Otklik's own reader (one worker per file, so rejects carry exact
 * lines and in-file duplicates are found as the reader finds them). Outputs: every accepted
 * record at its {@link Position} (main output), its id with that position, the reader's rejects,
 * and the file's {@code read} and {@code rejected} tallies.
 *
 * @param <T> the record type
 */
final class ReadFileFn<T> extends DoFn<FileIO.ReadableFile, KV<Position, T>> {
    private static final long serialVersionUID = 1L;
    private final MetricsSpec spec;
    private final RecordInput<T, ?> in;
    private final Tags<T> tags;

    /**
     * The output tags of the function.
     *
     * @param records the accepted records at their positions (the main output)
     * @param ids every accepted record's id with its position
     * @param rejects the reader's rejects
     * @param tallies the file's tallies
     * @param <T> the record type
     */
    record Tags<T>(TupleTag<KV<Position, T>> records, TupleTag<KV<String, Position>> ids, TupleTag<Reject> rejects,
            TupleTag<KV<String, Long>> tallies) implements java.io.Serializable {
        /** Tags named after the input. */
        static <T> Tags<T> of(String input) {
            return new Tags<>(new TupleTag<>(input + "-records"), new TupleTag<>(input + "-ids"), new TupleTag<>(input + "-rejects"),
                    new TupleTag<>(input + "-tallies"));
        }
    }

    ReadFileFn(MetricsSpec spec, RecordInput<T, ?> in, Tags<T> tags) {
        this.spec = spec;
        this.in = in;
        this.tags = tags;
    }

    /**
     * Reads {@code file} and emits what it holds.
     *
     * @param file the matched file
     * @param out the receivers of the four outputs
     */
    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
        String path = file.getMetadata().resourceId().toString();
        String source = file.getMetadata().resourceId().getFilename();
        OutputReceiver<KV<Position, T>> recordsOut = out.get(tags.records());
        OutputReceiver<KV<String, Position>> idsOut = out.get(tags.ids());
        OutputReceiver<Reject> rejectsOut = out.get(tags.rejects());
        long[] rejected = new long[1];
        ReadSummary summary;
        try (InputStream stream = Channels.newInputStream(file.open())) {
            summary = in.read(spec, stream, source, new RecordHandler<T>() {
                @Override
                public void accept(T record, long line) {
                    Position p = new Position(path, source, line);
                    recordsOut.output(KV.of(p, in.kept(record)));
                    idsOut.output(KV.of(in.id(record), p));
                }

                @Override
                public void reject(Reject reject) {
                    rejected[0]++;
                    rejectsOut.output(reject);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        OutputReceiver<KV<String, Long>> talliesOut = out.get(tags.tallies());
        talliesOut.output(KV.of(Tallies.key(in.name, Tallies.READ), summary.read()));
        talliesOut.output(KV.of(Tallies.key(in.name, Tallies.REJECTED), rejected[0]));
    }
}
