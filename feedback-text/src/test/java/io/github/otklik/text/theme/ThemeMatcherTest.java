package io.github.otklik.text.theme;

import io.github.otklik.core.text.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeMatcherTest {
    private static final ThemeCatalog FEE = ThemeCatalog.of(Language.RU, List.of(Theme.builder("fee-payment")
            .phrase("оплата госпошлины", "квитанция на оплату").exclude("оплата прошла быстро").build()));

    @Test
    void matchesConsecutiveStemsInAnyInflection() {
        ThemeMatcher m = ThemeMatcher.of(FEE);
        assertThat(m.themesOf("Не смог оплатить госпошлину")).containsExactly("fee-payment");
        assertThat(m.themesOf("ОПЛАТЫ ГОСПОШЛИНЫ нет")).containsExactly("fee-payment");
        assertThat(m.themesOf("Квитанцию на оплату не выдали")).containsExactly("fee-payment");
    }

    @Test
    void needsTheStemsInOrderAndNextToEachOther() {
        ThemeMatcher m = ThemeMatcher.of(FEE);
        assertThat(m.themesOf("госпошлину оплатил")).isEmpty();
        assertThat(m.themesOf("оплата, кстати, госпошлины")).isEmpty();
        assertThat(m.themesOf("квитанция об оплате")).isEmpty(); // stop words are not skipped: "на" ≠ "об"
    }

    @Test
    void anExcludePhraseKeepsTheWholeTextOutOfTheTheme() {
        ThemeMatcher m = ThemeMatcher.of(FEE);
        assertThat(m.themesOf("Оплата прошла быстро, оплата госпошлины через портал удобна")).isEmpty();
    }

    @Test
    void standardThemesSeeTheUsualComplaintsAndTheirExcludes() {
        ThemeMatcher m = ThemeMatcher.of(ThemeCatalog.standard());
        assertThat(m.themesOf("Огромные очереди, сотрудник нагрубил")).contains("queue", "rude-staff");
        assertThat(m.themesOf("В первую очередь спасибо за помощь")).doesNotContain("queue");
        assertThat(m.themesOf("Очереди не было, всё быстро")).doesNotContain("queue");
        assertThat(m.themesOf("Сайт не работает третий день")).contains("technical-failure");
        assertThat(m.themesOf("В документе грубая ошибка")).doesNotContain("rude-staff");
        assertThat(m.themesOf("Ответили формальной отпиской")).contains("formal-answer");
        ThemeMatcher en = ThemeMatcher.of(ThemeCatalog.standard(Language.EN));
        assertThat(en.themesOf("We waited in a long queue and the staff were rude")).contains("queue", "rude-staff");
    }

    @Test
    void extendingACatalogueAddsPhrasesToASharedCode() {
        ThemeCatalog extra = ThemeCatalog.of(Language.RU, List.of(Theme.builder("queue").phrase("толпа в коридоре").build(),
                Theme.builder("fee-payment").phrase("оплата госпошлины").build()));
        ThemeCatalog both = ThemeCatalog.standard().extendedWith(extra);
        assertThat(both.codes()).endsWith("fee-payment").contains("queue");
        assertThat(both.theme("queue").orElseThrow().phrases()).contains("очередь", "толпа в коридоре");
        assertThat(both.theme("queue").orElseThrow().title()).isEqualTo(ThemeCatalog.standard().theme("queue").orElseThrow().title());
        assertThat(ThemeMatcher.of(both).themesOf("толпа в коридоре")).containsExactly("queue");
        assertThat(ThemeCatalog.standard().extendedWith(List.of())).isEqualTo(ThemeCatalog.standard());
    }
}
