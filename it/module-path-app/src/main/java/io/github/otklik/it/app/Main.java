package io.github.otklik.it.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.validation.DomainValidator;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.jdbc.FeedbackStore;
import io.github.otklik.jdbc.ImportResult;
import io.github.otklik.jdbc.RecordKind;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.build.ProblemTitles;
import io.github.otklik.painmap.export.PainMapJson;
import io.github.otklik.painmap.rules.RuleSets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Loads the standard forms, reads responses with the JSONL reader, computes metrics, builds a pain
 * map with a rule set found through {@link java.util.ServiceLoader}, writes its JSON, validates a
 * record with Bean Validation and round-trips the responses through an H2 store — asserting every
 * figure. Exits 1 on the first figure that differs.
 *
 * <p>Arguments: the data directory and the output directory.
 */
public final class Main {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        check("running as a named module", Main.class.getModule().getName(), "io.github.otklik.it.app");
        check("class path", System.getProperty("java.class.path", ""), "");
        for (Class<?> type : List.of(FormCatalog.class, ResponseJsonlReader.class, MetricsEngine.class, PainMap.class, FeedbackStore.class)) {
            Module module = type.getModule();
            check(type.getSimpleName() + " in an explicit module", module.isNamed() && !module.getDescriptor().isAutomatic(), true);
        }

        FormCatalog catalog = FormCatalog.standard();
        check("standard forms", catalog.forms().size(), 11);

        Path responses = data.resolve("responses.jsonl");
        ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(catalog)).build();
        List<Reject> rejects = new ArrayList<>();
        MetricsReport report = MetricsEngine.from(MetricsSpec.builder(Q1).forms(catalog).groupBy(PainMapBuilder.GROUP_BY).build())
                .run(MetricsInputs.none().withResponses(handler -> reader.read(responses, handler)), rejects::add);
        check("rejects", rejects.size(), 1);
        check("rejected line", rejects.get(0).line(), 8L);

        String metricsJson = MetricsJson.toJson(report);
        Files.writeString(out.resolve("metrics.json"), metricsJson, StandardCharsets.UTF_8);
        ObjectMapper mapper = OtklikJson.mapper();
        JsonNode metrics = mapper.readTree(metricsJson);
        check("format", metrics.path("format").asText(), "otklik-metrics/1");
        check("responses read", metrics.at("/inputs/responses/read").asLong(), 7L);
        check("responses accepted", metrics.at("/inputs/responses/accepted").asLong(), 6L);
        check("responses in period", metrics.at("/inputs/responses/inPeriod").asLong(), 6L);
        JsonNode overall = metrics.at("/satisfaction/0/overall");
        check("overall answered", overall.path("answered").asLong(), 4L);
        check("overall dontKnow", overall.path("dontKnow").asLong(), 1L);
        check("overall satisfied", overall.path("satisfied").asLong(), 2L);
        check("overall share", overall.path("share").asDouble(), 0.5);
        check("overall mean", overall.path("mean").asDouble(), 3.0);
        check("queue count", metrics.at("/satisfaction/0/problems/queue/count").asLong(), 2L);
        check("queue base", metrics.at("/satisfaction/0/problems/queue/base").asLong(), 5L);

        PainMap map = PainMapBuilder.from(report)
                .rules(RuleSets.load("agency", Main.class.getClassLoader()))
                .titles(ProblemTitles.fromForms(catalog))
                .build();
        String painMapJson = PainMapJson.toJson(map);
        Files.writeString(out.resolve("painmap.json"), painMapJson, StandardCharsets.UTF_8);
        JsonNode painMap = mapper.readTree(painMapJson);
        check("pain map format", painMap.path("format").asText(), "otklik-painmap/1");
        check("pain map rules (from the provided service)", painMap.path("rules").asText(), "agency");
        check("pain points", painMap.path("items").size(), 2);
        JsonNode first = painMap.at("/items/0");
        check("first problem", first.path("problem").asText(), "queue");
        check("first prevalence", first.path("prevalence").asText(), "MEDIUM");
        check("first priority", first.path("priority").asText(), "MEDIUM");
        check("first deadline", first.path("deadline").asText(), "2025-09-27");
        check("first evidence", first.at("/evidence/0/x").asLong() + " of " + first.at("/evidence/0/n").asLong(), "2 of 5");
        check("second problem", painMap.at("/items/1/problem").asText(), "rude-staff");
        check("second priority", painMap.at("/items/1/priority").asText(), "LOW");

        try (DomainValidator validator = new DomainValidator()) {
            Appeal appeal = Appeal.builder("a-1").agency("minsoc").process("svc-1").channel(Channel.EPGU)
                    .kind(AppealKind.COMPLAINT).registeredAt(Instant.parse("2025-02-01T10:00:00Z")).reason("queue").build();
            check("Bean Validation of an appeal", validator.validate(appeal).size(), 0);
            check("appeal JSON", mapper.readTree(mapper.writeValueAsString(appeal)).path("id").asText(), "a-1");
        }

        try (FeedbackStore store = FeedbackStore.open("jdbc:h2:mem:module-path-app")) {
            ImportResult imported = store.importFile(RecordKind.RESPONSES, responses, reject -> { });
            check("store import", imported.toString(), "stored 6, unchanged 0, rejected 1");
            MetricsReport fromStore = MetricsEngine.from(MetricsSpec.builder(Q1).forms(store.forms()).groupBy(PainMapBuilder.GROUP_BY).build())
                    .run(MetricsInputs.none().withResponses(store.responses()), reject -> { });
            check("metrics from the store", mapper.readTree(MetricsJson.toJson(fromStore)).at("/satisfaction/0/overall/answered").asLong(), 4L);
        }
        System.out.println("module-path-app: every check passed; wrote " + out.resolve("painmap.json"));
    }

    private static void check(String what, Object actual, Object expected) {
        if (!Objects.equals(actual, expected)) {
            System.err.println("module-path-app: " + what + ": expected " + expected + ", got " + actual);
            System.exit(1);
        }
    }
}
