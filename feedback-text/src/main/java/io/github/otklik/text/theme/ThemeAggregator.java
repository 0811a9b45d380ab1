package io.github.otklik.text.theme;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.metrics.Aggregator;
import io.github.otklik.text.TextItem;
import io.github.otklik.text.normalize.AnalyzedText;

import java.time.ZoneId;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts, per process and over all texts, the texts that match each theme of a catalogue: the
 * figures of the pain map's {@code TEXT} evidence ({@code spec/painmap.md}: texts of the process that
 * match, of the process's texts — its responses' comments and its appeals' texts in the period).
 *
 * <pre>{@code
 * ThemeAggregator themes = ThemeAggregator.builder(ThemeCatalog.standard())
 *     .period(ReportingPeriod.parse("2025-Q1"), ZoneId.of("Europe/Moscow")).build();
 * ThemeFigures figures = items.stream().collect(themes.collector());
 * figures.process("svc-1").flatMap(c -> c.count("queue"));   // x of n, share, Wilson lower bound
 * }</pre>
 *
 * A text counts once per theme however often its phrases occur; a text without any word (blank,
 * punctuation only) is not counted at all; with a period set, texts outside it are skipped. Merging
 * is exact, so results do not depend on input order or on how the input was split. Immutable and
 * thread-safe; its accumulators are not thread-safe.
 */
public final class ThemeAggregator implements Aggregator<TextItem, ThemeAccumulator, ThemeFigures> {
    private final ThemeMatcher matcher;
    private final ReportingPeriod period;
    private final ZoneId zone;

    private ThemeAggregator(Builder b) {
        this.matcher = ThemeMatcher.of(b.catalog);
        this.period = b.period;
        this.zone = b.zone;
    }

    /**
     * A builder of an aggregator for the themes of {@code catalog}.
     *
     * @param catalog the themes
     * @return a new builder
     */
    public static Builder builder(ThemeCatalog catalog) {
        return new Builder(catalog);
    }

    /**
     * The catalogue counted.
     *
     * @return the catalogue
     */
    public ThemeCatalog catalog() {
        return matcher.catalog();
    }

    @Override
    public ThemeAccumulator create() {
        return new ThemeAccumulator(matcher.catalog().themes().size());
    }

    @Override
    public void add(ThemeAccumulator accumulator, TextItem item) {
        if (period != null && !period.contains(item.at(), zone)) {
            return;
        }
        AnalyzedText text = matcher.normalizer().analyze(item.text());
        if (text.isEmpty()) {
            return;
        }
        add(accumulator, item, text);
    }

    /**
     * Adds an item whose text is already analysed (by {@code catalog()}'s language normaliser), so
     * that one analysis can serve themes and phrases. The period, when set, is checked here too.
     *
     * @param accumulator the accumulator
     * @param item the item
     * @param text {@code item.text()} analysed
     */
    public void add(ThemeAccumulator accumulator, TextItem item, AnalyzedText text) {
        if (text.isEmpty() || (period != null && !period.contains(item.at(), zone))) {
            return;
        }
        accumulator.add(item.process().orElse(null), matcher.match(text));
    }

    @Override
    public ThemeAccumulator merge(ThemeAccumulator into, ThemeAccumulator other) {
        into.merge(other);
        return into;
    }

    @Override
    public ThemeFigures result(ThemeAccumulator accumulator) {
        Map<String, ThemeCounts> byProcess = new HashMap<>();
        accumulator.byProcess.forEach((p, counts) -> byProcess.put(p, counts(counts)));
        return new ThemeFigures(byProcess, counts(accumulator.total));
    }

    /**
     * Counts {@code items} in one pass.
     *
     * @param items the texts
     * @return the figures
     */
    public ThemeFigures count(Iterable<TextItem> items) {
        ThemeAccumulator acc = create();
        for (TextItem item : items) {
            add(acc, item);
        }
        return result(acc);
    }

    private ThemeCounts counts(long[] counts) {
        List<Theme> themes = matcher.catalog().themes();
        Map<String, Long> matched = new HashMap<>();
        for (int t = 0; t < themes.size(); t++) {
            if (counts[1 + t] > 0) {
                matched.put(themes.get(t).code(), counts[1 + t]);
            }
        }
        return new ThemeCounts(counts[0], matched);
    }

    /** Builder of {@link ThemeAggregator}. Not thread-safe. */
    public static final class Builder {
        private final ThemeCatalog catalog;
        private ReportingPeriod period;
        private ZoneId zone;

        private Builder(ThemeCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
        }

        /**
         * Counts only texts whose instant falls in {@code period}, by local date in {@code zone}.
         *
         * @param period the reporting period
         * @param zone the reporting zone
         * @return this builder
         * @throws IllegalStateException when the period was already set
         */
        public Builder period(ReportingPeriod period, ZoneId zone) {
            if (this.period != null) {
                throw new IllegalStateException("period was already set to " + this.period);
            }
            this.period = Objects.requireNonNull(period, "period");
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Builds the aggregator.
         *
         * @return the aggregator
         */
        public ThemeAggregator build() {
            return new ThemeAggregator(this);
        }
    }

    /**
     * The period counted, when one was set.
     *
     * @return the period
     */
    public Optional<ReportingPeriod> period() {
        return Optional.ofNullable(period);
    }
}
