package io.github.otklik.cli;

import io.github.otklik.core.text.Language;
import io.github.otklik.text.phrase.EmergingPhrase;
import io.github.otklik.text.phrase.PhraseFigures;
import io.github.otklik.text.phrase.PhraseRanking;
import io.github.otklik.text.phrase.PhraseText;
import io.github.otklik.text.theme.Theme;
import io.github.otklik.text.theme.ThemeCatalog;
import io.github.otklik.text.theme.ThemeCatalogJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --write-themes}: codes, what is left out, and a file that reads back. */
class PhraseThemesTest {
    private static EmergingPhrase phrase(String label, long a, long b, String... stems) {
        return new EmergingPhrase(new PhraseFigures(List.of(stems), a, b, 100, 100, 10), new PhraseText(label, List.of()));
    }

    @Test
    void codesAreTransliteratedLabelsUniqueAndReadBack() {
        ThemeCatalog standard = ThemeCatalog.standard();
        List<PhraseRanking> groups = List.of(
                new PhraseRanking(100, 100, List.of(phrase("квитанция не приходит", 30, 2, "квитанц", "не", "приход"),
                        phrase("квитанция", 30, 2, "квитанц"), phrase("не приходит", 30, 2, "не", "приход"),
                        phrase("приходит", 31, 2, "приход"), phrase("щётка ёжика", 9, 0, "щетк", "ежик"))),
                new PhraseRanking(100, 100, List.of(phrase("Квитанция не приходит", 12, 0, "квитанц", "не", "приход"),
                        phrase("щетка ежика!", 8, 0, "щетк", "ежик2"), phrase("№ 5", 8, 0, "5"))));

        ThemeCatalog out = PhraseThemes.of(groups, standard, null, Language.RU);

        assertThat(out.codes()).containsExactly("phrase:kvitantsiya-ne-prikhodit", "phrase:prikhodit", "phrase:shchetka-ezhika",
                "phrase:shchetka-ezhika-2", "phrase:5");
        assertThat(out.theme("phrase:prikhodit").orElseThrow().phrases()).containsExactly("приходит");
        assertThat(out.theme("phrase:kvitantsiya-ne-prikhodit").orElseThrow().title().orElseThrow().ru()).isEqualTo("квитанция не приходит");
        assertThat(ThemeCatalogJson.parse(out.toJson(), "t.json")).isEqualTo(out);
        assertThat(PhraseThemes.slug("!!!", List.of("x"))).matches("[0-9a-f]+");
        assertThat(PhraseThemes.slug("a".repeat(100), List.of("a"))).hasSize(60);
    }

    @Test
    void phrasesTheCatalogueHasAreLeftOutAndTheAgencysThemesComeFirst() {
        ThemeCatalog own = ThemeCatalog.of(Language.RU, List.of(Theme.builder("fee-receipt").phrase("квитанции не приходят").build(),
                Theme.builder("phrase:kvitantsiya").phrase("квитанция на оплату").build()));
        ThemeCatalog counted = ThemeCatalog.standard().extendedWith(own);
        List<PhraseRanking> groups = List.of(new PhraseRanking(100, 100, List.of(phrase("квитанция не приходит", 30, 2, "квитанц", "не", "приход"),
                phrase("квитанция", 40, 2, "квитанц"))));

        ThemeCatalog out = PhraseThemes.of(groups, counted, own, Language.RU);

        assertThat(out.codes()).containsExactly("fee-receipt", "phrase:kvitantsiya", "phrase:kvitantsiya-2");
        assertThat(ThemeCatalogJson.parse(PhraseThemes.of(List.of(), ThemeCatalog.standard(), null, Language.RU).toJson(), "empty.json").themes())
                .isEmpty();
    }
}
