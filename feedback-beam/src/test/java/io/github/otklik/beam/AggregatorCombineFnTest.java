package io.github.otklik.beam;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.Aggregator;
import io.github.otklik.metrics.appeal.AppealAccumulator;
import io.github.otklik.metrics.appeal.AppealAggregator;
import io.github.otklik.metrics.process.ProcessAccumulator;
import io.github.otklik.metrics.process.ProcessAggregator;
import io.github.otklik.metrics.satisfaction.SatisfactionAccumulator;
import io.github.otklik.metrics.satisfaction.SatisfactionAggregator;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AggregatorCombineFnTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    /**
     * The combine function in every shape a runner may use it: one accumulator; shards of every
     * size, some empty, their accumulators sent through the coder (as through a shuffle) and merged
     * in a random order, in one or in several rounds. Every shape gives the aggregator's own result.
     */
    private static <T, A extends Serializable, R> void combinesLikeTheAggregator(Combine.CombineFn<T, A, R> fn, Coder<A> coder,
            Aggregator<T, A, R> aggregator, List<T> input) throws Exception {
        A direct = aggregator.create();
        input.forEach(r -> aggregator.add(direct, r));
        R expected = aggregator.result(direct);
        Random rnd = new Random(3);
        for (int shards : new int[] {1, 2, 7, 64, input.size() + 3}) {
            List<A> accs = new ArrayList<>();
            for (int s = 0; s < shards; s++) {
                accs.add(fn.createAccumulator());
            }
            for (T r : input) {
                int s = rnd.nextInt(shards);
                accs.set(s, fn.addInput(accs.get(s), r));
            }
            List<A> shuffled = new ArrayList<>();
            for (A a : accs) {
                shuffled.add(CoderUtils.clone(coder, a));
            }
            Collections.shuffle(shuffled, rnd);
            while (shuffled.size() > 1) {
                int k = Math.min(shuffled.size(), 1 + rnd.nextInt(5));
                List<A> batch = new ArrayList<>(shuffled.subList(0, k));
                shuffled.subList(0, k).clear();
                shuffled.add(fn.mergeAccumulators(batch));
            }
            assertThat(fn.extractOutput(fn.mergeAccumulators(shuffled))).as("%d shards", shards).isEqualTo(expected);
        }
        assertThat(fn.extractOutput(fn.mergeAccumulators(List.of()))).isEqualTo(aggregator.result(aggregator.create()));
    }

    @Test
    void satisfactionAppealAndProcessFunctionsCombineLikeTheirAggregators() throws Exception {
        FormCatalogSource forms = FormCatalogSource.standard();
        AggregatorCombineFn<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> s =
                AggregatorCombineFn.of(() -> new SatisfactionAggregator(forms.get()), SatisfactionAccumulator.class);
        combinesLikeTheAggregator(SerializableUtils.clone(s), s.accumulatorCoder(), new SatisfactionAggregator(FormCatalog.standard()),
                Records.responses(600, FormCatalog.standard()));

        LocalDate asOf = LocalDate.parse("2025-04-01");
        var a = AggregatorCombineFn.of(() -> new AppealAggregator(ZONE, asOf), AppealAccumulator.class);
        combinesLikeTheAggregator(SerializableUtils.clone(a), a.accumulatorCoder(), new AppealAggregator(ZONE, asOf), Records.appeals(400));

        var p = AggregatorCombineFn.of(ProcessAggregator::new, ProcessAccumulator.class);
        List<ProcessInstance> instances = Records.processes(400);
        combinesLikeTheAggregator(SerializableUtils.clone(p), p.accumulatorCoder(), new ProcessAggregator(), instances);
        // beyond the exact limit, durations move into the sketch: still the aggregator's figures
        List<ProcessInstance> many = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            many.addAll(Records.processes(2_000));
        }
        combinesLikeTheAggregator(SerializableUtils.clone(p), p.accumulatorCoder(), new ProcessAggregator(), many);
    }

    @Test
    void partialOutputsTheAccumulatorWhoseResultIsTheFunctionsOutput() throws Exception {
        LocalDate asOf = LocalDate.parse("2025-04-01");
        AggregatorCombineFn<Appeal, AppealAccumulator, ?> fn = AggregatorCombineFn.of(() -> new AppealAggregator(ZONE, asOf), AppealAccumulator.class);
        Combine.CombineFn<Appeal, AppealAccumulator, AppealAccumulator> partial = SerializableUtils.clone(fn.partial());
        List<Appeal> appeals = Records.appeals(300);
        AppealAccumulator acc = partial.createAccumulator();
        for (Appeal x : appeals) {
            acc = partial.addInput(acc, x);
        }
        AppealAccumulator out = CoderUtils.clone(partial.getDefaultOutputCoder(null, null), partial.extractOutput(acc));
        AppealAggregator agg = new AppealAggregator(ZONE, asOf);
        assertThat(agg.result(out)).isEqualTo(appeals.stream().collect(agg.collector()));
        assertThat(partial.getAccumulatorCoder(null, null)).isEqualTo(fn.accumulatorCoder());
    }

    @Test
    void aCustomFormTravelsAsTemplateTextAndIsRebuiltOnTheWorker() throws Exception {
        String template = standardTemplate("EXT-1").replaceFirst("\"id\"\\s*:\\s*\"EXT-1\"", "\"id\": \"AG-X\"");
        FormCatalogSource forms = FormCatalogSource.standard().withTemplate("AG-X.json", template);
        FormCatalog catalog = forms.get();
        List<SurveyResponse> responses = new ArrayList<>();
        for (SurveyResponse r : Records.responses(400, catalog)) {
            if (r.form().equals("EXT-1")) {
                responses.add(r.toBuilder().form("AG-X", r.formVersion()).build());
            }
        }
        assertThat(responses).hasSizeGreaterThan(50);
        AggregatorCombineFn<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> fn =
                AggregatorCombineFn.of(() -> new SatisfactionAggregator(forms.get()), SatisfactionAccumulator.class);
        byte[] shipped = SerializableUtils.serializeToByteArray(fn);
        @SuppressWarnings("unchecked")
        var onWorker = (AggregatorCombineFn<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures>)
                SerializableUtils.deserializeFromByteArray(shipped, "combine function");
        SatisfactionAccumulator acc = onWorker.createAccumulator();
        for (SurveyResponse r : responses) {
            acc = onWorker.addInput(acc, r);
        }
        SatisfactionFigures figures = onWorker.extractOutput(acc);
        assertThat(figures).isEqualTo(responses.stream().collect(new SatisfactionAggregator(catalog).collector()));
        assertThat(figures.overall().answered()).isGreaterThan(0);
        // the standard catalog alone does not know AG-X: responses counted, nothing tallied
        SatisfactionFigures unknown = responses.stream().collect(new SatisfactionAggregator(FormCatalog.standard()).collector());
        assertThat(unknown.overall().answered()).isZero();
        assertThat(onWorker.aggregator()).isNotSameAs(fn.aggregator());
    }

    static String standardTemplate(String id) throws IOException {
        try (InputStream in = FormCatalog.class.getResourceAsStream("/otklik-form/1/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
