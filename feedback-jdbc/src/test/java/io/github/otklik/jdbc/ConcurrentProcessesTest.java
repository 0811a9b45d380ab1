package io.github.otklik.jdbc;

import io.github.otklik.core.response.SurveyResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports in separate JVMs on one database at the same time: an H2 file opened with
 * {@code AUTO_SERVER=TRUE} (the first process serves the others over TCP, and when it exits
 * another takes over) and PostgreSQL.
 */
class ConcurrentProcessesTest {
    private static final Pattern RESULT = Pattern.compile("stored (\\d+), unchanged (\\d+), rejected (\\d+)");

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.Shared.class)
    void overlappingImportsInTwoProcessesStoreEachRecordOnceAlsoWhenTheFirstExitsMidway(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<SurveyResponse> sample = TestData.responses(16_000);
            List<String> lines = TestData.lines(sample);
            Path all = TestData.write(db.dir().resolve("all.jsonl"), lines);
            List<String> part = new ArrayList<>(lines.subList(2_000, 8_000));
            Collections.reverse(part);
            Path overlap = TestData.write(db.dir().resolve("overlap.jsonl"), part);

            long[] first;
            long[] second;
            // the first process opens the database (on H2 it serves it), waits, imports the overlap and exits
            try (ChildJvm server = ChildJvm.start(db.dir(), db.url(), "responses", overlap.toString(), "500", "wait")) {
                server.await("open", 120);
                try (ChildJvm client = ChildJvm.start(db.dir(), db.url(), "responses", all.toString(), "200")) {
                    client.await("batch 3", 120);
                    server.send("go");
                    assertThat(server.exitCode(300)).as(server.transcript()).isZero();
                    if (kind == TestDatabase.Kind.H2_AUTO_SERVER) {
                        assertThat(client.isAlive()).as("the second import still runs when the serving process has exited").isTrue();
                    }
                    assertThat(client.exitCode(300)).as(client.transcript()).isZero();
                    first = counts(server.last("result "));
                    second = counts(client.last("result "));
                }
            }

            assertThat(first[0] + first[1] + second[0] + second[1]).as("every accepted record counted once per import")
                    .isEqualTo(6_000 + 16_000);
            assertThat(first[2] + second[2]).isZero();
            FeedbackStore store = db.open();
            assertThat(db.count("responses")).isEqualTo(16_000);
            assertThat(FeedbackStoreContract.all(store.responses()))
                    .containsExactlyElementsOf(sample.stream().map(ResponseTable::withoutRespondent).toList());
            assertThat(db.count("respondents")).isEqualTo(sample.stream().filter(r -> r.respondent().isPresent()).count());
        }
    }

    static long[] counts(String result) {
        Matcher m = RESULT.matcher(result);
        assertThat(m.matches()).as(result).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }
}
