package io.github.otklik.spring.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.ResponseContext;
import io.github.otklik.forms.export.surveyjs.SurveyJsImporter;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.jdbc.FeedbackStore;
import io.github.otklik.jdbc.ImportResult;
import io.github.otklik.jdbc.RecordKind;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The survey intake without the web: a post's body (SurveyJS {@code survey.data}, or an Otklik
 * response of {@code formats.md} §2) is decoded, checked against its form and stored in the
 * {@link FeedbackStore} once. Immutable configuration, thread-safe; built with {@link #builder}.
 *
 * <ul>
 * <li><b>Two bodies.</b> A JSON object with {@code id}, {@code form} and an {@code answers} object is
 *     an Otklik response, read by the core reader exactly as a line of a responses file (one line:
 *     the body's line breaks, which JSON allows only between tokens, become spaces) and validated
 *     with the form; it must be of the path's form and of the configured agency. Any other object is
 *     SurveyJS data: the envelope comes from the request and the configuration (id from the
 *     {@code Idempotency-Key}, the agency, the process, the channel, the client's kind from the
 *     form's audience and its category from the {@code category} answer when it is one), and the
 *     answers from {@link SurveyJsImporter}.</li>
 * <li><b>Idempotent.</b> A response whose id is stored already with the same form and answers is
 *     answered as {@link IntakeResult.Repeated} and not written again (however often a browser
 *     retries); with other answers it is a {@link RejectReason#CONFLICT}. Posts of the same id are
 *     serialized within this intake, and the store keeps each id once across processes.</li>
 * <li><b>Anonymous.</b> Nothing of the request but its body, path and query reaches the response:
 *     no address, cookie or header. An Otklik response that is anonymous (the default) or of an
 *     internal form must not carry {@code respondent} data.</li>
 * <li><b>Bounded.</b> Bodies above the size limit are refused before parsing; every answer is
 *     checked against the form (text lengths in code points, scales, options, visibility).</li>
 * </ul>
 */
public final class ResponseIntake {
    /** The {@link IntakeResult#form()} of posts to a form the catalog does not have (bounds metric tags). */
    public static final String UNKNOWN_FORM = "unknown";
    private static final int LOCK_STRIPES = 256;

    private final FormCatalog catalog;
    private final FeedbackStore store;
    private final String agency;
    private final Channel channel;
    private final String defaultProcess;
    private final long maxRequestBytes;
    private final Clock clock;
    private final ResponseValidator validator;
    private final ResponseJsonlReader reader;
    private final SurveyJsImporter importer = new SurveyJsImporter();
    private final ObjectMapper mapper = OtklikJson.mapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    private ResponseIntake(Builder b) {
        this.catalog = b.catalog;
        this.store = b.store;
        this.agency = Identifiers.requireIdentifier(Objects.requireNonNull(b.agency, "agency"), "agency");
        this.channel = b.channel;
        this.defaultProcess = b.process;
        this.maxRequestBytes = b.maxRequestBytes;
        this.clock = b.clock;
        this.validator = new ResponseValidator(catalog);
        this.reader = ResponseJsonlReader.builder().check(validator).detectDuplicates(false).build();
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * A builder of an intake that checks against {@code catalog} and stores into {@code store}.
     *
     * @param catalog the forms posts are checked against
     * @param store where accepted responses go
     * @return the builder
     */
    public static Builder builder(FormCatalog catalog, FeedbackStore store) {
        return new Builder(catalog, store);
    }

    /**
     * The form id as results name it.
     *
     * @param formId a form id as posted
     * @return {@code formId} when the catalog has that form, else {@link #UNKNOWN_FORM}
     */
    public String knownForm(String formId) {
        return catalog.versions(formId).isEmpty() ? UNKNOWN_FORM : formId;
    }

    /** @return the largest body taken, in bytes */
    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /**
     * Checks and stores one post.
     *
     * @param request the path's form, the query and the idempotency key
     * @param body the request body as received (at most {@link #maxRequestBytes()} bytes)
     * @return what was done; nothing is stored unless {@link IntakeResult.Stored}
     * @throws io.github.otklik.jdbc.StoreException when the store fails (answered as 503 by the web layer)
     */
    public IntakeResult submit(IntakeRequest request, byte[] body) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(body, "body");
        String form = knownForm(request.formId());
        Refusal refusal = new Refusal(request.source(), form);
        if (body.length > maxRequestBytes) {
            return refusal.of(RejectReason.TOO_LARGE, null, null, "request body is larger than " + maxRequestBytes + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return refusal.of(RejectReason.MALFORMED, null, null, "request body is not valid UTF-8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return refusal.of(RejectReason.MALFORMED, null, null, "request body is not JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            return refusal.of(RejectReason.MALFORMED, null, null,
                    "request body must be a JSON object: SurveyJS survey.data or an Otklik response");
        }
        if (form.equals(UNKNOWN_FORM)) {
            return refusal.of(RejectReason.UNKNOWN_FORM, null, "form", "unknown form " + Identifiers.describe(request.formId()));
        }
        boolean otklikResponse = tree.path("id").isTextual() && tree.path("form").isTextual() && tree.path("answers").isObject();
        Checked checked = otklikResponse ? otklikResponse(request, text, refusal) : surveyJs(request, tree, refusal);
        if (checked.refused != null) {
            return checked.refused;
        }
        return store(checked.response, refusal);
    }

    /** An Otklik response, read as a line of a responses file. */
    private Checked otklikResponse(IntakeRequest request, String text, Refusal refusal) {
        // JSON allows raw line breaks only between tokens: as spaces the body is one line, token for token
        String line = text.replace('\r', ' ').replace('\n', ' ');
        List<SurveyResponse> accepted = new ArrayList<>(1);
        List<Reject> rejects = new ArrayList<>();
        reader.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), request.source(),
                RecordHandler.of(accepted::add, rejects::add));
        if (!rejects.isEmpty()) {
            return Checked.refused(refusal.of(classify(rejects), rejects));
        }
        SurveyResponse r = accepted.get(0);
        List<Reject> problems = new ArrayList<>();
        if (!r.form().equals(request.formId())) {
            problems.add(refusal.reject(r.id(), "form", "the response is to form " + Identifiers.describe(r.form())
                    + " but was posted to form " + request.formId()));
        }
        if (!request.formVersion().isEmpty() && !r.formVersion().equals(request.formVersion())) {
            problems.add(refusal.reject(r.id(), "formVersion", "the response is to version " + Identifiers.describe(r.formVersion())
                    + " but was posted to version " + Identifiers.describe(request.formVersion())));
        }
        if (!r.agency().equals(agency)) {
            problems.add(refusal.reject(r.id(), "agency", "this intake takes responses of agency " + agency + ", not "
                    + Identifiers.describe(r.agency())));
        }
        Form form = catalog.find(r.form(), r.formVersion()).orElseThrow();
        if (r.respondent().isPresent() && (r.anonymous() || form.audience() == Audience.INTERNAL)) {
            problems.add(refusal.reject(r.id(), "respondent", form.audience() == Audience.INTERNAL
                    ? "form " + form.id() + " is anonymous: respondent data is not taken"
                    : "an anonymous response must not carry respondent data"));
        }
        return problems.isEmpty() ? Checked.ok(r) : Checked.refused(refusal.of(RejectReason.INVALID_RESPONSE, problems));
    }

    /** SurveyJS data, with the envelope from the request and the configuration. */
    private Checked surveyJs(IntakeRequest request, JsonNode data, Refusal refusal) {
        Optional<Form> found = request.formVersion().isEmpty() ? latest(request.formId())
                : catalog.find(request.formId(), request.formVersion());
        if (found.isEmpty()) {
            return Checked.refused(refusal.of(RejectReason.UNKNOWN_FORM, null, "formVersion", "unknown version "
                    + Identifiers.describe(request.formVersion()) + " of form " + request.formId() + " (known: "
                    + String.join(", ", catalog.versions(request.formId())) + ")"));
        }
        Form form = found.get();
        String id = request.idempotencyKey().isEmpty() ? "web-" + UUID.randomUUID() : request.idempotencyKey();
        if (!Identifiers.isIdentifier(id)) {
            return Checked.refused(refusal.of(RejectReason.INVALID_RESPONSE, null, "id",
                    "Idempotency-Key is not a valid response id: " + Identifiers.describe(id)
                            + " (letters, digits and . _ : -, at most 128)"));
        }
        String process = request.process().isEmpty() ? defaultProcess : request.process();
        if (!process.isEmpty() && !Identifiers.isIdentifier(process)) {
            return Checked.refused(refusal.of(RejectReason.INVALID_RESPONSE, id, "process",
                    "not a valid process id: " + Identifiers.describe(process)));
        }
        ClientKind kind = form.audience() == Audience.INTERNAL ? ClientKind.INTERNAL : ClientKind.EXTERNAL;
        ResponseContext.Builder context = ResponseContext.builder(id).submittedAt(clock.instant().truncatedTo(ChronoUnit.SECONDS))
                .agency(agency).channel(kind == ClientKind.INTERNAL ? Channel.INTRANET : channel)
                .client(client(kind, data.path("category"))).anonymous(true);
        if (!process.isEmpty()) {
            context.process(process);
        }
        SurveyResponse r;
        try {
            r = importer.toResponse(form, data, context.build());
        } catch (IllegalArgumentException e) {
            return Checked.refused(refusal.of(RejectReason.MALFORMED, id, null, e.getMessage()));
        }
        List<Violation> violations = validator.check(form, r);
        if (violations.isEmpty()) {
            return Checked.ok(r);
        }
        List<Reject> rejects = new ArrayList<>();
        for (Violation v : violations) {
            rejects.add(refusal.reject(id, v.path().isEmpty() ? null : v.path(), v.message()));
        }
        return Checked.refused(refusal.of(classify(rejects), rejects));
    }

    private Optional<Form> latest(String formId) {
        List<String> versions = catalog.versions(formId);
        return catalog.find(formId, versions.get(versions.size() - 1));
    }

    /** The client of the form's audience, with the category the respondent chose when it is one of that kind. */
    private static Client client(ClientKind kind, JsonNode category) {
        if (category.isTextual()) {
            for (ClientCategory c : ClientCategory.values()) {
                if (c.name().equals(category.textValue())) {
                    try {
                        return Client.of(kind, c);
                    } catch (IllegalArgumentException wrongKind) {
                        return Client.of(kind);
                    }
                }
            }
        }
        return Client.of(kind);
    }

    private IntakeResult store(SurveyResponse r, Refusal refusal) {
        ReentrantLock lock = locks[Math.floorMod(r.id().hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            Optional<SurveyResponse> stored = store.response(r.id());
            if (stored.isPresent()) {
                SurveyResponse s = stored.get();
                if (s.form().equals(r.form()) && s.formVersion().equals(r.formVersion()) && s.answers().equals(r.answers())) {
                    return new IntakeResult.Repeated(r.form(), r.id());
                }
                return refusal.of(RejectReason.CONFLICT, r.id(), "id", "response " + r.id()
                        + " is stored already with other answers; a new response needs a new id");
            }
            List<Reject> rejects = new ArrayList<>();
            ImportResult result = store.importRecords(RecordKind.RESPONSES, RecordSource.of(refusal.source, List.of(r)), rejects::add);
            if (result.rejected() > 0 || !rejects.isEmpty()) {
                return refusal.of(RejectReason.INVALID_RESPONSE, rejects.isEmpty()
                        ? List.of(refusal.reject(r.id(), null, "the store refused the response")) : rejects);
            }
            return result.stored() > 0 ? new IntakeResult.Stored(r.form(), r.id()) : new IntakeResult.Repeated(r.form(), r.id());
        } finally {
            lock.unlock();
        }
    }

    /** The class of a refusal: an unknown form first, then answers, then the rest of the response. */
    private static RejectReason classify(List<Reject> rejects) {
        boolean answers = false;
        for (Reject r : rejects) {
            String field = r.field().orElse("");
            if (field.equals("form") || field.equals("formVersion")) {
                return RejectReason.UNKNOWN_FORM;
            }
            answers |= field.startsWith("answers.");
        }
        boolean located = rejects.stream().anyMatch(r -> r.field().isPresent());
        return answers ? RejectReason.INVALID_ANSWER : located ? RejectReason.INVALID_RESPONSE : RejectReason.MALFORMED;
    }

    /** A response, or the refusal of it. */
    private record Checked(SurveyResponse response, IntakeResult.Rejected refused) {
        static Checked ok(SurveyResponse r) {
            return new Checked(r, null);
        }

        static Checked refused(IntakeResult.Rejected refused) {
            return new Checked(null, refused);
        }
    }

    /** Makes the rejects of one post. */
    private record Refusal(String source, String form) {
        Reject reject(String id, String field, String reason) {
            return Reject.of(source, 1, id, field, reason);
        }

        IntakeResult.Rejected of(RejectReason reason, String id, String field, String text) {
            return new IntakeResult.Rejected(form, reason, List.of(reject(id, field, text)));
        }

        IntakeResult.Rejected of(RejectReason reason, List<Reject> rejects) {
            return new IntakeResult.Rejected(form, reason, rejects);
        }
    }

    /** Builder of {@link ResponseIntake}; not thread-safe. */
    public static final class Builder {
        private final FormCatalog catalog;
        private final FeedbackStore store;
        private String agency;
        private Channel channel = Channel.OFFICIAL_SITE;
        private String process = "";
        private long maxRequestBytes = 64 * 1024;
        private Clock clock = Clock.systemUTC();

        private Builder(FormCatalog catalog, FeedbackStore store) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            this.store = Objects.requireNonNull(store, "store");
        }

        /**
         * The agency every response belongs to (required).
         *
         * @param agency the agency id
         * @return this builder
         */
        public Builder agency(String agency) {
            this.agency = Objects.requireNonNull(agency, "agency");
            return this;
        }

        /**
         * The channel of SurveyJS posts to external forms (default {@code OFFICIAL_SITE}; internal forms: {@code INTRANET}).
         *
         * @param channel the channel
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        /**
         * The process of SurveyJS posts that name none (default: none).
         *
         * @param process the process id, or empty
         * @return this builder
         */
        public Builder process(String process) {
            this.process = Objects.requireNonNull(process, "process");
            return this;
        }

        /**
         * The largest body taken (default 64 KiB).
         *
         * @param bytes the limit in bytes, at least 1
         * @return this builder
         */
        public Builder maxRequestBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxRequestBytes must be at least 1");
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * The clock of the submission instants of SurveyJS posts (default UTC system clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the intake */
        public ResponseIntake build() {
            return new ResponseIntake(this);
        }
    }
}
