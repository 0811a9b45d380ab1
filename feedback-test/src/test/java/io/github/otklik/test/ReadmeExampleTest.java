package io.github.otklik.test;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.synthetic.DomainGenerators;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** Runs the README's Java example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns() {
        // README example begins
        DomainGenerators gen = DomainGenerators.forPeriod(ReportingPeriod.parse("2025-Q1"));
        Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
        ResponseValidator validator = new ResponseValidator(FormCatalog.standard());
        qt().forAll(OtklikGens.responses(gen, ext1)).checkAssert(r -> assertThat(validator.check(r)).isEmpty());

        PainMap map = RuleSetContract.sampleMap(RuleSet.DEFAULT);
        OtklikAssertions.assertThat(map).isOrdered()
                .hasPoint("svc-1", "deadline:appeals").withPriority(Level.HIGH).withResponsible("UNASSIGNED");
        // README example ends
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a java block").isTrue();
        String source = Files.readString(Path.of("src/test/java/io/github/otklik/test/ReadmeExampleTest.java"));
        String between = source.substring(source.indexOf("// README example begins\n") + "// README example begins\n".length(),
                source.indexOf("        // README example ends"));
        assertThat(normalize(m.group(1))).isEqualTo(normalize(between));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
