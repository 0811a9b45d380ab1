package io.github.otklik.painmap.rules;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule set shown in docs/painmap-rules.md is valid, and its Java provider example compiles here (RuleSetsTest.Regional). */
class RulesDocTest {
    @Test
    void theDocumentedRuleSetIsValid() throws Exception {
        String doc = Files.readString(Path.of("../docs/painmap-rules.md"));
        Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).isTrue();
        RuleSet strict = RuleSetJson.parse(m.group(1), "docs/painmap-rules.md");
        assertThat(RuleSetChecker.check(strict)).isEmpty();
        assertThat(strict.name()).isEqualTo("strict");
        assertThat(strict.priority().mandatorySources()).hasSize(2);
        assertThat(strict.deadline().deadline(io.github.otklik.painmap.Level.LOW)).contains(java.time.Period.ofYears(1));
    }
}
