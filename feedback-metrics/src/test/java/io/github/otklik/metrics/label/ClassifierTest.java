package io.github.otklik.metrics.label;

import io.github.otklik.core.config.ConfigException;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict reader of otklik-classifier/1: the spec's example, every section optional, each problem with its path. */
class ClassifierTest {
    static final String SPEC_EXAMPLE = """
            {"format": "otklik-classifier/1",
             "topics": {"0001.0001": {"ru": "Жилищные вопросы", "en": "Housing"}},
             "reasons": {"late-answer": {"ru": "Ответ позже срока", "en": "Late answer"}},
             "negativeReasons": {"income-above-threshold": {"ru": "Доход выше порога", "en": "Income above the threshold"}},
             "aspects": {"waiting-time": {"ru": "Время ожидания", "en": "Waiting time"}},
             "problems": {"queue": {"ru": "Очереди", "en": "Queues"}}}
            """;

    @Test
    void readsTheSpecsExample() {
        Classifier c = Classifier.parse(SPEC_EXAMPLE, "classifier.json");
        assertThat(c.topics()).containsEntry("0001.0001", LocalizedText.of("Жилищные вопросы", "Housing"));
        assertThat(c.reasons()).containsOnlyKeys("late-answer");
        assertThat(c.negativeReasons()).containsOnlyKeys("income-above-threshold");
        assertThat(c.aspects()).containsEntry("waiting-time", LocalizedText.of("Время ожидания", "Waiting time"));
        assertThat(c.problems()).containsEntry("queue", LocalizedText.of("Очереди", "Queues"));
        assertThat(c.lifeSituations()).isEmpty();
        Labels l = Labels.builder().classifier(c).build();
        assertThat(l.problem("queue", io.github.otklik.core.text.Language.RU)).isEqualTo("Очереди");
    }

    @Test
    void everySectionAndEnglishAreOptional() {
        Classifier c = Classifier.parse("{\"format\": \"otklik-classifier/1\", \"lifeSituations\": {\"birth\": {\"ru\": \"Рождение\"}}}", "c.json");
        assertThat(c.lifeSituations()).containsEntry("birth", LocalizedText.of("Рождение"));
        assertThat(Classifier.parse("{\"format\": \"otklik-classifier/1\"}", "c.json")).isEqualTo(Classifier.empty());
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        String bad = """
                {"format": "otklik-classifier/2",
                 "reasons": {"late.answer": {"ru": "Поздно"}, "ok": {"en": "No Russian"}, "blank": {"ru": " "}},
                 "aspects": [],
                 "colours": {}}
                """;
        assertThatThrownBy(() -> Classifier.parse(bad, "classifier.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("invalid classifier classifier.json")
                .hasMessageContaining("format: must be \"otklik-classifier/1\"")
                .hasMessageContaining("reasons[\"late.answer\"]")
                .hasMessageContaining("not a valid reason code: \"late.answer\"")
                .hasMessageContaining("reasons.ok.ru: required field is missing")
                .hasMessageContaining("a label must not be blank")
                .hasMessageContaining("aspects: must be an object")
                .hasMessageContaining("colours: unknown field");
    }

    @Test
    void aRepeatedKeyOrAMissingFormatIsAnError() {
        assertThatThrownBy(() -> Classifier.parse("{\"format\": \"otklik-classifier/1\", \"topics\": {\"a\": {\"ru\": \"А\"}, \"a\": {\"ru\": \"Б\"}}}",
                "c.json")).isInstanceOf(ConfigException.class).hasMessageContaining("topics");
        assertThatThrownBy(() -> Classifier.parse("{\"topics\": {}}", "c.json")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("format: required field is missing");
    }

    @Test
    void loadsAFileAndNamesAMissingOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("classifier.json");
        Files.writeString(file, "\uFEFF" + SPEC_EXAMPLE);
        assertThat(Classifier.load(file).aspects()).containsOnlyKeys("waiting-time");
        assertThatThrownBy(() -> Classifier.load(dir.resolve("none.json"))).isInstanceOf(InputFileException.class)
                .hasMessageContaining("cannot read classifier").hasMessageContaining("no such file");
    }
}
