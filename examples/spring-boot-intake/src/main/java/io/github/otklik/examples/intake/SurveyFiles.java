package io.github.otklik.examples.intake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.nio.file.Path;

/** Serves SurveyJS's files of {@code example.survey-js-dir} under {@code /lib/}: the page needs no CDN. */
@Configuration(proxyBeanMethods = false)
public class SurveyFiles implements WebMvcConfigurer {
    private final Path dir;

    /**
     * The files of {@code dir}.
     *
     * @param dir a {@code node_modules} directory with {@code survey-core} and {@code survey-js-ui}
     */
    public SurveyFiles(@Value("${example.survey-js-dir:node_modules}") String dir) {
        this.dir = Path.of(dir).toAbsolutePath().normalize();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/lib/survey-core/**").addResourceLocations(dir.resolve("survey-core").toUri().toString() + "/");
        registry.addResourceHandler("/lib/survey-js-ui/**").addResourceLocations(dir.resolve("survey-js-ui").toUri().toString() + "/");
    }
}
