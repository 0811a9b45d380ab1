package io.github.otklik.spring.starter;

import io.github.otklik.jdbc.FeedbackStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's set-up is the whole set-up: its application class, compiled as it is shown, started
 * with its two properties and a database, answers the intake on a real port.
 */
class ReadmeTest {
    @TempDir
    Path dir;

    private static String block(String readme, String language, String mustContain) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            if (m.group(1).contains(mustContain)) {
                return m.group(1);
            }
        }
        throw new AssertionError("README.md has no ```" + language + " block with " + mustContain);
    }

    @Test
    void theTwoPropertySetUpGivesAWorkingIntake() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String java = block(readme, "java", "@SpringBootApplication");
        String properties = block(readme, "properties", "otklik.intake.enabled");
        List<String> props = properties.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(props).containsExactly("otklik.agency=minsoc", "otklik.intake.enabled=true");

        Path src = dir.resolve("readme/site/AgencySite.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package readme.site;\n\nimport org.springframework.boot.SpringApplication;\n"
                + "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n" + java);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                src.toString());
        assertThat(status).as(errors.toString()).isZero();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> site = loader.loadClass("readme.site.AgencySite");
            List<String> all = new ArrayList<>(props);
            all.add("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            all.add("server.port=0");
            all.add("server.address=127.0.0.1");
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(site).resourceLoader(
                    new org.springframework.core.io.DefaultResourceLoader(loader)).properties(all.toArray(String[]::new)).run()) {
                String port = ctx.getEnvironment().getProperty("local.server.port");
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> survey = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/otklik/forms/EXT-1"))
                        .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(survey.statusCode()).isEqualTo(200);
                assertThat(survey.body()).startsWith("{\"locale\":\"en\"");
                HttpResponse<String> posted = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/otklik/forms/EXT-1/responses?process=svc-housing"))
                        .header("Content-Type", "application/json").header("Idempotency-Key", "web-readme-1")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"used\":\"no\"}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(posted.statusCode()).isEqualTo(201);
                assertThat(posted.body()).isEqualTo("{\"id\":\"web-readme-1\"}");
                assertThat(ctx.getBean(FeedbackStore.class).response("web-readme-1")).isPresent();
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.body()).contains("\"status\":\"UP\"");
            }
        }
    }
}
