package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.metrics.appeal.AppealAggregator;
import io.github.otklik.metrics.process.ProcessAggregator;
import io.github.otklik.metrics.satisfaction.SatisfactionAggregator;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The algebra every aggregator obeys: merge is associative and commutative, the result does not
 * depend on input order, and splitting the input anywhere then merging equals one pass.
 */
class AggregatorLawsTest {
    private static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");
    private static final String[] REASONS = {"queue", "docs", "rude", "other"};

    static Gen<Appeal> appeals() {
        return integers().between(0, Integer.MAX_VALUE).map(seed -> {
            Random r = new Random(seed);
            Instant registered = BASE.plusSeconds(r.nextInt(90 * 86_400));
            Appeal.Builder b = Appeal.builder("a-" + seed).agency("ag").channel(Channel.values()[r.nextInt(5)])
                    .kind(AppealKind.values()[r.nextInt(4)]).registeredAt(registered);
            if (r.nextBoolean()) {
                b.reason(REASONS[r.nextInt(REASONS.length)]);
            }
            if (r.nextInt(4) > 0) {
                b.answeredAt(registered.plusSeconds(r.nextInt(60 * 86_400)));
                if (r.nextBoolean()) {
                    b.outcome(AppealOutcome.values()[r.nextInt(4)]);
                }
            }
            if (r.nextInt(5) == 0) {
                b.dueDate(LocalDate.ofInstant(registered, ZoneId.of("UTC")).plusDays(r.nextInt(40)));
            }
            return b.build();
        });
    }

    static Gen<ProcessInstance> instances() {
        return integers().between(0, Integer.MAX_VALUE).map(seed -> {
            Random r = new Random(seed);
            Instant started = BASE.plusSeconds(r.nextInt(90 * 86_400));
            ProcessInstance.Builder b = ProcessInstance.builder("p-" + seed).agency("ag").process("svc").startedAt(started);
            if (r.nextInt(5) > 0) {
                b.finishedAt(started.plusMillis((long) r.nextInt(1_000_000_000)));
                if (r.nextBoolean()) {
                    b.outcome(r.nextBoolean() ? ProcessOutcome.POSITIVE : ProcessOutcome.NEGATIVE);
                    b.negativeReason(REASONS[r.nextInt(REASONS.length)]);
                }
            }
            if (r.nextBoolean()) {
                b.touches(1 + r.nextInt(6));
            }
            return b.build();
        });
    }

    static Gen<SurveyResponse> responses() {
        return integers().between(0, Integer.MAX_VALUE).map(seed -> {
            Random r = new Random(seed);
            Object overall = r.nextInt(8) == 0 ? "dk" : (Object) (1 + r.nextInt(5));
            List<Object> answers = new ArrayList<>(List.of("used", "yes", "overall", overall));
            if (r.nextBoolean()) {
                answers.addAll(List.of("speed", r.nextInt(6) == 0 ? "dk" : (Object) (1 + r.nextInt(5))));
            }
            if (overall instanceof Integer i && i <= 3 && r.nextBoolean()) {
                answers.addAll(List.of("problems", r.nextBoolean() ? List.of("queue") : List.of("queue", "docs")));
            }
            if (r.nextInt(10) == 0) {
                return Fixtures.internal(BASE.toString(), "overall", 1 + r.nextInt(3));
            }
            if (r.nextInt(12) == 0) {
                return Fixtures.ext("svc", Channel.EPGU, BASE.toString(), "used", "no");
            }
            return Fixtures.ext("svc", Channel.EPGU, BASE.toString(), answers.toArray());
        });
    }

    private static <T, A, R> void laws(Aggregator<T, A, R> agg, Gen<T> records) {
        qt().withExamples(60).forAll(lists().of(records).ofSizeBetween(0, 60), longs().all()).checkAssert((list, seed) -> {
            R onePass = list.stream().collect(agg.collector());
            // split anywhere and merge
            int cut = list.isEmpty() ? 0 : (int) Math.floorMod(seed, (long) list.size() + 1);
            A left = fill(agg, list.subList(0, cut));
            A right = fill(agg, list.subList(cut, list.size()));
            assertThat(agg.result(agg.merge(left, right))).isEqualTo(onePass);
            // commutative
            assertThat(agg.result(agg.merge(fill(agg, list.subList(cut, list.size())), fill(agg, list.subList(0, cut)))))
                    .isEqualTo(onePass);
            // associative: (a+b)+c == a+(b+c) with a second cut
            int cut2 = cut + (list.size() - cut) / 2;
            A ab = agg.merge(fill(agg, list.subList(0, cut)), fill(agg, list.subList(cut, cut2)));
            A abc1 = agg.merge(ab, fill(agg, list.subList(cut2, list.size())));
            A bc = agg.merge(fill(agg, list.subList(cut, cut2)), fill(agg, list.subList(cut2, list.size())));
            A abc2 = agg.merge(fill(agg, list.subList(0, cut)), bc);
            assertThat(agg.result(abc1)).isEqualTo(agg.result(abc2)).isEqualTo(onePass);
            // order independent
            List<T> shuffled = new ArrayList<>(list);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(shuffled.stream().collect(agg.collector())).isEqualTo(onePass);
            // parallel streams use the same merge
            assertThat(list.parallelStream().collect(agg.collector())).isEqualTo(onePass);
        });
    }

    private static <T, A, R> A fill(Aggregator<T, A, R> agg, List<T> records) {
        A acc = agg.create();
        records.forEach(r -> agg.add(acc, r));
        return acc;
    }

    @Test
    void appealAggregatorObeysTheLaws() {
        laws(new AppealAggregator(ZoneId.of("Europe/Samara"), LocalDate.of(2025, 4, 1)), appeals());
    }

    @Test
    void processAggregatorObeysTheLaws() {
        laws(new ProcessAggregator(), instances());
    }

    @Test
    void satisfactionAggregatorObeysTheLaws() {
        laws(new SatisfactionAggregator(Fixtures.CATALOG), responses());
    }

    @Test
    void shareAlwaysLiesWithinItsWilsonInterval() {
        qt().forAll(longs().between(1, 100_000), integers().between(0, 1_000)).checkAssert((n, permille) -> {
            long x = n * permille / 1_000;
            ScaleResult s = ScaleResult.of(n, 0, x, n - x, 0, 0);
            double share = s.share().getAsDouble();
            assertThat(s.ci95().get().low()).isLessThanOrEqualTo(share + 1e-12);
            assertThat(s.ci95().get().high()).isGreaterThanOrEqualTo(share - 1e-12);
        });
    }
}
