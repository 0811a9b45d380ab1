package io.github.otklik.text.normalize;

import io.github.otklik.core.text.Language;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class TextNormalizerTest {
    private static final TextNormalizer RU = TextNormalizer.of(Language.RU);

    @Test
    void theContractExampleMatchesOneStemSequence() {
        assertThat(RU.stems("оплатить госпошлину")).containsExactly("оплат", "госпошлин");
        assertThat(RU.stems("оплаты госпошлины")).isEqualTo(RU.stems("оплата госпошлины"));
    }

    @Test
    void lowerCasesWritesYoAsYeAndAppliesNfkc() {
        assertThat(RU.stems("ЁЛКА ёлка елка")).containsExactly("елк", "елк", "елк");
        assertThat(RU.analyze("Ёлка").word(0)).isEqualTo("елка");
        assertThat(RU.stems("ＭＦＣ２０２５")).isEqualTo(RU.stems("mfc2025"));
    }

    @Test
    void keepsStopWordsAndFlagsThemAndNumbers() {
        AnalyzedText t = RU.analyze("Не работает сайт 2025 года");
        assertThat(t.stems()).containsExactly("не", "работа", "сайт", "2025", "год");
        assertThat(t.isStopWord(0)).isTrue();
        assertThat(t.isStopWord(1)).isFalse();
        assertThat(t.isNumber(3)).isTrue();
        assertThat(t.isNumber(2)).isFalse();
    }

    @Test
    void offsetsPointIntoTheTextAsWritten() {
        String text = "Заявление № 5 — «Ёлки» ½ ﬁnal";
        AnalyzedText t = RU.analyze(text);
        assertThat(t.text()).isEqualTo(text);
        for (int i = 0; i < t.size(); i++) {
            String surface = text.substring(t.start(i), t.end(i));
            assertThat(Normalizer.normalize(surface, Normalizer.Form.NFKC).toLowerCase().replace('ё', 'е')).contains(t.word(i));
        }
        assertThat(t.surface(0, 0)).isEqualTo("Заявление");
        int yolki = t.stems().indexOf("елк");
        assertThat(t.surface(yolki, yolki)).isEqualTo("Ёлки");
    }

    @Test
    void englishUsesTheEnglishStemmerAndStopWords() {
        TextNormalizer en = TextNormalizer.of(Language.EN);
        assertThat(en.stems("Waiting in queues")).containsExactly("wait", "in", "queue");
        assertThat(en.analyze("the queue").isStopWord(0)).isTrue();
    }

    @Test
    void aTextOfPunctuationHasNoWords() {
        assertThat(RU.analyze(" ... !!! — ").isEmpty()).isTrue();
    }

    @Test
    void nfkcMapIsExactAndOffsetsAreOrdered() {
        List<String> pieces = List.of("а", "Б", "1", " ", "№", "ﬁ", "½", "\u00a0", "е\u0308", "Ё", "…", "２", "Å", "ｶ", "\uD835\uDC00", "x");
        qt().withExamples(300).forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 30)).checkAssert(idx -> {
            StringBuilder b = new StringBuilder();
            idx.forEach(i -> b.append(pieces.get(i)));
            String text = b.toString();
            NfkcText m = NfkcText.of(text);
            assertThat(m.normalized()).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
            int previous = 0;
            for (int k = 0; k <= m.normalized().length(); k++) {
                int start = m.originalStart(k);
                assertThat(start).isBetween(previous, m.original().length());
                assertThat(m.originalEnd(k)).isBetween(0, m.original().length());
                previous = start;
            }
        });
    }
}
