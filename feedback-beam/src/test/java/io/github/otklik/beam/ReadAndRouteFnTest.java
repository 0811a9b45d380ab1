package io.github.otklik.beam;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.Part;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ReadFileFn} and {@link RouteFn} on their own, each in a small pipeline on the DirectRunner. */
class ReadAndRouteFnTest {
    private static final String HEADER = "id,agency,process,channel,kind,topic,reason,registeredAt,answeredAt,dueDate,outcome\n";
    private static final String APPEAL = "%s,minsoc,svc-1,EPGU,%s,,,%s,,,\n";
    private static final MetricsSpec SPEC = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).build();

    /** Writes {@code strings} to one file under {@code dir} named {@code name} (hamcrest-free: PAssert needs it). */
    private static void write(PCollection<String> strings, Path dir, String name) {
        strings.apply("write " + name, TextIO.write().to(dir.resolve(name).toString()).withoutSharding());
    }

    private static List<String> lines(Path dir, String name) throws java.io.IOException {
        return Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private static <T> PCollection<String> strings(PCollection<T> in, String name,
            org.apache.beam.sdk.transforms.SerializableFunction<T, String> f) {
        return in.apply("show " + name, MapElements.into(TypeDescriptors.strings()).via(f));
    }

    private static Pipeline pipeline() {
        return Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
    }

    @Test
    void readFileEmitsRecordsAtTheirLinesTheirIdsTheReadersRejectsAndTheTallies(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.csv"), HEADER + String.format(APPEAL, "a-1", "APPEAL", "2025-02-01T10:00:00Z")
                + String.format(APPEAL, "a-2", "APPEAL", "2025-13-01T10:00:00Z") + "\n"
                + String.format(APPEAL, "a-3", "COMPLAINT", "2025-09-01T10:00:00Z"), StandardCharsets.UTF_8);
        String path = dir.resolve("a.csv").toString();
        Pipeline p = pipeline();
        RecordInput<Appeal, ?> in = RecordInput.appeals();
        ReadFileFn.Tags<Appeal> tags = ReadFileFn.Tags.of(in.name);
        PCollectionTuple read = p.apply(FileIO.match().filepattern(path)).apply(FileIO.readMatches())
                .apply(ParDo.of(new ReadFileFn<>(SPEC, in, tags))
                        .withOutputTags(tags.records(), TupleTagList.of(tags.ids()).and(tags.rejects()).and(tags.tallies())));
        write(strings(read.get(tags.records()).setCoder(KvCoder.of(Position.Coder.INSTANCE, in.coder())), "records",
                kv -> kv.getKey().source() + ":" + kv.getKey().line() + " " + kv.getValue().id()), dir, "records");
        write(strings(read.get(tags.ids()).setCoder(KvCoder.of(StringUtf8Coder.of(), Position.Coder.INSTANCE)), "ids",
                kv -> kv.getKey() + " " + kv.getValue().path() + ":" + kv.getValue().line()), dir, "ids");
        write(strings(read.get(tags.rejects()).setCoder(RejectCoder.of()), "rejects",
                r -> r.source() + ":" + r.line() + " " + r.id().orElse("") + " " + r.field().orElse("")), dir, "rejects");
        write(strings(read.get(tags.tallies()).setCoder(InputBranches.tallyCoder()), "tallies",
                kv -> kv.getKey() + "=" + kv.getValue()), dir, "tallies");
        assertThat(p.run().waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
        assertThat(lines(dir, "records")).containsExactlyInAnyOrder("a.csv:2 a-1", "a.csv:5 a-3");
        assertThat(lines(dir, "ids")).containsExactlyInAnyOrder("a-1 " + path + ":2", "a-3 " + path + ":5");
        assertThat(lines(dir, "rejects")).containsExactly("a.csv:3 a-2 registeredAt");
        assertThat(lines(dir, "tallies")).containsExactlyInAnyOrder("appeals.read=3", "appeals.rejected=1");
    }

    @Test
    void routeDropsTheLosersRoutesTheRestAndCountsThoseInThePeriod(@TempDir Path dir) throws Exception {
        RecordInput<Appeal, ?> in = RecordInput.appeals();
        MetricsEngine engine = MetricsEngine.from(SPEC);
        List<Part> parts = in.parts(engine);
        assertThat(parts).isNotEmpty();
        Appeal kept = appeal("a-1", "2025-02-01T10:00:00Z");
        Appeal lost = appeal("a-2", "2025-02-02T10:00:00Z");
        Appeal outside = appeal("a-3", "2025-09-01T10:00:00Z");
        Position keptAt = new Position("/d/a.csv", "a.csv", 2);
        Position lostAt = new Position("/d/b.csv", "b.csv", 2);
        Position outsideAt = new Position("/d/a.csv", "a.csv", 3);

        Pipeline p = pipeline();
        PCollectionView<List<Position>> losers = p.apply("losers", Create.of(lostAt).withCoder(Position.Coder.INSTANCE))
                .apply(View.asList());
        Map<Part, TupleTag<KV<GroupKey, Appeal>>> tags = new EnumMap<>(Part.class);
        parts.forEach(part -> tags.put(part, new TupleTag<>(part.name())));
        TupleTag<KV<String, Long>> tallies = new TupleTag<>("tallies");
        PCollectionTuple routed = p.apply("records", Create.of(KV.of(keptAt, kept), KV.of(lostAt, lost), KV.of(outsideAt, outside))
                        .withCoder(KvCoder.of(Position.Coder.INSTANCE, in.coder())))
                .apply(ParDo.of(new RouteFn<>(SPEC, in, tags, tallies)).withSideInput(RouteFn.REPEATED, losers)
                        .withOutputTags(tallies, TupleTagList.of(List.copyOf(tags.values()))));
        write(strings(routed.get(tallies).setCoder(InputBranches.tallyCoder()), "tallies", kv -> kv.getKey() + "=" + kv.getValue()),
                dir, "tallies");
        Map<Part, List<String>> expected = new EnumMap<>(Part.class);
        for (Part part : parts) {
            write(strings(routed.get(tags.get(part)).setCoder(KvCoder.of(GroupKeyCoder.of(), in.coder())), part.name(),
                    kv -> kv.getKey() + " " + kv.getValue().id()), dir, part.name());
            expected.put(part, new java.util.ArrayList<>());
        }
        engine.route(kept, (part, key) -> expected.get(part).add(key + " " + kept.id()));
        assertThat(expected.values().stream().mapToInt(List::size).sum()).isPositive();
        assertThat(p.run().waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
        assertThat(lines(dir, "tallies")).containsExactly("appeals.inPeriod=1");
        for (Part part : parts) {
            assertThat(lines(dir, part.name())).as(part.name()).containsExactlyInAnyOrderElementsOf(expected.get(part));
        }
    }

    private static Appeal appeal(String id, String registeredAt) {
        Appeal[] out = new Appeal[1];
        io.github.otklik.core.io.AppealCsvReader.builder().build().read(new java.io.ByteArrayInputStream(
                (HEADER + String.format(APPEAL, id, "APPEAL", registeredAt)).getBytes(StandardCharsets.UTF_8)), "x.csv",
                new io.github.otklik.core.io.RecordHandler<Appeal>() {
                    @Override
                    public void accept(Appeal record, long line) {
                        out[0] = record;
                    }

                    @Override
                    public void reject(Reject reject) {
                        throw new AssertionError(reject.toString());
                    }
                });
        return out[0];
    }
}
