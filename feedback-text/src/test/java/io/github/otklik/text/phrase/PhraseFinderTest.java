package io.github.otklik.text.phrase;

import io.github.otklik.core.text.Language;
import io.github.otklik.text.TextItem;
import io.github.otklik.text.TextSource;
import io.github.otklik.text.mask.PersonalDataMasker;
import io.github.otklik.text.normalize.AnalyzedText;
import io.github.otklik.text.normalize.TextNormalizer;
import io.github.otklik.text.theme.ThemeAggregator;
import io.github.otklik.text.theme.ThemeCatalog;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class PhraseFinderTest {
    private static final String[] WORDS = {"очередь", "очереди", "долго", "ждал", "не", "работает", "сайт", "сайта", "в", "и", "на",
        "грубо", "ответили", "спасибо", "быстро", "хорошо", "2025", "оплата", "оплатить", "госпошлины", "госпошлину", "нет", "ответа",
        ",", ".", "-"};
    private static final Instant AT = Instant.parse("2025-02-01T00:00:00Z");

    static TextItem item(int i, String process, String text, boolean dissatisfied) {
        return TextItem.builder(TextSource.SURVEY_COMMENT, "r-" + i).process(process).at(AT).text(text).dissatisfied(dissatisfied).build();
    }

    static Gen<List<TextItem>> corpora() {
        return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 80).map(seeds -> {
            List<TextItem> out = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Random r = new Random(seeds.get(i));
                StringBuilder b = new StringBuilder();
                int n = 2 + r.nextInt(10);
                for (int k = 0; k < n; k++) {
                    String w = WORDS[r.nextInt(WORDS.length)];
                    b.append(w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) ? w : " " + w);
                }
                out.add(item(i, "svc-" + r.nextInt(2), b.toString(), r.nextInt(3) == 0));
            }
            return out;
        });
    }

    /** Every phrase of every text counted in full, ranked as the contract says: what the finder must equal. */
    static Map<String, List<PhraseFigures>> exhaustive(List<TextItem> items, int minCount, int top) {
        TextNormalizer normalizer = TextNormalizer.of(Language.RU);
        PersonalDataMasker masker = PersonalDataMasker.of(Language.RU);
        NGrams ngrams = new NGrams(3, Language.RU);
        Map<String, Map<String, long[]>> counts = new HashMap<>();
        Map<String, long[]> totals = new HashMap<>();
        for (TextItem item : items) {
            AnalyzedText text = normalizer.analyze(item.text());
            if (text.isEmpty()) {
                continue;
            }
            String group = item.process().orElseThrow();
            totals.computeIfAbsent(group, g -> new long[2])[item.dissatisfied() ? 0 : 1]++;
            Map<String, long[]> c = counts.computeIfAbsent(group, g -> new HashMap<>());
            ngrams.forEach(text, masker.mask(text.text()), 0, (hash, from, to) -> {
                String key = String.join(" ", text.stems().subList(from, to + 1));
                c.computeIfAbsent(key, k -> new long[2])[item.dissatisfied() ? 0 : 1]++;
            });
        }
        Map<String, List<PhraseFigures>> out = new HashMap<>();
        totals.forEach((group, t) -> {
            List<PhraseFigures> list = new ArrayList<>();
            if (t[0] > 0 && t[1] > 0) {
                counts.get(group).forEach((key, ab) -> {
                    if (ab[0] >= minCount && LogLikelihood.overRepresented(ab[0], ab[1], t[0], t[1])) {
                        list.add(new PhraseFigures(Arrays.asList(key.split(" ")), ab[0], ab[1], t[0], t[1], LogLikelihood.g2(ab[0], ab[1], t[0], t[1])));
                    }
                });
            }
            list.sort((x, y) -> {
                int c = Double.compare(y.score(), x.score());
                c = c != 0 ? c : Long.compare(y.dissatisfied(), x.dissatisfied());
                return c != 0 ? c : String.join(" ", x.stems()).compareTo(String.join(" ", y.stems()));
            });
            out.put(group, List.copyOf(list.subList(0, Math.min(top, list.size()))));
        });
        return out;
    }

    private static final PhraseFinder FINDER = PhraseFinder.builder(Language.RU).grouping(Grouping.PROCESS).top(10).minCount(2).build();

    @Test
    void equalsTheExhaustiveRankingWhenTheCandidatesFit() {
        qt().withExamples(100).forAll(corpora()).checkAssert(items -> {
            PhraseRankings rankings = FINDER.rank(items);
            Map<String, List<PhraseFigures>> expected = exhaustive(items, 2, 10);
            assertThat(rankings.byProcess().keySet()).isEqualTo(expected.keySet());
            expected.forEach((group, figures) -> assertThat(rankings.process(group).orElseThrow().figures()).as(group).isEqualTo(figures));
        });
    }

    @Test
    void everyFigureIsExactEvenWhenTheTableIsTooSmall() {
        PhraseFinder tiny = PhraseFinder.builder(Language.RU).grouping(Grouping.PROCESS).top(3).candidates(3).minCount(1).sketch(2, 16).build();
        qt().withExamples(100).forAll(corpora()).checkAssert(items -> {
            Map<String, List<PhraseFigures>> all = exhaustive(items, 1, Integer.MAX_VALUE);
            tiny.rank(items).byProcess().forEach((group, ranking) -> {
                assertThat(ranking.phrases()).hasSizeLessThanOrEqualTo(3);
                assertThat(all.get(group)).containsAll(ranking.figures());
            });
        });
    }

    @Test
    void bothPassesMergeAssociativelyAndCommutatively() {
        PhraseSketchAggregator first = FINDER.sketchAggregator();
        qt().withExamples(60).forAll(corpora(), corpora(), corpora()).checkAssert((a, b, c) -> {
            assertThat(first.result(first.merge(first.merge(sketch(first, a), sketch(first, b)), sketch(first, c))))
                    .isEqualTo(first.result(first.merge(sketch(first, a), first.merge(sketch(first, b), sketch(first, c)))));
            assertThat(first.result(first.merge(sketch(first, a), sketch(first, b)))).isEqualTo(first.result(first.merge(sketch(first, b), sketch(first, a))));
            List<TextItem> all = new ArrayList<>(a);
            all.addAll(b);
            all.addAll(c);
            PhraseAggregator second = FINDER.aggregator(first.result(sketch(first, all)));
            assertThat(second.result(second.merge(second.merge(pass(second, a), pass(second, b)), pass(second, c))))
                    .isEqualTo(second.result(second.merge(pass(second, a), second.merge(pass(second, b), pass(second, c)))));
            assertThat(second.result(second.merge(pass(second, a), pass(second, b)))).isEqualTo(second.result(second.merge(pass(second, b), pass(second, a))));
        });
    }

    @Test
    void resultIsIndependentOfOrderAndSplitAlsoWhenTheTableOverflows() {
        PhraseFinder small = PhraseFinder.builder(Language.RU).grouping(Grouping.PROCESS).top(3).candidates(4).minCount(1).sketch(2, 64).build();
        qt().withExamples(100).forAll(corpora(), integers().between(0, 10_000)).checkAssert((items, seed) -> {
            for (PhraseFinder f : List.of(FINDER, small)) {
                List<TextItem> shuffled = new ArrayList<>(items);
                Collections.shuffle(shuffled, new Random(seed));
                PhraseRankings whole = f.rank(items);
                assertThat(f.rank(shuffled)).isEqualTo(whole);
                int cut = seed % (items.size() + 1);
                PhraseSketchAggregator first = f.sketchAggregator();
                PhraseSketch sketch = first.result(first.merge(sketch(first, shuffled.subList(0, cut)), sketch(first, shuffled.subList(cut, shuffled.size()))));
                PhraseAggregator second = f.aggregator(sketch);
                assertThat(second.result(second.merge(pass(second, shuffled.subList(cut, shuffled.size())), pass(second, shuffled.subList(0, cut)))))
                        .isEqualTo(whole);
            }
        });
    }

    @Test
    void memoryStaysWithinTheStatedBound() throws Exception {
        Random r = new Random(7);
        List<TextItem> items = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) { // about 400,000 distinct phrases of random words
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                b.append(' ').append((char) ('а' + r.nextInt(32))).append((char) ('а' + r.nextInt(32))).append("ка");
            }
            items.add(item(i, "svc-" + r.nextInt(3), b.toString(), r.nextInt(3) == 0));
        }
        PhraseFinder finder = PhraseFinder.builder(Language.RU).grouping(Grouping.PROCESS).minCount(1).build();
        PhraseSketchAggregator first = finder.sketchAggregator();
        SketchAccumulator sketch = sketch(first, items);
        assertThat(sketch.counterBytes()).isEqualTo(1 << 20);
        assertThat(serialized(sketch)).isBetween(1L << 20, (1L << 20) + 1024);
        PhraseAggregator second = finder.aggregator(first.result(sketch));
        CandidateAccumulator acc = pass(second, items);
        assertThat(acc.groupCount()).isEqualTo(3);
        assertThat(acc.candidateCount()).isEqualTo(3 * 500);
        assertThat(acc.extremes()).satisfies(e -> {
            assertThat(e[0]).isLessThanOrEqualTo(8);
            assertThat(e[1]).isLessThanOrEqualTo(3);
            assertThat(e[2]).isLessThanOrEqualTo(120);
            assertThat(e[3]).isLessThanOrEqualTo(Quote.MAX_LENGTH);
        });
        assertThat(serialized(acc)).isLessThan(3 * 500 * 6_000L);
    }

    @Test
    void quotesAreMaskedWithheldBelowMinCellAndAnonymousForInternalForms() {
        List<TextItem> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(TextItem.builder(TextSource.SURVEY_COMMENT, "int-" + i).process("svc-1").at(AT).attributable(false).dissatisfied(true)
                    .text("Долгие согласования, звоните 8 916 123-45-6" + i + " или пишите ivan" + i + "@mail.ru").build());
            items.add(item(100 + i, "svc-1", "Всё хорошо, спасибо", false));
        }
        items.add(item(200, "svc-1", "Грубо ответили", true));
        items.add(item(201, "svc-1", "Грубо ответили", true));
        PhraseRanking ranking = PhraseFinder.builder(Language.RU).minCount(2).minCell(5).build().rank(items).overall().orElseThrow();
        EmergingPhrase approvals = ranking.phrases().stream().filter(p -> p.figures().stems().equals(List.of("долг", "согласован"))).findFirst().orElseThrow();
        assertThat(approvals.text().label()).isEqualTo("долгие согласования");
        assertThat(approvals.text().quotes()).hasSize(1).allSatisfy(q -> {
            assertThat(q.recordId()).isEmpty();
            assertThat(q.text()).contains("[телефон]", "[e-mail]").doesNotContain("@", "916");
        });
        EmergingPhrase rude = ranking.phrases().stream().filter(p -> p.figures().stems().equals(List.of("груб"))).findFirst().orElseThrow();
        assertThat(rude.figures().dissatisfied()).isEqualTo(2);
        assertThat(rude.text().quotes()).isEmpty();
        assertThat(ranking.phrases()).allSatisfy(p -> assertThat(p.text().label()).doesNotContainPattern("[0-9@]"));
    }

    @Test
    void aPhraseWrittenOutAsAThemeCountsTheSameTexts() {
        qt().withExamples(40).forAll(corpora()).checkAssert(items -> {
            PhraseRanking ranking = PhraseFinder.builder(Language.RU).minCount(2).build().rank(items).overall().orElseThrow();
            for (EmergingPhrase p : ranking.phrases()) {
                ThemeCatalog catalog = ThemeCatalog.of(Language.RU, List.of(p.toTheme("emerging")));
                assertThat(TextNormalizer.of(Language.RU).stems(p.text().label())).isEqualTo(p.figures().stems());
                long x = ThemeAggregator.builder(catalog).build().count(items).total().x("emerging");
                assertThat(x).as(p.text().label()).isGreaterThanOrEqualTo(p.figures().dissatisfied() + p.figures().other());
            }
        });
    }

    private static SketchAccumulator sketch(PhraseSketchAggregator agg, List<TextItem> items) {
        SketchAccumulator acc = agg.create();
        items.forEach(i -> agg.add(acc, i));
        return acc;
    }

    private static CandidateAccumulator pass(PhraseAggregator agg, List<TextItem> items) {
        CandidateAccumulator acc = agg.create();
        items.forEach(i -> agg.add(acc, i));
        return acc;
    }

    private static long serialized(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.size();
    }
}
