package io.github.otklik.spring.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.jdbc.StoreException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The intake's HTTP side (Spring MVC functional endpoints):
 * {@code GET {path}/forms/{id}} answers the SurveyJS survey JSON in the language of
 * {@code Accept-Language} (ru, en), 404 for an unknown form;
 * {@code POST {path}/forms/{id}/responses} hands the body to {@link ResponseIntake} and answers
 * {@code 201 {"id": …}}, {@code 200 {"id": …, "repeated": true}}, or the refusal's status (422, 409,
 * 413, 429, 503) with {@code {"rejects": [ … ]}} in the reject format of {@code formats.md} §5.
 * An unexpected failure is 500 with a one-line reject; no stack trace or exception text ever
 * reaches the client. All JSON is written with Otklik's own Jackson 2 mapper, never the
 * application's (Jackson 3) one.
 */
public final class IntakeHandler {
    private static final Log log = LogFactory.getLog(IntakeHandler.class);
    /** The header whose value becomes the id of a response posted as SurveyJS data. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ResponseIntake intake;
    private final SurveyJsForms surveys;
    private final IntakeRateLimiter limiter;
    private final IntakeListener listener;
    private final String path;
    private final ObjectMapper mapper = OtklikJson.mapper();

    /**
     * The handler.
     *
     * @param intake checks and stores posts
     * @param surveys the survey JSON of the forms
     * @param limiter asked before each post is read
     * @param listener told of each post's result
     * @param path the path the endpoint is under ({@code /otklik}; empty for the root)
     */
    public IntakeHandler(ResponseIntake intake, SurveyJsForms surveys, IntakeRateLimiter limiter, IntakeListener listener,
            String path) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.surveys = Objects.requireNonNull(surveys, "surveys");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** @return the routes of the endpoint */
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET(path + "/forms/{id}", this::survey)
                .POST(path + "/forms/{id}/responses", this::post)
                .build();
    }

    private ServerResponse survey(ServerRequest request) {
        String id = request.pathVariable("id");
        List<Locale.LanguageRange> ranges;
        try {
            ranges = request.headers().acceptLanguage();
        } catch (IllegalArgumentException malformedHeader) {
            ranges = List.of();
        }
        String language = SurveyJsForms.language(ranges);
        return surveys.survey(id, language)
                .map(json -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_LANGUAGE, language).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                        .body(json.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ServerResponse.notFound().build());
    }

    private ServerResponse post(ServerRequest request) {
        long started = System.nanoTime();
        String formId = request.pathVariable("id");
        IntakeRequest meta = new IntakeRequest(request.path(), formId, request.param("version").orElse(""),
                request.param("process").orElse(""), first(request.headers().header(IDEMPOTENCY_KEY)));
        IntakeResult result;
        try {
            result = handle(request, meta);
        } catch (StoreException e) {
            log.warn("Otklik intake: the feedback store failed: " + e.getMessage());
            result = refused(meta, RejectReason.STORE_UNAVAILABLE, "the feedback store is unavailable; the response was not stored, try again later");
        } catch (RuntimeException e) {
            log.error("Otklik intake: unexpected failure on " + meta.source(), e);
            return answer(500, rejectsBody(List.of(Reject.of(meta.source(), 1, "internal error; the response was not stored"))));
        }
        try {
            listener.onResult(result, System.nanoTime() - started);
        } catch (RuntimeException e) {
            log.warn("Otklik intake: the intake listener failed: " + e);
        }
        if (result instanceof IntakeResult.Stored s) {
            ObjectNode body = mapper.createObjectNode().put("id", s.id());
            return answer(201, body);
        }
        if (result instanceof IntakeResult.Repeated r) {
            return answer(200, mapper.createObjectNode().put("id", r.id()).put("repeated", true));
        }
        IntakeResult.Rejected rejected = (IntakeResult.Rejected) result;
        return answer(rejected.reason().status(), rejectsBody(rejected.rejects()));
    }

    private IntakeResult handle(ServerRequest request, IntakeRequest meta) {
        String address = request.remoteAddress().map(InetSocketAddress::getHostString).orElse("");
        if (!limiter.tryAcquire(new IntakeClient(meta.formId(), address))) {
            return refused(meta, RejectReason.RATE_LIMITED, "too many responses from this client; try again later");
        }
        long max = intake.maxRequestBytes();
        if (request.servletRequest().getContentLengthLong() > max) {
            return refused(meta, RejectReason.TOO_LARGE, "request body is larger than " + max + " bytes");
        }
        byte[] body;
        try (InputStream in = request.servletRequest().getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            return refused(meta, RejectReason.MALFORMED, "the request body could not be read");
        }
        return intake.submit(meta, body);
    }

    private IntakeResult.Rejected refused(IntakeRequest meta, RejectReason reason, String text) {
        return new IntakeResult.Rejected(intake.knownForm(meta.formId()), reason, List.of(Reject.of(meta.source(), 1, text)));
    }

    private ObjectNode rejectsBody(List<Reject> rejects) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode list = body.putArray("rejects");
        for (Reject r : rejects) {
            ObjectNode o = list.addObject().put("source", r.source()).put("line", r.line());
            r.id().ifPresent(id -> o.put("id", id));
            r.field().ifPresent(f -> o.put("field", f));
            o.put("reason", r.reason());
        }
        return body;
    }

    private ServerResponse answer(int status, ObjectNode body) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(bytes);
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.get(0).trim();
    }
}
