package io.github.otklik.text;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.text.phrase.EmergingPhrase;
import io.github.otklik.text.phrase.Grouping;
import io.github.otklik.text.phrase.PhraseFinder;
import io.github.otklik.text.phrase.PhraseRanking;
import io.github.otklik.text.phrase.PhraseRankings;
import io.github.otklik.text.phrase.Quote;
import io.github.otklik.text.theme.Theme;
import io.github.otklik.text.theme.ThemeAggregator;
import io.github.otklik.text.theme.ThemeCatalog;
import io.github.otklik.text.theme.ThemeCounts;
import io.github.otklik.text.theme.ThemeFigures;
import io.github.otklik.text.theme.ThemeMatcher;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fee-payment theme planted in one process, in ten inflections and word orders, among realistic
 * comments and appeal texts of six processes: theme counts equal the planted counts, other processes
 * have none, the phrase ranking finds it, and no planted personal datum reaches any output.
 */
class EndToEndTest {
    private static final List<String> PROCESSES = List.of("svc-1", "svc-2", "svc-3", "sup-1", "ctl-1", "app-1");
    private static final ThemeCatalog THEMES = ThemeCatalog.standard().extendedWith(List.of(Theme.builder("fee-payment")
            .title(LocalizedText.of("Оплата госпошлины", "State fee payment")).phrase("оплата госпошлины", "госпошлину оплатить").build()));

    @Test
    void findsThePlantedThemeWhereItWasPlantedAndLeaksNothing() {
        SyntheticTexts.Corpus corpus = SyntheticTexts.generate(2025, PROCESSES, 400, "svc-2", 60);

        ThemeFigures figures = ThemeAggregator.builder(THEMES).build().count(corpus.items());
        ThemeCounts svc2 = figures.process("svc-2").orElseThrow();
        assertThat(svc2.x("fee-payment")).isEqualTo(corpus.plantedByProcess().get("svc-2")).isEqualTo(60);
        assertThat(svc2.texts()).isEqualTo(corpus.textsByProcess().get("svc-2"));
        for (String p : PROCESSES) {
            if (!p.equals("svc-2")) {
                assertThat(figures.process(p).orElseThrow().x("fee-payment")).as(p).isZero();
            }
        }
        // an independent count: the planted sentences, each matched on its own
        ThemeMatcher matcher = ThemeMatcher.of(THEMES);
        assertThat(SyntheticTexts.FEE_VARIANTS).allSatisfy(v -> assertThat(matcher.themesOf(v)).contains("fee-payment"));
        assertThat(figures.process("svc-1").orElseThrow().x("queue")).isPositive();

        PhraseRankings rankings = PhraseFinder.builder(Language.RU).grouping(Grouping.PROCESS).top(20).build().rank(corpus.items());
        PhraseRanking planted = rankings.process("svc-2").orElseThrow();
        assertThat(planted.phrases().subList(0, 5)).extracting(p -> p.figures().stems()).contains(List.of("оплат", "госпошлин"));
        for (String p : PROCESSES) {
            if (!p.equals("svc-2")) {
                assertThat(rankings.process(p).orElseThrow().phrases()).extracting(e -> e.figures().stems())
                        .noneMatch(stems -> stems.contains("госпошлин"));
            }
        }

        List<String> outputs = new ArrayList<>();
        outputs.add(THEMES.toJson());
        outputs.add(figures.toString());
        for (PhraseRanking r : rankings.byProcess().values()) {
            for (EmergingPhrase e : r.phrases()) {
                outputs.add(e.text().label());
                e.text().quotes().stream().map(Quote::text).forEach(outputs::add);
                e.text().quotes().stream().map(q -> q.recordId().orElse("")).forEach(outputs::add);
                outputs.add(e.toTheme("x").toString());
            }
        }
        assertThat(outputs.stream().filter(o -> !o.isEmpty())).hasSizeGreaterThan(50);
        assertThat(corpus.personalData()).hasSizeGreaterThan(50);
        String all = String.join("\n", outputs);
        for (String datum : corpus.personalData()) {
            assertThat(all).doesNotContain(datum);
            String digits = datum.replaceAll("[^0-9]", "");
            if (digits.length() >= 6) {
                assertThat(all.replaceAll("[^0-9\n]", "")).doesNotContain(digits);
            }
        }
        assertThat(rankings.byProcess().values()).flatExtracting(PhraseRanking::phrases)
                .flatExtracting(e -> e.text().quotes()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.text()).doesNotContainPattern("@"));
    }
}
