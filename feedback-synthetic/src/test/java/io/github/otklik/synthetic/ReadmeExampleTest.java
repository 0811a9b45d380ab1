package io.github.otklik.synthetic;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.synthetic.agency.SampleAgency;
import io.github.otklik.synthetic.agency.SyntheticData;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.SampleResponses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the README's Java example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns(@TempDir Path dir) throws Exception {
        // README example begins
        ReportingPeriod q1 = ReportingPeriod.parse("2025-Q1");
        SampleResponses.Builder sample = SampleResponses.builder(q1).seed(7).agency(SampleAgency.AGENCY.id());
        for (SampleAgency.SampleProcess sp : SampleAgency.processes()) {
            sample.process(new ProcessProfile(sp.process().id(), sp.process().type(), sp.quality()), 1.0);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("responses.jsonl"))) { sample.build().write(out, 500); }
        try (Writer out = Files.newBufferedWriter(dir.resolve("appeals.csv"))) {
            new SyntheticData(7, q1, ZoneId.of("Europe/Moscow")).writeAppeals(out, 300);
        }
        Appeal one = DomainGenerators.forPeriod(q1).appeal(new SplittableRandom(7));
        // README example ends
        ReadSummary responses = ResponseJsonlReader.builder().check(new ResponseValidator(FormCatalog.standard())).build()
                .read(dir.resolve("responses.jsonl"), failOnReject());
        ReadSummary appeals = AppealCsvReader.builder().build().read(dir.resolve("appeals.csv"), failOnReject());
        assertThat(responses.accepted()).isEqualTo(500);
        assertThat(appeals.accepted()).isEqualTo(300);
        assertThat(q1.contains(one.registeredAt(), ZoneId.of("Europe/Moscow"))).isTrue();
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a java block").isTrue();
        String source = Files.readString(Path.of("src/test/java/io/github/otklik/synthetic/ReadmeExampleTest.java"));
        String between = source.substring(source.indexOf("// README example begins\n") + "// README example begins\n".length(),
                source.indexOf("        // README example ends"));
        assertThat(normalize(m.group(1))).isEqualTo(normalize(between));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }

    private static <T> RecordHandler<T> failOnReject() {
        return new RecordHandler<>() {
            @Override
            public void accept(T record, long line) {
            }

            @Override
            public void reject(Reject reject) {
                throw new AssertionError("unexpected reject " + reject);
            }
        };
    }
}
