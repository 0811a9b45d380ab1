package io.github.otklik.forms;

import io.github.otklik.core.process.ProcessType;
import io.github.otklik.forms.json.FormJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormCatalogTest {
    private static final FormCatalog STANDARD = FormCatalog.standard();

    @Test
    void loadsTheElevenStandardTemplates() {
        assertThat(STANDARD.forms()).extracting(Form::id).containsExactlyElementsOf(FormCatalog.STANDARD_IDS);
        for (Form f : STANDARD.forms()) {
            assertThat(FormChecker.check(f)).as(f.id()).isEmpty();
            assertThat(f.overall()).as(f.id() + " overall").isPresent();
            assertThat(f.audience()).isEqualTo(f.id().startsWith("EXT") ? Audience.EXTERNAL : Audience.INTERNAL);
        }
    }

    @Test
    void externalTemplatesHaveTheStandardStructure() {
        for (Form f : STANDARD.forms()) {
            if (f.audience() != Audience.EXTERNAL) {
                continue;
            }
            Question first = f.questions().get(0);
            assertThat(first.role()).as(f.id()).isEqualTo(QuestionRole.SCREENING);
            assertThat(((ChoiceQuestion) first).options()).anyMatch(Option::endsSurvey);
            assertThat(f.overall().get().min()).isEqualTo(1);
            assertThat(f.overall().get().max()).isEqualTo(5);
            assertThat(f.overall().get().dontKnow()).isTrue();
            assertThat(f.questions()).filteredOn(q -> q.role() == QuestionRole.ASPECT).hasSizeGreaterThanOrEqualTo(4);
            assertThat(f.question("problems")).get().extracting(Question::role).isEqualTo(QuestionRole.PROBLEM);
            assertThat(f.question("category").flatMap(Question::segment)).contains("category");
            assertThat(f.question("channel").flatMap(Question::segment)).contains("channel");
            assertThat(f.question("comment")).get().extracting(Question::role).isEqualTo(QuestionRole.COMMENT);
        }
    }

    @Test
    void int1HasTheTenInternalAspectsOfSeed004() {
        Form int1 = STANDARD.find("INT-1", "1").orElseThrow();
        assertThat(int1.questions()).filteredOn(q -> q.role() == QuestionRole.ASPECT)
                .map(q -> q.aspect().orElseThrow())
                .containsExactly("equipment", "regulation", "automation", "interaction", "professional-development",
                        "career", "colleagues", "work-content", "hr-requests", "law-making");
    }

    @Test
    void standardFormForEachProcessTypeFollowsGlossaryTable() {
        Map<ProcessType, List<String>> external = Map.of(ProcessType.SERVICE, List.of("EXT-1"), ProcessType.FUNCTION, List.of("EXT-1"),
                ProcessType.SUPPORT_MEASURE, List.of("EXT-2"), ProcessType.CONTROL, List.of("EXT-3"),
                ProcessType.PREVENTION, List.of("EXT-4"), ProcessType.APPEALS, List.of("EXT-5"),
                ProcessType.INFORMATION_ACCESS, List.of("EXT-6"), ProcessType.INTERNAL, List.of());
        Map<ProcessType, List<String>> internal = Map.of(ProcessType.SERVICE, List.of("INT-4"), ProcessType.FUNCTION, List.of("INT-4"),
                ProcessType.SUPPORT_MEASURE, List.of("INT-5"), ProcessType.CONTROL, List.of(),
                ProcessType.PREVENTION, List.of(), ProcessType.APPEALS, List.of("INT-3"),
                ProcessType.INFORMATION_ACCESS, List.of(), ProcessType.INTERNAL, List.of("INT-1", "INT-2", "INT-3"));
        for (ProcessType t : ProcessType.values()) {
            assertThat(STANDARD.standardFor(t, Audience.EXTERNAL)).extracting(Form::id).as(t + " external").isEqualTo(external.get(t));
            assertThat(STANDARD.standardFor(t, Audience.INTERNAL)).extracting(Form::id).as(t + " internal").isEqualTo(internal.get(t));
        }
    }

    @Test
    void canonicalExportReproducesEveryStandardTemplateByteForByte() throws Exception {
        FormJson json = new FormJson();
        for (Form f : STANDARD.forms()) {
            String resource;
            try (InputStream in = FormCatalog.class.getResourceAsStream("/otklik-form/1/" + f.id() + ".json")) {
                resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String exported = json.write(f);
            assertThat(exported).as(f.id()).isEqualTo(resource);
            assertThat(json.read(exported, "x")).isEqualTo(f);
        }
    }

    @Test
    void loadsAgencyTemplatesFromADirectory(@TempDir Path dir) throws Exception {
        Form custom = STANDARD.find("EXT-1", "1").orElseThrow().copy("AG-7", "1").build();
        Files.writeString(dir.resolve("ag7.json"), new FormJson().write(custom));
        FormCatalog catalog = FormCatalog.builder().standard().directory(dir).build();
        assertThat(catalog.find("AG-7", "1")).contains(custom);
        assertThat(catalog.isStandard(custom)).isFalse();
        assertThat(catalog.versions("EXT-1")).containsExactly("1");
    }

    @Test
    void customTemplateMayNotReuseAStandardIdAndVersion(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.json"), new FormJson().write(STANDARD.find("EXT-1", "1").orElseThrow()));
        assertThatThrownBy(() -> FormCatalog.builder().standard().directory(dir).build())
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("x.json")
                .hasMessageContaining("id and version of the standard template EXT-1 version 1");
    }
}
