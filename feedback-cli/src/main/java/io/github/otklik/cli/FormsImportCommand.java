package io.github.otklik.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.text.StrictUtf8;
import io.github.otklik.core.validation.Instants;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.ResponseContext;
import io.github.otklik.forms.export.surveyjs.SurveyJsImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code otklik forms import ID --format surveyjs --data FILE}: turns the results of a survey that a
 * SurveyJS client ran ({@code survey.data}, a JSON object) into one Otklik response, printed as one
 * JSON Lines record for {@code otklik validate}. The importer maps representations and never judges:
 * an answer the form does not allow stays in the record, and the validator rejects it.
 *
 * <p>What {@code survey.data} lacks comes from options: the response id (default {@value #DEFAULT_ID}),
 * the agency (default {@value #DEFAULT_AGENCY}), the process (none unless given: external forms need
 * one to validate), the channel (default {@code OFFICIAL_SITE} for external forms, {@code INTRANET}
 * for internal ones), the submission instant (default now, to the second), the client kind (default
 * the form's audience), its category (none unless given) and whether the response is anonymous
 * (default yes).
 */
@Command(name = "import",
        description = "Turns the results of a client's survey (SurveyJS survey.data JSON) into one Otklik response "
                + "and prints it as a JSON Lines record, ready for otklik validate.")
final class FormsImportCommand implements Callable<Integer> {
    static final String DEFAULT_ID = "surveyjs-1";
    static final String DEFAULT_AGENCY = "agency";
    /** Bounds what is read: a survey's data is small, whatever its comments. */
    private static final long MAX_DATA_BYTES = 16L * 1024 * 1024;

    // no mixinStandardHelpOptions: its --version clashes with the form's --version, and picocli then
    // drops -h/--help as well
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "ID", description = "Form id, e.g. EXT-1.")
    String formId;

    @Option(names = "--form-version", paramLabel = "V", description = "Form version (default: the latest loaded).")
    String version;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Format of the data: surveyjs.")
    String format;

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "The client's results: SurveyJS survey.data, a JSON object (- reads standard input).")
    String data;

    @Option(names = "--id", paramLabel = "ID", defaultValue = DEFAULT_ID, description = "Response id (default ${DEFAULT-VALUE}).")
    String id;

    @Option(names = "--agency", paramLabel = "A", defaultValue = DEFAULT_AGENCY, description = "Agency id (default ${DEFAULT-VALUE}).")
    String agency;

    @Option(names = "--process", paramLabel = "P", description = "Process id (required by external forms to validate).")
    String process;

    @Option(names = "--channel", paramLabel = "C",
            description = "Channel of collection (default OFFICIAL_SITE for external forms, INTRANET for internal ones).")
    String channel;

    @Option(names = "--submitted-at", paramLabel = "INSTANT",
            description = "Instant of submission, ISO-8601 with an offset (default: now, to the second).")
    String submittedAt;

    @Option(names = "--client-kind", paramLabel = "K", description = "EXTERNAL or INTERNAL (default: the form's audience).")
    String clientKind;

    @Option(names = "--category", paramLabel = "C", description = "Client category, e.g. CITIZEN (default: none).")
    String category;

    @Option(names = "--anonymous", paramLabel = "BOOL", defaultValue = "true", arity = "1",
            description = "Whether the response is anonymous: true or false (default ${DEFAULT-VALUE}).")
    boolean anonymous;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Mixin
    FormsOption forms;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!"surveyjs".equals(format)) {
            throw new UsageException("unknown format \"" + format + "\" (expected surveyjs)");
        }
        Form form = form(forms.catalog());
        ResponseContext context = context(form);
        SurveyResponse response;
        try {
            response = new SurveyJsImporter().toResponse(form, read(), context);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--data " + data + ": " + e.getMessage());
        }
        String line;
        try {
            line = OtklikJson.mapper().writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new UsageException("cannot write the response: " + e.getOriginalMessage());
        }
        Cli.write(spec.commandLine().getOut(), output, line + "\n");
        return Otklik.OK;
    }

    private Form form(FormCatalog catalog) {
        List<String> versions = catalog.versions(formId);
        if (versions.isEmpty()) {
            throw new UsageException("unknown form \"" + formId + "\" (see otklik forms list)");
        }
        String v = version != null ? version : versions.get(versions.size() - 1);
        return catalog.find(formId, v).orElseThrow(() -> new UsageException("form " + formId + " has no version \"" + v
                + "\" (known: " + String.join(", ", versions) + ")"));
    }

    private ResponseContext context(Form form) {
        ClientKind kind = clientKind != null ? constant(ClientKind.class, "--client-kind", clientKind)
                : form.audience() == Audience.INTERNAL ? ClientKind.INTERNAL : ClientKind.EXTERNAL;
        Client client;
        if (category == null) {
            client = Client.of(kind);
        } else {
            try {
                client = Client.of(kind, constant(ClientCategory.class, "--category", category));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--category: " + e.getMessage());
            }
        }
        Channel ch = channel != null ? constant(Channel.class, "--channel", channel)
                : kind == ClientKind.INTERNAL ? Channel.INTRANET : Channel.OFFICIAL_SITE;
        Instant at;
        try {
            at = submittedAt != null ? Instants.parseWithOffset(submittedAt) : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--submitted-at: " + e.getMessage());
        }
        ResponseContext.Builder b = ResponseContext.builder(id).submittedAt(at).agency(agency).channel(ch).client(client)
                .anonymous(anonymous);
        if (process != null) {
            b.process(process);
        }
        return b.build();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String option, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            known.append(known.length() == 0 ? "" : ", ").append(e.name());
        }
        throw new UsageException(option + ": unknown value \"" + text + "\" (expected one of " + known + ")");
    }

    /** The data file as strict UTF-8 (a leading BOM is ignored). */
    private String read() {
        byte[] bytes;
        try {
            if ("-".equals(data)) {
                bytes = readBounded(System.in);
            } else {
                Path p = Path.of(data);
                if (!Files.isReadable(p) || Files.isDirectory(p)) {
                    throw new UsageException("cannot read " + data + ": no such file or not readable");
                }
                try (InputStream in = Files.newInputStream(p)) {
                    bytes = readBounded(in);
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + data + ": " + e.getMessage());
        }
        try {
            return StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new UsageException("--data " + data + " is not valid UTF-8");
        }
    }

    private byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_DATA_BYTES + 1);
        if (bytes.length > MAX_DATA_BYTES) {
            throw new UsageException("--data " + data + " is larger than " + (MAX_DATA_BYTES / (1024 * 1024)) + " MiB");
        }
        return bytes;
    }
}
