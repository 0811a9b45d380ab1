package io.github.otklik.text.phrase;

import io.github.otklik.metrics.Aggregator;
import io.github.otklik.text.TextItem;
import io.github.otklik.text.normalize.AnalyzedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pass two of {@link PhraseFinder}: over the same texts as pass one, counts exactly, per group, the
 * phrases ranking first by their sketch estimate, with surface forms and masked quotes, and ranks
 * them by G². Merging is exact, so the result does not depend on input order or split.
 * Thread-safe; its accumulators are not.
 */
public final class PhraseAggregator implements Aggregator<TextItem, CandidateAccumulator, PhraseRankings> {
    private static final Comparator<Scored> BEST = Comparator.comparingDouble((Scored s) -> -s.score)
            .thenComparingLong(s -> -s.candidate.dissatisfied).thenComparing(s -> s.candidate.key, io.github.otklik.core.text.CodePoints.ORDER);

    private final PhraseFinder finder;
    private final PhraseSketch sketch;
    private final ThreadLocal<NGrams> ngrams;

    private record Scored(Candidate candidate, double score) {
    }

    PhraseAggregator(PhraseFinder finder, PhraseSketch sketch) {
        this.finder = finder;
        this.sketch = sketch;
        this.ngrams = ThreadLocal.withInitial(finder::newNGrams);
    }

    @Override
    public CandidateAccumulator create() {
        return new CandidateAccumulator(finder.candidates);
    }

    @Override
    public void add(CandidateAccumulator acc, TextItem item) {
        NGrams g = ngrams.get();
        Prepared p = finder.prepare(item, g);
        if (p == null) {
            return;
        }
        CandidateTable table = acc.table(p.group());
        boolean dissatisfied = item.dissatisfied();
        if (dissatisfied) {
            table.dissatisfiedTexts++;
        } else {
            table.otherTexts++;
        }
        AnalyzedText text = p.text();
        long textHash = g.hash(p.mask().text()); // texts equal once masked give one quote sample
        String recordId = item.attributable() ? item.recordId() : "";
        g.forEach(text, p.mask(), p.groupHash(), (hash, from, to) -> {
            int estimate = sketch.estimate(hash);
            if (estimate < finder.minCount || !table.mayHold(estimate)) {
                return;
            }
            Candidate c = table.admit(key(text, from, to), estimate);
            if (c == null) {
                return;
            }
            String surface = surface(text, from, to);
            c.addSurface(new Candidate.SurfaceKey(g.hash(surface), surface), 1);
            if (dissatisfied) {
                c.dissatisfied++;
                long quoteHash = Hashing.fold(textHash, hash);
                if (c.wantsQuote(quoteHash)) {
                    String quote = QuoteCutter.cut(p.mask(), text.start(from), text.end(to));
                    c.addQuote(new Candidate.QuoteSample(quoteHash, quote, item.source(), recordId));
                }
            } else {
                c.other++;
            }
        });
    }

    private static String key(AnalyzedText text, int from, int to) {
        StringBuilder b = new StringBuilder(text.stem(from));
        for (int i = from + 1; i <= to; i++) {
            b.append(' ').append(text.stem(i));
        }
        return b.toString();
    }

    private static String surface(AnalyzedText text, int from, int to) {
        return QuoteCutter.collapse(text.text(), text.start(from), text.end(to)).toLowerCase(Locale.ROOT);
    }

    @Override
    public CandidateAccumulator merge(CandidateAccumulator into, CandidateAccumulator other) {
        if (into.capacity != other.capacity) {
            throw new IllegalArgumentException("accumulators of different capacities: " + into.capacity + " and " + other.capacity);
        }
        other.groups.forEach((group, table) -> into.table(group).merge(table));
        return into;
    }

    @Override
    public PhraseRankings result(CandidateAccumulator acc) {
        Map<String, PhraseRanking> byGroup = new HashMap<>();
        acc.groups.forEach((group, table) -> byGroup.put(group, ranking(table)));
        if (finder.grouping() == Grouping.OVERALL) {
            return new PhraseRankings(Grouping.OVERALL, byGroup.getOrDefault("", new PhraseRanking(0, 0, List.of())), Map.of());
        }
        return new PhraseRankings(Grouping.PROCESS, null, byGroup);
    }

    private PhraseRanking ranking(CandidateTable table) {
        long d = table.dissatisfiedTexts;
        long r = table.otherTexts;
        if (d == 0 || r == 0) {
            return new PhraseRanking(d, r, List.of());
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : table.byKey.values()) {
            if (c.dissatisfied >= finder.minCount && LogLikelihood.overRepresented(c.dissatisfied, c.other, d, r)) {
                scored.add(new Scored(c, LogLikelihood.g2(c.dissatisfied, c.other, d, r)));
            }
        }
        scored.sort(BEST);
        List<EmergingPhrase> phrases = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(finder.top, scored.size()))) {
            Candidate c = s.candidate;
            PhraseFigures figures = new PhraseFigures(Arrays.asList(c.key.split(" ")), c.dissatisfied, c.other, d, r, s.score);
            phrases.add(new EmergingPhrase(figures, new PhraseText(finder.masker().mask(c.label()).text(), quotes(c))));
        }
        return new PhraseRanking(d, r, phrases);
    }

    private List<Quote> quotes(Candidate c) {
        if (c.dissatisfied < finder.minCell) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Quote> out = new ArrayList<>();
        for (Candidate.QuoteSample q : c.quotes.keySet()) {
            if (seen.add(q.text())) {
                out.add(new Quote(q.text(), q.source(), q.recordId().isEmpty() ? null : q.recordId()));
            }
        }
        return out;
    }
}
