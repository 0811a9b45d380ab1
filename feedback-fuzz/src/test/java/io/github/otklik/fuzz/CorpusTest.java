package io.github.otklik.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordReader;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.InvalidFormException;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.painmap.input.PainMapFiles;
import io.github.otklik.text.theme.ThemeCatalogJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Runs every case of the bad-input corpus ({@code corpus/cases.jsonl}, made by
 * {@code scripts/make-corpus.py}) through the command line, in process, and through the Java API,
 * and checks for each the documented exit code, every valid record kept (ids), every reject with
 * its line, field and reason, no stack trace and no hang.
 */
class CorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheCorpus() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("cases.jsonl"))) {
            cases.add(JSON.readTree(line));
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(1_000);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText() + " " + c.get("kind").asText() + " "
                + c.get("class").asText() + " " + c.get("file").asText(), () -> assertTimeoutPreemptively(HANG_GUARD, () -> check(c))));
    }

    private static void check(JsonNode c) throws IOException {
        Path file = CORPUS.resolve(c.get("file").asText());
        int exit = c.get("exit").asInt();
        String kind = c.get("kind").asText();
        Path tmp = Files.createTempDirectory("otklik-corpus");
        try {
            Path rejects = tmp.resolve("rejects.jsonl");
            Cli.Run run = switch (kind) {
                case "responses" -> Cli.run("validate", file.toString(), "--rejects", rejects.toString());
                case "appeals" -> Cli.run("metrics", "--period", "2025", "--appeals", file.toString(), "--rejects", rejects.toString());
                case "processes" -> Cli.run("metrics", "--period", "2025", "--processes", file.toString(), "--rejects", rejects.toString());
                case "surveyjs" -> Cli.run("forms", "import", "EXT-1", "--format", "surveyjs", "--data", file.toString(), "--id", "r-1",
                        "--agency", "minsoc", "--submitted-at", "2025-01-01T00:00:00Z");
                case "form" -> {
                    Path dir = Files.createDirectories(tmp.resolve("forms"));
                    Files.copy(file, dir.resolve("agency-1.json"));
                    yield Cli.run("forms", "list", "--forms", dir.toString());
                }
                case "rules" -> Cli.run("rules", "check", file.toString());
                case "registry" -> Cli.run("metrics", "--period", "2025", "--appeals", validAppeals(), "--registry", file.toString());
                case "targets" -> Cli.run("metrics", "--period", "2025", "--appeals", validAppeals(), "--targets", file.toString());
                case "manual", "measures", "themes" -> Cli.run("painmap", "--period", "2025", "--appeals", validAppeals(), "--" + kind,
                        file.toString());
                default -> throw new AssertionError("unknown kind " + kind);
            };
            run.assertClean();
            assertThat(run.code()).as("exit code; stderr: %s", run.err()).isEqualTo(exit);
            if (c.has("kept")) {
                List<Long> expectedLines = new ArrayList<>();
                c.get("rejects").forEach(r -> expectedLines.add(r.get("line").asLong()));
                if (exit != 2) {
                    List<Long> got = new ArrayList<>();
                    for (String line : Files.readAllLines(rejects, StandardCharsets.UTF_8)) {
                        got.add(JSON.readTree(line).get("line").asLong());
                    }
                    assertThat(got).as("CLI reject lines").isEqualTo(expectedLines);
                }
                api(c, file, kind, exit);
            } else {
                apiConfig(kind, file, exit);
            }
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String validAppeals() {
        return CORPUS.resolve("valid-appeals.csv").toString();
    }

    /** The record readers: kept ids and rejects exactly as the case says. */
    private static void api(JsonNode c, Path file, String kind, int exit) {
        RecordReader<?> reader = switch (kind) {
            case "responses" -> ResponseJsonlReader.builder().check(new ResponseValidator(FormCatalog.standard())).build();
            case "appeals" -> AppealCsvReader.builder().build();
            default -> ProcessInstanceCsvReader.builder().build();
        };
        Function<Object, String> idOf = r -> r instanceof io.github.otklik.core.response.SurveyResponse s ? s.id()
                : r instanceof io.github.otklik.core.appeal.Appeal a ? a.id() : ((io.github.otklik.core.process.ProcessInstance) r).id();
        if (exit == 2) {
            assertThatThrownBy(() -> reader.read(file, RecordHandler.of(r -> { }, r -> { }))).isInstanceOf(InputFileException.class);
            return;
        }
        List<String> kept = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        @SuppressWarnings({"unchecked", "rawtypes"})
        ReadSummary s = ((RecordReader) reader).read(file, RecordHandler.of(r -> kept.add(idOf.apply(r)), r -> rejects.add((Reject) r)));
        List<String> expected = new ArrayList<>();
        c.get("kept").forEach(id -> expected.add(id.asText()));
        assertThat(kept).as("kept ids; rejects %s", rejects).isEqualTo(expected);
        assertThat(s.truncated()).isFalse();
        JsonNode want = c.get("rejects");
        assertThat(rejects).as("rejects").hasSize(want.size());
        for (int i = 0; i < want.size(); i++) {
            JsonNode w = want.get(i);
            Reject r = rejects.get(i);
            assertThat(r.line()).as("line of %s", r).isEqualTo(w.get("line").asLong());
            if (!w.get("field").isNull() && !w.get("field").asText().equals("*")) {
                assertThat(r.field()).as("field of %s", r).contains(w.get("field").asText());
            } else if (w.get("field").isNull()) {
                assertThat(r.field()).as("field of %s", r).isEmpty();
            }
            assertThat(r.reason()).as("reason of %s", r).containsIgnoringCase(w.get("reason").asText()).isNotBlank();
        }
    }

    /** The configuration loaders: a valid file loads, an invalid one throws the documented exception only. */
    private static void apiConfig(String kind, Path file, int exit) throws IOException {
        Runnable load = switch (kind) {
            case "form" -> () -> {
                try (InputStream in = Files.newInputStream(file)) {
                    new io.github.otklik.forms.json.FormJson().read(in, file.getFileName().toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            case "rules" -> () -> PainMapFiles.rules(file);
            case "registry" -> () -> PainMapFiles.registry(file);
            case "manual" -> () -> PainMapFiles.manualEntries(file);
            case "measures" -> () -> PainMapFiles.measures(file);
            case "themes" -> () -> ThemeCatalogJson.load(file);
            case "surveyjs" -> () -> surveyJs(file);
            default -> null; // targets: the command line's own file
        };
        if (load == null) {
            return;
        }
        if (exit == 0) {
            load.run();
        } else {
            assertThatThrownBy(load::run).isInstanceOfAny(InputFileException.class, InvalidFormException.class,
                    IllegalArgumentException.class);
        }
    }

    private static void surveyJs(Path file) {
        String text;
        try {
            text = io.github.otklik.core.text.StrictUtf8.decode(Files.readAllBytes(file));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e); // what forms import reports
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        io.github.otklik.forms.Form form = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
        new io.github.otklik.forms.export.surveyjs.SurveyJsImporter().toResponse(form, text,
                io.github.otklik.forms.ResponseContext.builder("r-1").agency("minsoc")
                        .submittedAt(java.time.Instant.parse("2025-01-01T00:00:00Z"))
                        .channel(io.github.otklik.core.channel.Channel.OFFICIAL_SITE)
                        .client(io.github.otklik.core.client.Client.of(io.github.otklik.core.client.ClientKind.EXTERNAL)).build());
    }
}
