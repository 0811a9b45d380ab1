package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.synthetic.agency.RegistryWriter;
import io.github.otklik.synthetic.agency.SampleAgency;
import io.github.otklik.synthetic.agency.SyntheticData;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.ResponseJsonlWriter;
import io.github.otklik.synthetic.response.SampleResponses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code otklik demo}: generates a realistic sample agency (a registry of twelve processes, two
 * quarters of responses with Russian comments, appeals with their texts, process instances,
 * targets, measures, analysts' notes and a themes file), runs validate, metrics, the pain map,
 * the emerging phrases and both editions of the report on it, and says where the outputs are.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates a sample agency, runs metrics, the pain map and the report on it, and says where the outputs are.")
final class DemoCommand implements Callable<Integer> {
    static final ReportingPeriod CURRENT = ReportingPeriod.parse("2025-Q1");
    static final ReportingPeriod PREVIOUS = CURRENT.previous();
    /** How the current quarter differs from the previous one, per process (quality moves). */
    static final Map<String, Double> CHANGE = Map.of("svc-housing", 0.15, "svc-birth", 0.05, "app-citizens", -0.15,
            "sup-social-contract", -0.05);

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "otklik-demo", description = "Where to write everything (default ./${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--responses", paramLabel = "N", defaultValue = "6000", description = "Responses per quarter (default ${DEFAULT-VALUE}).")
    int responses;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter say = spec.commandLine().getOut();
        ZoneId zone = ZoneId.of("Europe/Moscow");
        Files.createDirectories(out);
        say.println("Otklik demo: a sample regional ministry, " + PREVIOUS.label() + " and " + CURRENT.label() + " → " + out.toAbsolutePath());
        writeData(zone);
        String[] inputs = {"--responses", file("responses.jsonl"), "--appeals", file("appeals.csv"), "--processes", file("processes.csv"),
            "--period", CURRENT.label(), "--zone", zone.getId()};
        step(say, "validate", "validate", file("responses.jsonl"), "--rejects", file("rejects.jsonl"));
        step(say, "metrics (JSON)", concat(new String[] {"metrics"}, inputs, new String[] {"--group-by", "process",
            "--targets", file("targets.json"), "--compare", PREVIOUS.label(), "-o", file("metrics.json")}));
        step(say, "metrics by client kind (JSON)", concat(new String[] {"metrics"}, inputs, new String[] {"--group-by", "clientKind",
            "-o", file("metrics-clients.json")}));
        step(say, "metrics (table)", concat(new String[] {"metrics"}, inputs, new String[] {"--group-by", "process",
            "--compare", PREVIOUS.label(), "--format", "table", "-o", file("metrics.txt")}));
        for (String[] extra : PainMapDemo.steps(this::file)) {
            step(say, "pain map (" + extra[extra.length - 1].replaceAll(".*\\.", "") + ")", concat(extra, inputs, new String[0]));
        }
        String[] report = concat(new String[] {"report"}, inputs, new String[] {"--registry", file("registry.json"),
            "--targets", file("targets.json"), "--compare", PREVIOUS.label(), "--measures", file("measures.json"),
            "--manual", file("manual.json"), "--classifier", file("classifier.json"), "--survey-url", "https://example.org/otklik/survey", "--agency", SampleAgency.AGENCY.name().ru()});
        step(say, "text phrases", "text", "phrases", "--responses", file("responses.jsonl"), "--appeals", file("appeals.csv"),
            "--period", CURRENT.label(), "--zone", zone.getId(), "--themes", file("themes.json"), "--format", "table", "-o", file("phrases.txt"));
        step(say, "report (internal edition)", concat(report, new String[] {"--themes", file("themes.json"), "-o", file("report.html")}));
        step(say, "report (public edition)", concat(report, new String[] {"--audience", "public", "-o", file("report-public.html")}));
        summary(say);
        say.println("Open " + out.resolve("report.html").toAbsolutePath() + " in a browser (the public edition: report-public.html).");
        say.flush();
        return Otklik.OK;
    }

    private String file(String name) {
        return out.resolve(name).toString();
    }

    private void step(PrintWriter say, String name, String... args) {
        StringWriter err = new StringWriter();
        int code = Otklik.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        if (code == Otklik.USAGE) {
            throw new UsageException("demo step " + name + " failed: " + err.toString().strip());
        }
        say.printf(Locale.ROOT, "  ✓ %s%n", name);
    }

    private void summary(PrintWriter say) throws IOException {
        JsonNode m = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        JsonNode byClient = new ObjectMapper().readTree(out.resolve("metrics-clients.json").toFile());
        JsonNode external = clientGroup(byClient, "EXTERNAL");
        JsonNode internal = clientGroup(byClient, "INTERNAL");
        say.printf(Locale.ROOT, "%nIn %s: %d responses in the period; satisfaction of external clients %.1f%% (95%% CI %.1f–%.1f%%, "
                + "%d answered), of employees %.1f%% (%d answered); %d appeals (%d overdue), "
                + "%d process instances; %d alerts for an extra survey round; %d of %d targets met.%n", CURRENT.label(),
                m.at("/inputs/responses/inPeriod").asLong(), 100 * external.at("/overall/share").asDouble(),
                100 * external.at("/overall/ci95/0").asDouble(), 100 * external.at("/overall/ci95/1").asDouble(),
                external.at("/overall/answered").asLong(), 100 * internal.at("/overall/share").asDouble(),
                internal.at("/overall/answered").asLong(), m.at("/appeals/0/total").asLong(), m.at("/appeals/0/overdue").asLong(), m.at("/processes/0/instances").asLong(),
                m.get("alerts").size(), count(m.get("deviations")), m.get("deviations").size());
        Path painmap = out.resolve("painmap.json");
        if (Files.exists(painmap)) {
            JsonNode p = new ObjectMapper().readTree(painmap.toFile());
            long high = 0;
            for (JsonNode item : p.get("items")) {
                high += "HIGH".equals(item.get("priority").asText()) ? 1 : 0;
            }
            say.printf(Locale.ROOT, "Pain map: %d pain points, %d of high priority; the first: %s — %s.%n", p.get("items").size(), high,
                    p.at("/items/0/processName").asText(), p.at("/items/0/title").asText());
        }
        say.println("Files: " + String.join(", ", list()));
    }

    /** The satisfaction group of one client kind in a {@code --group-by clientKind} report (an empty node when absent). */
    private static JsonNode clientGroup(JsonNode report, String kind) {
        for (JsonNode g : report.get("satisfaction")) {
            if (kind.equals(g.at("/key/clientKind").asText())) {
                return g;
            }
        }
        return new ObjectMapper().createObjectNode();
    }

    private static long count(JsonNode deviations) {
        long met = 0;
        for (JsonNode d : deviations) {
            met += d.get("met").asBoolean() ? 1 : 0;
        }
        return met;
    }

    private List<String> list() throws IOException {
        List<String> names = new ArrayList<>();
        try (var s = Files.list(out)) {
            s.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        }
        return names;
    }

    // ------------------------------------------------------------------ data

    private void writeData(ZoneId zone) throws IOException {
        StringWriter registry = new StringWriter();
        RegistryWriter.write(registry, SampleAgency.processes());
        Files.writeString(out.resolve("registry.json"), registry.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("targets.json"), DemoFiles.TARGETS, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("measures.json"), DemoFiles.MEASURES, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("manual.json"), DemoFiles.MANUAL, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("classifier.json"), DemoFiles.CLASSIFIER, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("themes.json"), DemoTexts.THEMES, StandardCharsets.UTF_8);
        DemoTexts texts = new DemoTexts(41);
        try (Writer w = Files.newBufferedWriter(out.resolve("responses.jsonl"), StandardCharsets.UTF_8)) {
            ResponseJsonlWriter jsonl = new ResponseJsonlWriter(w);
            for (SurveyResponse r : responses(PREVIOUS, zone, 11, Map.of()).generate(responses)) {
                jsonl.write(texts.withComment(renamed(r, "q4-")));
            }
            for (SurveyResponse r : responses(CURRENT, zone, 12, CHANGE).generate(responses)) {
                jsonl.write(texts.withComment(r));
            }
            jsonl.flush();
        }
        int appeals = responses / 2;
        writeCsv(out.resolve("appeals.csv"), w -> new SyntheticData(21, PREVIOUS, zone, "q4-", Map.of()).writeAppeals(w, appeals),
                w -> new SyntheticData(22, CURRENT, zone, "", CHANGE).writeAppeals(w, appeals));
        Path appealsFile = out.resolve("appeals.csv");
        Files.writeString(appealsFile, texts.appealsWithTexts(Files.readString(appealsFile, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        int instances = responses / 2;
        writeCsv(out.resolve("processes.csv"), w -> new SyntheticData(31, PREVIOUS, zone, "q4-", Map.of()).writeProcessInstances(w, instances),
                w -> new SyntheticData(32, CURRENT, zone, "", CHANGE).writeProcessInstances(w, instances));
    }

    private static SampleResponses responses(ReportingPeriod period, ZoneId zone, long seed, Map<String, Double> change) {
        SampleResponses.Builder b = SampleResponses.builder(period).zone(zone).seed(seed).agency(SampleAgency.AGENCY.id());
        for (SampleAgency.SampleProcess sp : SampleAgency.processes()) {
            double q = Math.max(0, Math.min(1, sp.quality() + change.getOrDefault(sp.process().id(), 0.0)));
            b.process(new ProcessProfile(sp.process().id(), sp.process().type(), q), StrictMath.sqrt(sp.process().annualVolume().orElse(100)));
        }
        return b.build();
    }

    private static SurveyResponse renamed(SurveyResponse r, String prefix) {
        SurveyResponse.Builder b = SurveyResponse.builder(prefix + r.id()).form(r.form(), r.formVersion()).submittedAt(r.submittedAt())
                .agency(r.agency()).channel(r.channel()).client(r.client()).anonymous(r.anonymous()).answers(r.answers());
        r.process().ifPresent(b::process);
        r.respondent().ifPresent(b::respondent);
        return b.build();
    }

    private interface Csv {
        void write(Writer w) throws IOException;
    }

    private static void writeCsv(Path file, Csv first, Csv second) throws IOException {
        StringWriter a = new StringWriter();
        first.write(a);
        StringWriter b = new StringWriter();
        second.write(b);
        String rest = b.toString();
        Files.writeString(file, a + rest.substring(rest.indexOf('\n') + 1), StandardCharsets.UTF_8);
    }

    private static String[] concat(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] p : parts) {
            all.addAll(List.of(p));
        }
        return all.toArray(new String[0]);
    }
}
