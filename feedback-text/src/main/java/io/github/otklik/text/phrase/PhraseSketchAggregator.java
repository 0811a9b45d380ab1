package io.github.otklik.text.phrase;

import io.github.otklik.metrics.Aggregator;
import io.github.otklik.text.TextItem;

/**
 * Pass one of {@link PhraseFinder}: counts, in a count-min sketch of fixed size, the dissatisfied
 * texts holding each candidate phrase of each group (other texts are only counted). Merging adds the
 * sketches, so the result does not depend on input order or split. Thread-safe; its accumulators are
 * not.
 */
public final class PhraseSketchAggregator implements Aggregator<TextItem, SketchAccumulator, PhraseSketch> {
    private final PhraseFinder finder;
    private final ThreadLocal<NGrams> ngrams;

    PhraseSketchAggregator(PhraseFinder finder) {
        this.finder = finder;
        this.ngrams = ThreadLocal.withInitial(finder::newNGrams);
    }

    @Override
    public SketchAccumulator create() {
        return new SketchAccumulator(finder.depth, finder.width);
    }

    @Override
    public void add(SketchAccumulator acc, TextItem item) {
        NGrams g = ngrams.get();
        Prepared p = finder.prepare(item, g);
        if (p == null) {
            return;
        }
        if (!item.dissatisfied()) {
            acc.otherTexts++;
            return;
        }
        acc.dissatisfiedTexts++;
        g.forEach(p.text(), p.mask(), p.groupHash(), (hash, from, to) -> acc.sketch.add(hash));
    }

    @Override
    public SketchAccumulator merge(SketchAccumulator into, SketchAccumulator other) {
        into.sketch.merge(other.sketch);
        into.dissatisfiedTexts += other.dissatisfiedTexts;
        into.otherTexts += other.otherTexts;
        return into;
    }

    @Override
    public PhraseSketch result(SketchAccumulator acc) {
        return new PhraseSketch(acc);
    }
}
