package io.github.otklik.forms;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.export.html.HtmlFormExporter;
import io.github.otklik.forms.export.surveyjs.SurveyJsExporter;
import io.github.otklik.forms.validation.ResponseValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the module README's example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns(@TempDir Path dir) throws Exception {
        Path agencyForms = Files.createDirectory(dir.resolve("forms"));
        Path responsesJsonl = dir.resolve("responses.jsonl");
        Files.writeString(responsesJsonl, "{\"id\":\"r-1\",\"form\":\"AG-EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"2025-03-01T10:00:00Z\","
                + "\"agency\":\"ag\",\"process\":\"svc-birth\",\"channel\":\"EPGU\",\"client\":{\"kind\":\"EXTERNAL\"},"
                + "\"answers\":{\"used\":\"yes\",\"service\":\"svc-birth\",\"overall\":5}}\n");
        List<SurveyResponse> accepted = new ArrayList<>();
        RecordHandler<SurveyResponse> handler = new RecordHandler<>() {
            @Override
            public void accept(SurveyResponse r, long line) {
                accepted.add(r);
            }

            @Override
            public void reject(Reject reject) {
                throw new AssertionError(reject);
            }
        };
        // README example begins
                Form mine = FormCatalog.standard().find("EXT-1", "1").orElseThrow().copy("AG-EXT-1", "1")
                .insertAfter("used", Question.single("service").text("Какую услугу вы получали?", "Which service?")
                        .option("svc-birth", "Пособие при рождении ребёнка", "Birth allowance").build())
                .build();
        FormCatalog catalog = FormCatalog.builder().standard().add(mine).directory(agencyForms).build();
        ResponseValidator validator = new ResponseValidator(catalog);
        ResponseJsonlReader reader = ResponseJsonlReader.builder().check(validator).build();
        ReadSummary summary = reader.read(responsesJsonl, handler);
        String surveyJs = new SurveyJsExporter().export(mine);
        String paper = new HtmlFormExporter().export(mine, "ru");
        // README example ends
        assertThat(summary.rejected()).isZero(); 
        assertThat(surveyJs).contains("\"service\"");
        assertThat(paper).contains("Какую услугу вы получали?");
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).isTrue();
        String source = Files.readString(Path.of("src/test/java/io/github/otklik/forms/ReadmeExampleTest.java"));
        String between = source.substring(source.indexOf("// README example begins\n") + "// README example begins\n".length(),
                source.indexOf("        // README example ends"));
        assertThat(normalize(m.group(1))).isEqualTo(normalize(between));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
