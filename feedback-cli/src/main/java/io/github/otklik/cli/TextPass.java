package io.github.otklik.cli;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.UnorderedRecordSource;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.text.TextItem;
import io.github.otklik.text.TextItems;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The texts of a run's inputs as {@link TextItem}s: the {@code role: comment} answers of the
 * accepted responses and the {@code text} of the accepted appeals (process instances have no text).
 * Either one pass of its own over the sources ({@link #read}), or riding along the metrics pass
 * ({@link #tap}): the sources are wrapped so that every accepted record also gives its texts, on the
 * thread that reads it. Items go to sinks, one per reading thread, so aggregators with mergeable
 * accumulators need no lock.
 */
final class TextPass {
    private final FormCatalog forms;
    private final Supplier<? extends Consumer<TextItem>> sinks;

    /**
     * @param forms the templates of the responses (their comment questions, overall question and audience)
     * @param sinks makes a sink per reading thread; each sink is used by one thread at a time
     */
    TextPass(FormCatalog forms, Supplier<? extends Consumer<TextItem>> sinks) {
        this.forms = Objects.requireNonNull(forms, "forms");
        this.sinks = Objects.requireNonNull(sinks, "sinks");
    }

    /** What a pass of its own read. */
    record Counts(ReadSummary responses, ReadSummary appeals) {
        long rejected() {
            return (responses == null ? 0 : responses.rejected()) + (appeals == null ? 0 : appeals.rejected());
        }
    }

    /**
     * Reads the responses and appeals of {@code inputs} once, giving every text to a sink.
     *
     * @param inputs the sources (process instances are not read)
     * @param rejects receives every reject, in input order
     * @return the read counts (null for an input not given)
     */
    Counts read(MetricsInputs inputs, Consumer<Reject> rejects) {
        ReadSummary responses = null;
        if (inputs.responses().isPresent()) {
            RecordSource<SurveyResponse> src = inputs.responses().get();
            if (src instanceof UnorderedRecordSource<SurveyResponse> parallel) {
                responses = parallel.readUnordered(() -> responseSink(sinks.get(), null), rejects);
            } else {
                Consumer<SurveyResponse> sink = responseSink(sinks.get(), null);
                responses = src.read(RecordHandler.of(sink, rejects));
            }
        }
        ReadSummary appeals = null;
        if (inputs.appeals().isPresent()) {
            appeals = inputs.appeals().get().read(RecordHandler.of(appealSink(sinks.get(), null), rejects));
        }
        return new Counts(responses, appeals);
    }

    /**
     * {@code inputs} with their responses and appeals wrapped so that the metrics engine's own pass
     * also gives every accepted record's texts to a sink: one read of each file for figures and texts.
     *
     * @param inputs the sources of the run
     * @return sources that read exactly as {@code inputs} do
     */
    MetricsInputs tap(MetricsInputs inputs) {
        MetricsInputs out = MetricsInputs.none();
        if (inputs.responses().isPresent()) {
            out = out.withResponses(tapResponses(inputs.responses().get()));
        }
        if (inputs.appeals().isPresent()) {
            RecordSource<Appeal> src = inputs.appeals().get();
            out = out.withAppeals(handler -> {
                Consumer<Appeal> texts = appealSink(sinks.get(), null);
                return src.read(new Tee<>(handler, texts));
            });
        }
        if (inputs.processes().isPresent()) {
            out = out.withProcesses(inputs.processes().get());
        }
        return out;
    }

    private RecordSource<SurveyResponse> tapResponses(RecordSource<SurveyResponse> src) {
        if (src instanceof UnorderedRecordSource<SurveyResponse> parallel) {
            return new UnorderedRecordSource<>() {
                @Override
                public ReadSummary read(RecordHandler<? super SurveyResponse> handler) {
                    return parallel.read(new Tee<>(handler, responseSink(sinks.get(), null)));
                }

                @Override
                public ReadSummary readUnordered(Supplier<? extends Consumer<? super SurveyResponse>> engineSinks, Consumer<Reject> rejects) {
                    return parallel.readUnordered(() -> responseSink(sinks.get(), engineSinks.get()), rejects);
                }
            };
        }
        return handler -> src.read(new Tee<>(handler, responseSink(sinks.get(), null)));
    }

    /** A consumer of responses that gives each to {@code first} (when given), then its comments to {@code texts}. */
    private Consumer<SurveyResponse> responseSink(Consumer<TextItem> texts, Consumer<? super SurveyResponse> first) {
        return r -> {
            if (first != null) {
                first.accept(r);
            }
            for (TextItem item : TextItems.fromResponse(r, forms)) {
                texts.accept(item);
            }
        };
    }

    private static Consumer<Appeal> appealSink(Consumer<TextItem> texts, Consumer<? super Appeal> first) {
        return a -> {
            if (first != null) {
                first.accept(a);
            }
            TextItems.fromAppeal(a).ifPresent(texts);
        };
    }

    /** A handler that passes everything to {@code handler} and each accepted record, afterwards, to {@code also}. */
    private record Tee<T>(RecordHandler<? super T> handler, Consumer<? super T> also) implements RecordHandler<T> {
        @Override
        public void accept(T record, long line) {
            handler.accept(record, line);
            also.accept(record);
        }

        @Override
        public void reject(Reject reject) {
            handler.reject(reject);
        }
    }
}
