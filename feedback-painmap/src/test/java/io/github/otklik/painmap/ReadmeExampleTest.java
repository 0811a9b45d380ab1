package io.github.otklik.painmap;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.build.ProblemTitles;
import io.github.otklik.painmap.export.PainMapCsv;
import io.github.otklik.painmap.input.PainMapFiles;
import io.github.otklik.painmap.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the module README's Java example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeExampleRuns() throws Exception {
        FormCatalog catalog = Dataset.CATALOG;
        List<SurveyResponse> responses = Dataset.responses();
        List<Appeal> appeals = Dataset.appeals();
        Path registryFile = Files.writeString(dir.resolve("registry.json"), "[{\"id\": \"svc-birth\", \"name\": {\"ru\": \"Пособие\"},"
                + " \"type\": \"SERVICE\", \"owner\": \"Отдел социальных выплат\", \"annualVolume\": 12000}]");
        Path manualFile = Files.writeString(dir.resolve("manual.json"), "[{\"process\": \"svc-birth\", \"problem\": \"paper\","
                + " \"title\": \"Только бумажное заявление\", \"kind\": \"NEED\"}]");
        Path measuresFile = Files.writeString(dir.resolve("measures.json"), "{\"queue\": [\"Электронная очередь\"]}");
        // README example begins
        MetricsInputs inputs = MetricsInputs.none().withResponses(RecordSource.of("responses", responses)).withAppeals(RecordSource.of("appeals", appeals));
        MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).forms(catalog).groupBy(PainMapBuilder.GROUP_BY).build();
        MetricsReport report = MetricsEngine.from(spec).run(inputs, reject -> { });
        PainMap map = PainMapBuilder.from(report)
                .registry(PainMapFiles.registry(registryFile))
                .manual(PainMapFiles.manualEntries(manualFile))
                .measures(PainMapFiles.measures(measuresFile))
                .rules(RuleSet.DEFAULT)
                .titles(ProblemTitles.fromForms(catalog))
                .build();
        System.out.print(PainMapCsv.toCsv(map));
        // README example ends
        assertThat(map.point("svc-birth", "queue").orElseThrow().measures()).containsExactly("Электронная очередь");
        assertThat(map.point("svc-birth", "paper").orElseThrow().kind()).isEqualTo(Kind.NEED);
        assertThat(map.point("svc-birth", "deadline:appeals").orElseThrow().priority()).isEqualTo(Level.HIGH);
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a java block").isTrue();
        String source = Files.readString(Path.of("src/test/java/io/github/otklik/painmap/ReadmeExampleTest.java"));
        String between = source.substring(source.indexOf("// README example begins\n") + "// README example begins\n".length(),
                source.indexOf("        // README example ends"));
        assertThat(normalize(m.group(1))).isEqualTo(normalize(between));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
