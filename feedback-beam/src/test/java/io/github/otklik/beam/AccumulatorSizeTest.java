package io.github.otklik.beam;

import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.Aggregator;
import io.github.otklik.metrics.appeal.AppealAccumulator;
import io.github.otklik.metrics.appeal.AppealAggregator;
import io.github.otklik.metrics.process.ProcessAccumulator;
import io.github.otklik.metrics.process.ProcessAggregator;
import io.github.otklik.metrics.satisfaction.SatisfactionAccumulator;
import io.github.otklik.metrics.satisfaction.SatisfactionAggregator;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What crosses the shuffle per (part, group) and bundle: the encoded accumulator. The README's
 * figures come from here; each is bounded by the number of codes or distinct values, not records.
 */
class AccumulatorSizeTest {
    private static <T, A extends Serializable> int encodedSize(Aggregator<T, A, ?> aggregator, Class<A> type, List<T> records) throws Exception {
        A acc = aggregator.create();
        records.forEach(r -> aggregator.add(acc, r));
        return CoderUtils.encodeToByteArray(SerializableCoder.of(type), acc).length;
    }

    @Test
    void satisfactionAndAppealAccumulatorsGrowWithCodesNotRecords() throws Exception {
        SatisfactionAggregator s = new SatisfactionAggregator(FormCatalog.standard());
        int empty = encodedSize(s, SatisfactionAccumulator.class, List.of());
        int some = encodedSize(s, SatisfactionAccumulator.class, Records.responses(600, FormCatalog.standard()));
        int many = encodedSize(s, SatisfactionAccumulator.class, Records.responses(3_000, FormCatalog.standard()));
        assertThat(empty).isLessThan(600);
        assertThat(many).isLessThan(6_000).isLessThan(some + 1_000);

        AppealAggregator a = new AppealAggregator(ZoneId.of("Europe/Moscow"), LocalDate.parse("2025-04-01"));
        assertThat(encodedSize(a, AppealAccumulator.class, List.of())).isLessThan(1_000);
        assertThat(encodedSize(a, AppealAccumulator.class, Records.appeals(3_000))).isLessThan(3_000);
    }

    @Test
    void processAccumulatorsKeepDurationsExactlyUpToTheLimitThenInTheSketch() throws Exception {
        ProcessAggregator p = new ProcessAggregator();
        assertThat(encodedSize(p, ProcessAccumulator.class, List.of())).isLessThan(1_000);
        List<ProcessInstance> exact = Records.processes(4_000);
        long finished = exact.stream().filter(ProcessInstance::isFinished).count();
        assertThat(finished).isLessThan(4_096);
        // the exact values sit in an array whose capacity doubles up to 4,096 longs, all of it encoded
        assertThat(encodedSize(p, ProcessAccumulator.class, exact)).isLessThan(1_000 + 8 * 4_096).isLessThan(1_000 + 16 * (int) finished);

        Random rnd = new Random(5);
        List<ProcessInstance> sketched = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            ProcessInstance r = exact.get(i % exact.size());
            // one second to ten years
            sketched.add(ProcessInstance.builder("x-" + i).agency(r.agency()).process(r.process()).startedAt(r.startedAt())
                    .finishedAt(r.startedAt().plusSeconds(1 + (long) (rnd.nextDouble() * 315_360_000L))).build());
        }
        assertThat(encodedSize(p, ProcessAccumulator.class, sketched)).isLessThan(22_000);
    }
}
