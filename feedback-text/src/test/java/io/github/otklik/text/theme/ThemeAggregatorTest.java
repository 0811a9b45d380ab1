package io.github.otklik.text.theme;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.stats.Wilson;
import io.github.otklik.text.TextItem;
import io.github.otklik.text.TextSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class ThemeAggregatorTest {
    private static final ThemeCatalog CATALOG = ThemeCatalog.of(Language.RU, List.of(
            Theme.builder("fee-payment").phrase("оплата госпошлины").build(),
            Theme.builder("queue").phrase("очередь").exclude("без очереди").build()));
    private static final String[] TEXTS = {"Не смог оплатить госпошлину", "Огромная очередь", "Прошёл без очереди, но очередь была",
        "Всё хорошо", "Очередь и оплата госпошлины", "...", "очереди, очереди, очереди"};
    private static final ThemeAggregator AGG = ThemeAggregator.builder(CATALOG).build();

    static TextItem item(int i, String process, String text) {
        TextItem.Builder b = TextItem.builder(TextSource.SURVEY_COMMENT, "r-" + i).at(Instant.parse("2025-02-01T00:00:00Z")).text(text);
        return process == null ? b.build() : b.process(process).build();
    }

    static Gen<List<TextItem>> items() {
        return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60).map(seeds -> {
            List<TextItem> out = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Random r = new Random(seeds.get(i));
                int p = r.nextInt(4);
                out.add(item(i, p == 3 ? null : "svc-" + p, TEXTS[r.nextInt(TEXTS.length)]));
            }
            return out;
        });
    }

    @Test
    void countsTextsOncePerThemeAndSkipsTextsWithoutWords() {
        List<TextItem> items = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            items.add(item(i, "svc-1", TEXTS[i]));
        }
        items.add(item(99, null, "очередь"));
        ThemeFigures f = AGG.count(items);
        ThemeCounts svc = f.process("svc-1").orElseThrow();
        assertThat(svc.texts()).isEqualTo(6); // "..." has no word
        assertThat(svc.x("fee-payment")).isEqualTo(2);
        assertThat(svc.x("queue")).isEqualTo(3); // the excluded text does not count
        assertThat(f.total().texts()).isEqualTo(7);
        assertThat(f.total().x("queue")).isEqualTo(4);
        ThemeCount c = svc.count("fee-payment").orElseThrow();
        assertThat(c.share()).isEqualTo(2.0 / 6);
        assertThat(c.lowerBound()).isEqualTo(Wilson.lowerBound(2, 6, 1.959963984540054));
        assertThat(svc.counts()).extracting(ThemeCount::code).containsExactly("fee-payment", "queue");
    }

    @Test
    void countsOnlyThePeriodWhenOneIsSet() {
        ThemeAggregator q1 = ThemeAggregator.builder(CATALOG).period(ReportingPeriod.parse("2025-Q1"), ZoneId.of("Europe/Moscow")).build();
        TextItem inside = item(1, "svc-1", "очередь");
        TextItem after = TextItem.builder(TextSource.APPEAL, "a-1").process("svc-1").at(Instant.parse("2025-03-31T21:30:00Z")).text("очередь").build();
        assertThat(q1.count(List.of(inside, after)).process("svc-1").orElseThrow().texts()).isEqualTo(1);
    }

    @Test
    void mergeIsAssociativeAndCommutative() {
        qt().withExamples(150).forAll(items(), items(), items()).checkAssert((a, b, c) -> {
            assertThat(AGG.result(AGG.merge(AGG.merge(acc(a), acc(b)), acc(c))))
                    .isEqualTo(AGG.result(AGG.merge(acc(a), AGG.merge(acc(b), acc(c)))));
            assertThat(AGG.result(AGG.merge(acc(a), acc(b)))).isEqualTo(AGG.result(AGG.merge(acc(b), acc(a))));
        });
    }

    @Test
    void resultIsIndependentOfOrderAndSplit() {
        qt().withExamples(150).forAll(items(), integers().between(0, 1000)).checkAssert((list, seed) -> {
            List<TextItem> shuffled = new ArrayList<>(list);
            Collections.shuffle(shuffled, new Random(seed));
            int cut = list.isEmpty() ? 0 : seed % (list.size() + 1);
            ThemeFigures whole = AGG.count(list);
            assertThat(AGG.count(shuffled)).isEqualTo(whole);
            assertThat(AGG.result(AGG.merge(acc(shuffled.subList(0, cut)), acc(shuffled.subList(cut, shuffled.size()))))).isEqualTo(whole);
            assertThat(list.parallelStream().collect(AGG.collector())).isEqualTo(whole);
        });
    }

    private static ThemeAccumulator acc(List<TextItem> items) {
        ThemeAccumulator acc = AGG.create();
        items.forEach(i -> AGG.add(acc, i));
        return acc;
    }
}
