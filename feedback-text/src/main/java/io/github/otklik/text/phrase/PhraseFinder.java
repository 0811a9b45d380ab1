package io.github.otklik.text.phrase;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.text.Language;
import io.github.otklik.text.TextItem;
import io.github.otklik.text.mask.MaskedText;
import io.github.otklik.text.mask.PersonalDataMasker;
import io.github.otklik.text.normalize.AnalyzedText;
import io.github.otklik.text.normalize.TextNormalizer;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Emerging phrases ({@code otklik text phrases}): one- to three-word stem phrases over-represented in
 * the texts of dissatisfied clients (survey comments whose overall answer is at most the form's
 * {@code dissatisfiedTo}, complaint texts) against the other texts, scored by Dunning's G² on the
 * 2×2 table of <em>texts</em> holding the phrase (a text that repeats a phrase counts once, so one
 * long complaint cannot make a phrase), per process or overall, with counts on both sides, a label
 * and masked quotes.
 *
 * <pre>{@code
 * PhraseFinder finder = PhraseFinder.builder(Language.RU).grouping(Grouping.PROCESS).top(20).build();
 * PhraseRankings rankings = finder.rank(items);            // two passes over items
 * for (EmergingPhrase p : rankings.process("svc-1").orElseThrow().phrases()) {
 *     System.out.println(p.text().label() + " " + p.figures().dissatisfied() + "/" + p.figures().other());
 * }
 * }</pre>
 *
 * <p><b>Bounded memory, two passes.</b> Pass one ({@link #sketchAggregator()}) puts the phrases of
 * dissatisfied texts in a count-min sketch of fixed size (4·depth·width bytes: 1 MiB by default).
 * Pass two ({@link #aggregator(PhraseSketch)}) keeps, per group, the {@code candidates} phrases with
 * the largest sketch estimates (at least {@code minCount}) and counts them exactly on both sides; the
 * ranking takes the {@code top} by exact G². Every figure shown is exact; the ranking is the exhaustive
 * one whenever a group has at most {@code candidates} phrases whose estimate reaches {@code minCount}
 * (always for small groups), and otherwise misses only phrases with fewer dissatisfied texts than
 * every candidate's estimate. Both passes merge exactly, so results do not depend on input order or
 * split. Memory of pass two per group: at most {@code candidates} phrases, each with at most 8 surface
 * forms of at most 120 characters and 3 quotes of at most 240.
 *
 * <p>Immutable and thread-safe; the accumulators are not.
 */
public final class PhraseFinder {
    private final Language language;
    private final TextNormalizer normalizer;
    private final PersonalDataMasker masker;
    private final Grouping grouping;
    final int top;
    final int minCount;
    final int minCell;
    final int candidates;
    final int depth;
    final int width;
    final int maxWords;
    private final ReportingPeriod period;
    private final ZoneId zone;

    private PhraseFinder(Builder b) {
        this.language = b.language;
        this.normalizer = TextNormalizer.of(b.language);
        this.masker = PersonalDataMasker.of(b.outputLanguage == null ? b.language : b.outputLanguage);
        this.grouping = b.grouping;
        this.top = b.top;
        this.minCount = b.minCount;
        this.minCell = b.minCell;
        this.candidates = Math.max(b.candidates, b.top);
        this.depth = b.depth;
        this.width = b.width;
        this.maxWords = b.maxWords;
        this.period = b.period;
        this.zone = b.zone;
    }

    /**
     * A builder for texts in {@code language}.
     *
     * @param language the texts' language (stemmer and stop words)
     * @return a new builder with the defaults: overall, top 20, minCount 5, minCell 5, 500 candidates
     *     per group, a 4 × 65,536 sketch, phrases of up to three words
     */
    public static Builder builder(Language language) {
        return new Builder(language);
    }

    /**
     * How texts are grouped.
     *
     * @return the grouping
     */
    public Grouping grouping() {
        return grouping;
    }

    /**
     * The first pass: the sketch of the dissatisfied texts' phrases.
     *
     * @return a new aggregator
     */
    public PhraseSketchAggregator sketchAggregator() {
        return new PhraseSketchAggregator(this);
    }

    /**
     * The second pass, over the same texts, given the first pass's result.
     *
     * @param sketch the result of {@link #sketchAggregator()} over the same texts
     * @return a new aggregator
     * @throws IllegalArgumentException when the sketch has another shape than this finder's
     */
    public PhraseAggregator aggregator(PhraseSketch sketch) {
        if (sketch.depth() != depth || sketch.width() != width) {
            throw new IllegalArgumentException("the sketch is " + sketch.depth() + "×" + sketch.width() + ", this finder's " + depth + "×" + width);
        }
        return new PhraseAggregator(this, sketch);
    }

    /**
     * Both passes over {@code items}, which must give the same items twice.
     *
     * @param items the texts, iterated twice
     * @return the rankings
     */
    public PhraseRankings rank(Iterable<TextItem> items) {
        PhraseSketchAggregator first = sketchAggregator();
        SketchAccumulator sketch = first.create();
        for (TextItem item : items) {
            first.add(sketch, item);
        }
        PhraseAggregator second = aggregator(first.result(sketch));
        CandidateAccumulator acc = second.create();
        for (TextItem item : items) {
            second.add(acc, item);
        }
        return second.result(acc);
    }

    /**
     * The memory the sketch of pass one takes, whatever the input.
     *
     * @return 4·depth·width bytes
     */
    public long sketchBytes() {
        return 4L * depth * width;
    }

    PersonalDataMasker masker() {
        return masker;
    }

    /** The item as the passes see it, or null when it is outside the period, has no group or no word. */
    Prepared prepare(TextItem item, NGrams ngrams) {
        if (period != null && !period.contains(item.at(), zone)) {
            return null;
        }
        String group = "";
        long groupHash = 0;
        if (grouping == Grouping.PROCESS) {
            if (item.process().isEmpty()) {
                return null;
            }
            group = item.process().get();
            groupHash = ngrams.hash(group);
        }
        AnalyzedText text = normalizer.analyze(item.text());
        if (text.isEmpty()) {
            return null;
        }
        MaskedText mask = masker.mask(text.text());
        return new Prepared(item, group, groupHash, text, mask);
    }

    NGrams newNGrams() {
        return new NGrams(maxWords, language);
    }

    @Override
    public String toString() {
        return "PhraseFinder[" + language.code() + ", " + grouping + ", top " + top + ", minCount " + minCount + ", " + candidates + " candidates]";
    }

    /** Builder of {@link PhraseFinder}; each option may be set once. Not thread-safe. */
    public static final class Builder {
        private final Language language;
        private Language outputLanguage;
        private Grouping grouping = Grouping.OVERALL;
        private int top = 20;
        private int minCount = 5;
        private int minCell = 5;
        private int candidates = 500;
        private int depth = 4;
        private int width = 1 << 16;
        private int maxWords = 3;
        private ReportingPeriod period;
        private ZoneId zone;
        private final java.util.Set<String> set = new java.util.HashSet<>();

        private Builder(Language language) {
            this.language = Objects.requireNonNull(language, "language");
        }

        private void once(String option) {
            if (!set.add(option)) {
                throw new IllegalStateException(option + " was already set");
            }
        }

        private static int atLeast(String option, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(option + " must be in " + min + ".." + max + ": " + value);
            }
            return value;
        }

        /**
         * The language of labels' and quotes' replacement tokens (default: the texts' language).
         *
         * @param language {@code --lang}
         * @return this builder
         */
        public Builder outputLanguage(Language language) {
            once("outputLanguage");
            this.outputLanguage = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Overall (default) or per process.
         *
         * @param grouping the grouping
         * @return this builder
         */
        public Builder grouping(Grouping grouping) {
            once("grouping");
            this.grouping = Objects.requireNonNull(grouping, "grouping");
            return this;
        }

        /**
         * How many phrases each ranking lists (default 20).
         *
         * @param top 1 to 10,000
         * @return this builder
         */
        public Builder top(int top) {
            once("top");
            this.top = atLeast("top", top, 1, 10_000);
            return this;
        }

        /**
         * The fewest dissatisfied texts a listed phrase has (default 5).
         *
         * @param minCount 1 or more
         * @return this builder
         */
        public Builder minCount(int minCount) {
            once("minCount");
            this.minCount = atLeast("minCount", minCount, 1, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The fewest dissatisfied texts a phrase must have for quotes to be shown (default 5).
         *
         * @param minCell 1 or more
         * @return this builder
         */
        public Builder minCell(int minCell) {
            once("minCell");
            this.minCell = atLeast("minCell", minCell, 1, Integer.MAX_VALUE);
            return this;
        }

        /**
         * How many phrases per group pass two counts exactly (default 500; never fewer than top).
         *
         * @param candidates 1 to 1,000,000
         * @return this builder
         */
        public Builder candidates(int candidates) {
            once("candidates");
            this.candidates = atLeast("candidates", candidates, 1, 1_000_000);
            return this;
        }

        /**
         * The sketch's shape (default 4 × 65,536: 1 MiB).
         *
         * @param depth rows, 1 to 16
         * @param width counters per row, 16 to 2^26
         * @return this builder
         */
        public Builder sketch(int depth, int width) {
            once("sketch");
            this.depth = atLeast("depth", depth, 1, 16);
            this.width = atLeast("width", width, 16, 1 << 26);
            return this;
        }

        /**
         * The longest phrase, in words (default 3).
         *
         * @param maxWords 1 to 5
         * @return this builder
         */
        public Builder maxWords(int maxWords) {
            once("maxWords");
            this.maxWords = atLeast("maxWords", maxWords, 1, 5);
            return this;
        }

        /**
         * Only texts whose instant falls in {@code period}, by local date in {@code zone}.
         *
         * @param period the reporting period
         * @param zone the reporting zone
         * @return this builder
         */
        public Builder period(ReportingPeriod period, ZoneId zone) {
            once("period");
            this.period = Objects.requireNonNull(period, "period");
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Builds the finder.
         *
         * @return the finder
         */
        public PhraseFinder build() {
            return new PhraseFinder(this);
        }
    }
}
