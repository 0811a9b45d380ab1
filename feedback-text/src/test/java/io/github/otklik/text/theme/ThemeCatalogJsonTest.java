package io.github.otklik.text.theme;

import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeCatalogJsonTest {
    private static final String GOOD = """
            {"format": "otklik-text-themes/1", "language": "ru",
             "themes": [{"code": "fee-payment", "title": {"ru": "Оплата госпошлины", "en": "State fee payment"},
                         "kind": "PROBLEM", "phrases": ["оплата госпошлины", "квитанция на оплату"],
                         "exclude": ["оплата прошла быстро"]}]}
            """;

    @Test
    void readsTheContractExample() {
        ThemeCatalog c = ThemeCatalogJson.parse(GOOD, "t.json");
        assertThat(c.language()).isEqualTo(Language.RU);
        Theme t = c.theme("fee-payment").orElseThrow();
        assertThat(t.title()).contains(LocalizedText.of("Оплата госпошлины", "State fee payment"));
        assertThat(t.phrases()).containsExactly("оплата госпошлины", "квитанция на оплату");
        assertThat(t.exclude()).containsExactly("оплата прошла быстро");
        assertThat(t.kind()).isEqualTo(ThemeKind.PROBLEM);
    }

    @Test
    void writesWhatItReads() {
        ThemeCatalog c = ThemeCatalogJson.parse(GOOD, "t.json");
        assertThat(ThemeCatalogJson.parse(c.toJson(), "again")).isEqualTo(c);
        ThemeCatalog standard = ThemeCatalog.standard();
        assertThat(ThemeCatalogJson.parse(standard.toJson(), "again")).isEqualTo(standard);
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        String bad = """
                {"format": "otklik-text-themes/1", "language": "de", "colour": 1,
                 "themes": [{"code": "ok", "phrases": ["очередь"]},
                            {"code": "ok", "phrases": ["очереди", "очередь"]},
                            {"code": "Fee payment", "phrases": []},
                            {"code": "x", "phrases": ["!!!", 5], "exclude": "нет", "kind": "BUG", "title": {"en": "X"}, "extra": true}]}
                """;
        assertThatThrownBy(() -> ThemeCatalogJson.parse(bad, "t.json"))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("invalid themes file t.json: ")
                .hasMessageContaining("colour: unknown field")
                .hasMessageContaining("language: \"de\" is not ru or en")
                .hasMessageContaining("themes[1].code: \"ok\" repeats themes[0]")
                .hasMessageContaining("themes[1].phrases[1]: \"очередь\" normalises as phrases[0] does")
                .hasMessageContaining("themes[2].code: \"Fee payment\" is not a code")
                .hasMessageContaining("themes[2].phrases: must hold at least one phrase")
                .hasMessageContaining("themes[3].phrases[0]: \"!!!\" has no words")
                .hasMessageContaining("themes[3].phrases[1]: must be a string, found a number")
                .hasMessageContaining("themes[3].exclude: must be an array of strings, found a string")
                .hasMessageContaining("themes[3].kind: \"BUG\" is not PROBLEM or NEED")
                .hasMessageContaining("themes[3].title.ru: required field is missing")
                .hasMessageContaining("themes[3].extra: unknown field");
    }

    @Test
    void refusesRepeatedKeysTrailingContentWrongFormatAndEmptyFiles() {
        assertThatThrownBy(() -> ThemeCatalogJson.parse("{\"format\": \"otklik-text-themes/1\", \"themes\": [], \"themes\": []}", "t"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("Duplicate field 'themes'");
        assertThatThrownBy(() -> ThemeCatalogJson.parse("{\"format\": \"otklik-text-themes/1\", \"themes\": []} []", "t"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> ThemeCatalogJson.parse("{\"format\": \"otklik-themes/1\", \"themes\": []}", "t"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("format: \"otklik-themes/1\" is not otklik-text-themes/1");
        assertThatThrownBy(() -> ThemeCatalogJson.parse("  ", "t")).isInstanceOf(InputFileException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ThemeCatalogJson.parse("{\"themes\": []}", "t")).hasMessageContaining("format: required field is missing");
    }

    @Test
    void loadsFilesStrictlyAsUtf8WithAnOptionalBom(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("themes.json");
        Files.write(good, ("\uFEFF" + GOOD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ThemeCatalog.load(good).codes()).containsExactly("fee-payment");
        Path latin = dir.resolve("latin.json");
        Files.write(latin, GOOD.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        assertThatThrownBy(() -> ThemeCatalog.load(latin)).isInstanceOf(InputFileException.class).hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> ThemeCatalog.load(dir.resolve("missing.json"))).isInstanceOf(InputFileException.class)
                .hasMessageContaining("no such file");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theStandardCatalogueCoversEveryProblemCodeOfTheStandardFormsButOther(Language language) {
        Set<String> codes = new TreeSet<>();
        FormCatalog forms = FormCatalog.standard();
        for (String id : FormCatalog.STANDARD_IDS) {
            Form f = forms.find(id, forms.versions(id).get(0)).orElseThrow();
            for (Question q : f.questions()) {
                if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                    c.options().stream().map(Option::value).filter(v -> !v.equals("other")).forEach(codes::add);
                }
            }
        }
        ThemeCatalog standard = ThemeCatalog.standard(language);
        assertThat(standard.language()).isEqualTo(language);
        assertThat(new TreeSet<>(standard.codes())).isEqualTo(codes);
        assertThat(standard.themes()).allSatisfy(t -> {
            assertThat(t.phrases()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(t.title()).isPresent();
        });
    }
}
