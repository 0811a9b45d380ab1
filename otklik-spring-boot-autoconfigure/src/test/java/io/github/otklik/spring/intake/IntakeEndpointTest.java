package io.github.otklik.spring.intake;

import io.github.otklik.jdbc.FeedbackStore;
import io.github.otklik.spring.actuate.MicrometerIntakeListener;
import io.github.otklik.spring.autoconfigure.OtklikAutoConfiguration;
import io.github.otklik.spring.autoconfigure.OtklikHealthAutoConfiguration;
import io.github.otklik.spring.autoconfigure.OtklikIntakeAutoConfiguration;
import io.github.otklik.spring.autoconfigure.OtklikMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IntakeEndpointTest {
    static final String FULL = "{\"used\":\"yes\",\"result-obtained\":\"yes\",\"overall\":2,\"waiting-time\":1,\"staff\":4,"
            + "\"information\":\"dk\",\"problems\":[\"queue\",\"repeat-contacts\"],\"category\":\"CITIZEN\","
            + "\"comment\":\"Долго ждали в очереди, пришлось приходить дважды.\"}";

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, OtklikAutoConfiguration.class,
                    OtklikMetricsAutoConfiguration.class, OtklikIntakeAutoConfiguration.class, OtklikHealthAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "otklik.intake.enabled=true", "otklik.agency=minsoc", "otklik.intake.process=svc-042",
                    "otklik.intake.max-request-size=2KB");

    private void withMvc(Consumer<Ctx> test) {
        web.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            @SuppressWarnings("unchecked")
            RouterFunction<ServerResponse> routes = ctx.getBean("otklikIntakeRoutes", RouterFunction.class);
            test.accept(new Ctx(ctx, MockMvcBuilders.routerFunctions(routes).build()));
        });
    }

    record Ctx(AssertableWebApplicationContext ctx, MockMvc mvc) {
        FeedbackStore store() {
            return ctx.getBean(FeedbackStore.class);
        }

        long count() {
            long[] n = {0};
            store().responses().read(io.github.otklik.core.io.RecordHandler.of(r -> n[0]++, r -> { }));
            return n[0];
        }

        double counter(String name, String tag, String value) {
            var c = ctx.getBean(MeterRegistry.class).find(name).tag(tag, value).counter();
            return c == null ? 0 : c.count();
        }

        ResultActions post(String form, String key, String body) {
            try {
                var b = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/otklik/forms/" + form + "/responses")
                        .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
                if (key != null) {
                    b.header("Idempotency-Key", key);
                }
                return mvc.perform(b);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void theSurveyInTheLanguageOfAcceptLanguage() {
        withMvc(c -> {
            try {
                c.mvc().perform(get("/otklik/forms/EXT-1").header("Accept-Language", "en-GB,en;q=0.9"))
                        .andExpect(status().isOk()).andExpect(header().string("Content-Language", "en"))
                        .andExpect(jsonPath("$.locale").value("en")).andExpect(jsonPath("$.pages[0].elements[0].name").value("used"));
                c.mvc().perform(get("/otklik/forms/EXT-1")).andExpect(status().isOk()).andExpect(jsonPath("$.locale").value("ru"));
                c.mvc().perform(get("/otklik/forms/EXT-1").header("Accept-Language", "de")).andExpect(jsonPath("$.locale").value("ru"));
                c.mvc().perform(get("/otklik/forms/NOPE")).andExpect(status().isNotFound());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aValidPostIsStoredOnceAndARepeatIsAnsweredWithoutWriting() {
        withMvc(c -> {
            try {
                c.post("EXT-1", "web-1", FULL).andExpect(status().isCreated()).andExpect(content().json("{\"id\":\"web-1\"}"));
                c.post("EXT-1", "web-1", FULL).andExpect(status().isOk()).andExpect(content().json("{\"id\":\"web-1\",\"repeated\":true}"));
                assertThat(c.count()).isEqualTo(1);
                var stored = c.store().response("web-1").orElseThrow();
                assertThat(stored.agency()).isEqualTo("minsoc");
                assertThat(stored.process()).contains("svc-042");
                assertThat(stored.client().category().map(Enum::name)).contains("CITIZEN");
                assertThat(stored.answers().get("comment").toString()).contains("Долго ждали");
                c.post("EXT-1", "web-1", "{\"used\":\"no\"}").andExpect(status().isConflict())
                        .andExpect(jsonPath("$.rejects[0].field").value("id"));
                assertThat(c.counter(MicrometerIntakeListener.ACCEPTED, "outcome", "stored")).isEqualTo(1);
                assertThat(c.counter(MicrometerIntakeListener.ACCEPTED, "outcome", "repeated")).isEqualTo(1);
                assertThat(c.counter(MicrometerIntakeListener.REJECTED, "reason", "conflict")).isEqualTo(1);
                assertThat(c.ctx().getBean(MeterRegistry.class).find(MicrometerIntakeListener.LATENCY).timers().stream()
                        .mapToLong(io.micrometer.core.instrument.Timer::count).sum()).isEqualTo(3);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void tamperedPostsGet422WithTheExactReasonAndStoreNothing() {
        withMvc(c -> {
            try {
                // "no" ends the survey: a later question answered is refused
                c.post("EXT-1", "t-1", "{\"used\":\"no\",\"overall\":5}").andExpect(status().isUnprocessableContent())
                        .andExpect(content().json("{\"rejects\":[{\"source\":\"/otklik/forms/EXT-1/responses\",\"line\":1,"
                                + "\"id\":\"t-1\",\"field\":\"answers.overall\"}]}"));
                c.post("EXT-1", "t-2", "{\"used\":\"yes\",\"overall\":7}").andExpect(status().isUnprocessableContent())
                        .andExpect(jsonPath("$.rejects[0].field").value("answers.overall"))
                        .andExpect(jsonPath("$.rejects[0].reason").value("value 7 is outside 1..5"));
                c.post("NOPE", "t-3", "{\"used\":\"no\"}").andExpect(status().isUnprocessableContent())
                        .andExpect(content().json("{\"rejects\":[{\"field\":\"form\",\"reason\":\"unknown form \\\"NOPE\\\"\"}]}"));
                c.post("EXT-1", "t-4", "{\"used\":").andExpect(status().isUnprocessableContent())
                        .andExpect(jsonPath("$.rejects[0].reason").value(org.hamcrest.Matchers.startsWith("request body is not JSON")));
                c.post("EXT-1", "t-5", "[1]").andExpect(status().isUnprocessableContent());
                c.post("EXT-1", "t-6", "{\"used\":\"no\",\"used\":\"yes\"}").andExpect(status().isUnprocessableContent());
                c.post("EXT-1", "t 7", "{\"used\":\"no\"}").andExpect(status().isUnprocessableContent())
                        .andExpect(jsonPath("$.rejects[0].field").value("id"));
                c.post("EXT-1", "t-8", "{\"used\":\"no\",\"comment\":\"" + "я".repeat(2000) + "\"}")
                        .andExpect(status().isPayloadTooLarge());
                assertThat(c.count()).isZero();
                assertThat(c.count()).isZero();
                assertThat(c.counter(MicrometerIntakeListener.REJECTED, "reason", "invalid-answer")).isEqualTo(2);
                assertThat(c.counter(MicrometerIntakeListener.REJECTED, "form", "unknown")).isEqualTo(1);
                assertThat(c.counter(MicrometerIntakeListener.REJECTED, "reason", "malformed")).isEqualTo(3);
                assertThat(c.counter(MicrometerIntakeListener.REJECTED, "reason", "too-large")).isEqualTo(1);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void answersLongerThanTheFormAllowsAreRefused() {
        web.withPropertyValues("otklik.intake.max-request-size=16KB").run(ctx -> {
            @SuppressWarnings("unchecked")
            RouterFunction<ServerResponse> routes = ctx.getBean("otklikIntakeRoutes", RouterFunction.class);
            Ctx c = new Ctx(ctx, MockMvcBuilders.routerFunctions(routes).build());
            c.post("EXT-1", "long-1", "{\"used\":\"yes\",\"overall\":3,\"comment\":\"" + "я".repeat(2001) + "\"}")
                    .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rejects[0].field").value("answers.comment"));
            c.post("EXT-1", "long-2", "{\"used\":\"yes\",\"overall\":3,\"comment\":\"" + "я".repeat(2000) + "\"}")
                    .andExpect(status().isCreated());
            assertThat(c.count()).isEqualTo(1);
        });
    }

    @Test
    void anOtklikResponseIsReadLikeALineOfAResponsesFile() {
        String r = "{\"id\":\"r-1\",\"form\":\"EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"2025-03-31T21:30:00Z\",\n"
                + " \"agency\":\"minsoc\",\"process\":\"svc-042\",\"channel\":\"EPGU\",\"client\":{\"kind\":\"EXTERNAL\"},\n"
                + " \"answers\":{\"used\":\"yes\",\"overall\":4}}";
        withMvc(c -> {
            try {
                c.post("EXT-1", null, r).andExpect(status().isCreated()).andExpect(content().json("{\"id\":\"r-1\"}"));
                c.post("EXT-1", null, r).andExpect(status().isOk());
                c.post("EXT-2", null, r.replace("r-1", "r-2")).andExpect(status().isUnprocessableContent())
                        .andExpect(jsonPath("$.rejects[0].field").value("form"));
                c.post("EXT-1", null, r.replace("r-1", "r-3").replace("minsoc", "other")).andExpect(status().isUnprocessableContent())
                        .andExpect(jsonPath("$.rejects[0].field").value("agency"));
                c.post("EXT-1", null, r.replace("r-1", "r-4").replace("\"answers\"", "\"respondent\":{\"phone\":\"+7\"},\"answers\""))
                        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rejects[0].field").value("respondent"));
                assertThat(c.count()).isEqualTo(1);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void anonymousPostsKeepNoAddressOrCookie() {
        withMvc(c -> {
            try {
                c.mvc().perform(post("/otklik/forms/EXT-1/responses").contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "anon-1").cookie(new Cookie("JSESSIONID", "secret-session"))
                        .header("X-Forwarded-For", "203.0.113.7").content("{\"used\":\"no\"}")).andExpect(status().isCreated());
                assertThat(c.store().respondent("anon-1")).isEmpty();
                var stored = c.store().response("anon-1").orElseThrow();
                assertThat(stored.anonymous()).isTrue();
                assertThat(stored.toString()).doesNotContain("secret-session", "203.0.113.7", "127.0.0.1");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theRateLimitHookIsAskedFirst() {
        web.withBean(IntakeRateLimiter.class, () -> client -> !client.formId().equals("EXT-1")).run(ctx -> {
            @SuppressWarnings("unchecked")
            RouterFunction<ServerResponse> routes = ctx.getBean("otklikIntakeRoutes", RouterFunction.class);
            MockMvc mvc = MockMvcBuilders.routerFunctions(routes).build();
            mvc.perform(post("/otklik/forms/EXT-1/responses").contentType(MediaType.APPLICATION_JSON).content("{\"used\":\"no\"}"))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(jsonPath("$.rejects[0].reason").value("too many responses from this client; try again later"));
        });
    }
}
