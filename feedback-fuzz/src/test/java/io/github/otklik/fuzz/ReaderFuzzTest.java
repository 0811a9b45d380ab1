package io.github.otklik.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.config.ConfigException;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordReader;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.process.ProcessRegistryJson;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.InvalidFormException;
import io.github.otklik.forms.ResponseContext;
import io.github.otklik.forms.export.surveyjs.SurveyJsImporter;
import io.github.otklik.forms.json.FormJson;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.painmap.rules.RuleSetJson;
import io.github.otklik.text.theme.ThemeCatalogJson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzz targets (Jazzer) of every reader and loader: whatever the bytes, each
 * returns or throws only its documented exception, and the JSONL reader's verdict on a line's
 * syntax is Jackson's strict one. In a normal build they run as regression tests on their seed
 * inputs ({@code src/test/resources/io/github/otklik/fuzz/ReaderFuzzTestInputs/TARGET/}, crashes
 * found earlier among them); {@code JAZZER_FUZZ=1} fuzzes one target ({@code scripts/fuzz.sh}).
 */
class ReaderFuzzTest {
    private static final FormCatalog FORMS = FormCatalog.standard();
    private static final ResponseJsonlReader JSONL = ResponseJsonlReader.builder().build();
    private static final ResponseJsonlReader VALIDATED = ResponseJsonlReader.builder().check(new ResponseValidator(FORMS)).build();
    private static final JsonFactory STRICT = OtklikJson.mapper().getFactory().rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(ResponseJsonlReader.MAX_DEPTH).build())
            .build();
    private static final Form EXT1 = FORMS.find("EXT-1", "1").orElseThrow();
    private static final ResponseContext CONTEXT = ResponseContext.builder("r-1").agency("minsoc")
            .submittedAt(Instant.parse("2025-01-01T00:00:00Z")).channel(Channel.OFFICIAL_SITE).client(Client.of(ClientKind.EXTERNAL)).build();

    @FuzzTest(maxDuration = "60s")
    void responsesJsonl(byte[] data) {
        List<Reject> rejects = new ArrayList<>();
        ReadSummary s = VALIDATED.read(new ByteArrayInputStream(data), "f.jsonl", RecordHandler.of(r -> { }, rejects::add));
        assertThat(s.accepted() + s.rejected()).isEqualTo(s.read());
        assertThat(rejects).hasSize((int) s.rejected());
        for (Reject r : rejects) {
            assertThat(r.reason()).isNotBlank();
            assertThat(r.line()).isPositive();
        }
    }

    /** One line: rejected as a whole (no field) exactly when its bytes or Jackson's strict parse refuse it. */
    @FuzzTest(maxDuration = "60s")
    void responseLineVerdictIsJacksons(byte[] data) {
        for (byte b : data) {
            if (b == '\n') {
                return; // one line only
            }
        }
        byte[] line = data.length > 0 && data[data.length - 1] == '\r' ? java.util.Arrays.copyOf(data, data.length - 1) : data;
        List<Reject> rejects = new ArrayList<>();
        List<Object> accepted = new ArrayList<>();
        JSONL.read(new ByteArrayInputStream(data), "f.jsonl", RecordHandler.of(accepted::add, rejects::add));
        if (blank(line) || line.length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF
                && blank(java.util.Arrays.copyOfRange(line, 3, line.length))) {
            return; // no record, or only the file's BOM
        }
        assertThat(accepted.size() + rejects.size()).isEqualTo(1);
        boolean wholeLine = !rejects.isEmpty() && rejects.get(0).field().isEmpty();
        byte[] body = line.length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF
                ? java.util.Arrays.copyOfRange(line, 3, line.length) : line; // the first line's BOM is the file's
        boolean refused = !strictUtf8WithoutNul(body) || startsWithBom(body) || !jacksonObject(body);
        assertThat(wholeLine).as("reject %s", rejects).isEqualTo(refused);
    }

    @FuzzTest(maxDuration = "60s")
    void appealsCsv(byte[] data) {
        csv(AppealCsvReader.builder().build(), data);
    }

    @FuzzTest(maxDuration = "60s")
    void processInstancesCsv(byte[] data) {
        csv(ProcessInstanceCsvReader.builder().build(), data);
    }

    @FuzzTest(maxDuration = "60s")
    void formTemplate(byte[] data) {
        try {
            new FormJson().read(new ByteArrayInputStream(data), "f.json");
        } catch (InvalidFormException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void ruleSet(byte[] data) {
        try {
            RuleSetJson.parse(new String(data, StandardCharsets.UTF_8), "r.json");
        } catch (ConfigException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void registry(byte[] data) {
        try {
            ProcessRegistryJson.parse(new String(data, StandardCharsets.UTF_8), "registry.json");
        } catch (ConfigException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void themes(byte[] data) {
        try {
            ThemeCatalogJson.parse(new String(data, StandardCharsets.UTF_8), "themes.json");
        } catch (InputFileException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void surveyJsData(byte[] data) {
        try {
            new SurveyJsImporter().toResponse(EXT1, new String(data, StandardCharsets.UTF_8), CONTEXT);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    private static void csv(RecordReader<?> reader, byte[] data) {
        List<Reject> rejects = new ArrayList<>();
        try {
            ReadSummary s = reader.read(new ByteArrayInputStream(data), "f.csv", RecordHandler.of(r -> { }, rejects::add));
            assertThat(s.accepted() + s.rejected()).isEqualTo(s.read());
            assertThat(s.truncated()).isFalse();
            rejects.forEach(r -> assertThat(r.reason()).isNotBlank());
        } catch (InputFileException expected) {
            assertThat(expected.getMessage()).isNotBlank(); // no header, or an invalid one
        }
    }

    private static boolean blank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static boolean strictUtf8WithoutNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        CoderResult r = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b), CharBuffer.allocate(b.length + 1), true);
        return !r.isError();
    }

    /** Whether Jackson's strict parse reads exactly one JSON object, at most 100 levels deep, with no repeated key. */
    private static boolean jacksonObject(byte[] line) {
        try (JsonParser p = STRICT.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (JsonProcessingException e) {
            return false;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
