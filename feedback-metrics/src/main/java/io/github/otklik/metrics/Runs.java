package io.github.otklik.metrics;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.UnorderedRecordSource;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.metrics.report.InputCounts;
import io.github.otklik.metrics.report.InputSummary;
import io.github.otklik.metrics.report.MetricsReport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs of one or more engines over the same inputs in one pass: each input is read once, each
 * accepted record is added to every engine's accumulators. The engines share a reporting window,
 * so a record's {@code inPeriod} is the first engine's answer.
 */
final class Runs {
    private Runs() {
    }

    static List<MetricsReport> together(List<MetricsEngine> engines, MetricsInputs inputs, Consumer<Reject> rejects) {
        java.util.Objects.requireNonNull(rejects, "rejects");
        Accumulators[] acc = fresh(engines);
        InputSummary summary = InputSummary.none();
        if (inputs.responses().isPresent()) {
            RecordSource<SurveyResponse> src = inputs.responses().get();
            summary = summary.withResponses(src instanceof UnorderedRecordSource<SurveyResponse> parallel
                    ? unordered(engines, parallel, rejects, acc)
                    : counts(src, rejects, responses(acc)));
        }
        if (inputs.appeals().isPresent()) {
            Predicate<io.github.otklik.core.appeal.Appeal> add = acc.length == 1 ? acc[0]::add : a -> {
                boolean in = acc[0].add(a);
                for (int i = 1; i < acc.length; i++) {
                    acc[i].add(a);
                }
                return in;
            };
            summary = summary.withAppeals(counts(inputs.appeals().get(), rejects, add));
        }
        if (inputs.processes().isPresent()) {
            Predicate<io.github.otklik.core.process.ProcessInstance> add = acc.length == 1 ? acc[0]::add : p -> {
                boolean in = acc[0].add(p);
                for (int i = 1; i < acc.length; i++) {
                    acc[i].add(p);
                }
                return in;
            };
            summary = summary.withProcesses(counts(inputs.processes().get(), rejects, add));
        }
        List<MetricsReport> out = new ArrayList<>(acc.length);
        for (Accumulators a : acc) {
            out.add(a.report(summary));
        }
        return out;
    }

    private static Accumulators[] fresh(List<MetricsEngine> engines) {
        Accumulators[] acc = new Accumulators[engines.size()];
        for (int i = 0; i < acc.length; i++) {
            acc[i] = engines.get(i).newAccumulators();
        }
        return acc;
    }

    /** Adds a response to every engine's accumulators; answers whether it falls in the period. */
    private static Predicate<SurveyResponse> responses(Accumulators[] acc) {
        return acc.length == 1 ? acc[0]::add : r -> {
            boolean in = acc[0].add(r);
            for (int i = 1; i < acc.length; i++) {
                acc[i].add(r);
            }
            return in;
        };
    }

    /**
     * Reads responses that may arrive on several threads: each sink (one per reading thread) fills
     * its own accumulators, merged into {@code into} at the end; the merges are exact, so the
     * report is the one an ordered read gives.
     */
    private static InputCounts unordered(List<MetricsEngine> engines, UnorderedRecordSource<SurveyResponse> source, Consumer<Reject> rejects,
            Accumulators[] into) {
        List<ResponseSink> sinks = new ArrayList<>();
        ReadSummary s = source.readUnordered(() -> {
            ResponseSink sink = new ResponseSink(fresh(engines));
            synchronized (sinks) {
                sinks.add(sink);
            }
            return sink;
        }, rejects);
        long inPeriod = 0;
        synchronized (sinks) {
            for (ResponseSink sink : sinks) {
                for (int i = 0; i < into.length; i++) {
                    into[i].absorb(sink.accumulators[i]);
                }
                inPeriod += sink.inPeriod;
            }
        }
        return new InputCounts(s.read(), s.accepted(), s.rejected(), inPeriod);
    }

    /** The accumulators of one reading thread. */
    private static final class ResponseSink implements Consumer<SurveyResponse> {
        final Accumulators[] accumulators;
        final Predicate<SurveyResponse> add;
        long inPeriod;

        ResponseSink(Accumulators[] accumulators) {
            this.accumulators = accumulators;
            this.add = responses(accumulators);
        }

        @Override
        public void accept(SurveyResponse r) {
            if (add.test(r)) {
                inPeriod++;
            }
        }
    }

    private static <T> InputCounts counts(RecordSource<T> source, Consumer<Reject> rejects, Predicate<T> addInPeriod) {
        long[] inPeriod = new long[1];
        ReadSummary s = source.read(new RecordHandler<T>() {
            @Override
            public void accept(T record, long line) {
                if (addInPeriod.test(record)) {
                    inPeriod[0]++;
                }
            }

            @Override
            public void reject(Reject reject) {
                rejects.accept(reject);
            }
        });
        return new InputCounts(s.read(), s.accepted(), s.rejected(), inPeriod[0]);
    }
}
