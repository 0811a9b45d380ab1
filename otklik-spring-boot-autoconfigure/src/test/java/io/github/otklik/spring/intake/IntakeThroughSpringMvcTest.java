package io.github.otklik.spring.intake;

import io.github.otklik.spring.autoconfigure.OtklikAutoConfiguration;
import io.github.otklik.spring.autoconfigure.OtklikIntakeAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The intake inside Spring Boot's own MVC configuration (its Jackson 3 converters present), with CORS. */
class IntakeThroughSpringMvcTest {
    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    OtklikAutoConfiguration.class, OtklikIntakeAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "otklik.intake.enabled=true", "otklik.agency=minsoc", "otklik.intake.process=svc-042");

    @Test
    void postsAreAnsweredByOtkliksOwnJsonAndCrossOriginOnlyFromAllowedSites() {
        web.withPropertyValues("otklik.intake.allowed-origins=https://minsoc.example.ru").run(ctx -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(ctx).build();
            mvc.perform(post("/otklik/forms/EXT-1/responses").contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", "mvc-1").content("{\"used\":\"no\"}"))
                    .andExpect(status().isCreated()).andExpect(content().string("{\"id\":\"mvc-1\"}"));
            mvc.perform(post("/otklik/forms/EXT-1/responses").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"used\":\"yes\",\"overall\":0}")).andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("\"reason\":\"value 0 is outside 1..5\"")));
            mvc.perform(options("/otklik/forms/EXT-1/responses").header("Origin", "https://minsoc.example.ru")
                    .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type,idempotency-key"))
                    .andExpect(status().isOk()).andExpect(header().string("Access-Control-Allow-Origin", "https://minsoc.example.ru"));
            mvc.perform(options("/otklik/forms/EXT-1/responses").header("Origin", "https://evil.example.com")
                    .header("Access-Control-Request-Method", "POST")).andExpect(status().isForbidden());
        });
    }

    @Test
    void withoutAllowedOriginsNoCrossOriginPost() {
        web.run(ctx -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(ctx).build();
            mvc.perform(post("/otklik/forms/EXT-1/responses").header("Origin", "https://minsoc.example.ru")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"used\":\"no\"}"))
                    .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        });
    }
}
