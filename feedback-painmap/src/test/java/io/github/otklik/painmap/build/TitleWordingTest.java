package io.github.otklik.painmap.build;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A problem code's title: the known name, then the fixed phrases, then the code, in either language. */
class TitleWordingTest {
    private static final ProblemTitles TITLES = ProblemTitles.of(Map.of("queue", LocalizedText.of("Очереди", "Queues"),
            "aspect:speed", LocalizedText.of("Скорость обслуживания", "Speed of service"), "deadline:appeals", LocalizedText.of("Сроки")));

    @Test
    void aKnownNameComesFirstAndAnAspectsIsALowRating() {
        assertThat(TitleWording.title(Language.RU, TITLES, "queue")).isEqualTo("Очереди");
        assertThat(TitleWording.title(Language.EN, TITLES, "queue")).isEqualTo("Queues");
        assertThat(TitleWording.title(Language.RU, TITLES, "aspect:speed")).isEqualTo("Низкая оценка: скорость обслуживания");
        assertThat(TitleWording.title(Language.EN, TITLES, "aspect:speed")).isEqualTo("Low rating: speed of service");
        assertThat(TitleWording.title(Language.EN, TITLES, "deadline:appeals")).isEqualTo("Сроки"); // no English: the Russian name
    }

    @Test
    void withoutANameTheFixedPhrasesThenTheCode() {
        ProblemTitles none = ProblemTitles.none();
        assertThat(TitleWording.title(Language.RU, none, "deadline:appeals")).isEqualTo("Нарушение сроков рассмотрения обращений");
        assertThat(TitleWording.title(Language.EN, none, "deadline:appeals")).isEqualTo("Appeals answered after the legal deadline");
        assertThat(TitleWording.title(Language.RU, none, "aspect:waiting")).isEqualTo("Низкая оценка параметра «waiting»");
        assertThat(TitleWording.title(Language.EN, none, "aspect:waiting")).isEqualTo("Low rating of “waiting”");
        assertThat(TitleWording.title(Language.EN, none, "docs")).isEqualTo("docs");
    }
}
