package io.github.otklik.text.phrase;

import java.io.Serializable;

/**
 * The running state of the first pass ({@link PhraseSketchAggregator}): a count-min sketch of how
 * many dissatisfied texts of each group hold each candidate phrase. Its size is fixed when it is
 * created (4·depth·width bytes, 1 MiB by default) whatever the input. Not thread-safe; serialisable
 * for distributed engines.
 */
public final class SketchAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    final CountMinSketch sketch;
    long dissatisfiedTexts;
    long otherTexts;

    SketchAccumulator(int depth, int width) {
        this.sketch = new CountMinSketch(depth, width);
    }

    /**
     * The memory the counters take.
     *
     * @return 4·depth·width bytes
     */
    public long counterBytes() {
        return 4L * sketch.counts.length;
    }
}
