package io.github.otklik.examples.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An agency site on Spring Boot with Otklik's starter: the page {@code /} shows EXT-1 in SurveyJS
 * and posts the answers to the starter's intake ({@code /otklik/forms/EXT-1/responses}); the page
 * {@code /report} shows the quarter's figures computed from the store. The database is the
 * application's DataSource ({@code spring.datasource.url}); the SurveyJS files are served from
 * {@code example.survey-js-dir} (a {@code node_modules} directory holding {@code survey-core} and
 * {@code survey-js-ui}), so the page loads nothing from outside.
 */
@SpringBootApplication
public class IntakeExampleApplication {
    /**
     * Starts the site.
     *
     * @param args Spring Boot's arguments, e.g. {@code --spring.datasource.url=jdbc:postgresql://…}
     */
    public static void main(String[] args) {
        SpringApplication.run(IntakeExampleApplication.class, args);
    }
}
