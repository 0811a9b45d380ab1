package io.github.otklik.spring.autoconfigure;

import io.github.otklik.forms.FormCatalog;
import io.github.otklik.jdbc.FeedbackStore;
import io.github.otklik.spring.intake.IntakeHandler;
import io.github.otklik.spring.intake.IntakeListener;
import io.github.otklik.spring.intake.IntakeRateLimiter;
import io.github.otklik.spring.intake.ResponseIntake;
import io.github.otklik.spring.intake.SurveyJsForms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import java.util.List;

/**
 * The survey intake endpoint, when {@code otklik.intake.enabled=true} in a servlet web application
 * with a {@link FeedbackStore}: {@code GET {otklik.intake.path}/forms/{id}} and
 * {@code POST {otklik.intake.path}/forms/{id}/responses} ({@link IntakeHandler}). The
 * {@link ResponseIntake}, the {@link IntakeRateLimiter} (default: unlimited) and the routes back
 * off when the application defines its own; every {@link IntakeListener} bean is told of each post
 * (Micrometer's is added by {@link OtklikMetricsAutoConfiguration}).
 */
@AutoConfiguration(after = OtklikAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnProperty(prefix = "otklik.intake", name = "enabled", havingValue = "true")
@ConditionalOnBean(FeedbackStore.class)
public class OtklikIntakeAutoConfiguration {
    /** Created by Spring. */
    public OtklikIntakeAutoConfiguration() {
    }

    /**
     * The intake service.
     *
     * @param catalog the forms
     * @param store the store
     * @param properties the bound properties
     * @return the intake
     */
    @Bean
    @ConditionalOnMissingBean
    public ResponseIntake otklikResponseIntake(FormCatalog catalog, FeedbackStore store, OtklikProperties properties) {
        OtklikProperties.Intake intake = properties.intake();
        return ResponseIntake.builder(catalog, store).agency(properties.agency()).channel(intake.channel())
                .process(intake.process()).maxRequestBytes(intake.maxRequestSize().toBytes()).build();
    }

    /**
     * Lets every post through; define an {@link IntakeRateLimiter} bean to limit.
     *
     * @return the limiter
     */
    @Bean
    @ConditionalOnMissingBean
    public IntakeRateLimiter otklikIntakeRateLimiter() {
        return IntakeRateLimiter.unlimited();
    }

    /**
     * The routes.
     *
     * @param intake the intake
     * @param catalog the forms
     * @param limiter the rate limit
     * @param listeners everything told of each post
     * @param properties the bound properties
     * @return the router function of the endpoint
     */
    @Bean
    @ConditionalOnMissingBean(name = "otklikIntakeRoutes")
    public RouterFunction<ServerResponse> otklikIntakeRoutes(ResponseIntake intake, FormCatalog catalog, IntakeRateLimiter limiter,
            ObjectProvider<IntakeListener> listeners, OtklikProperties properties) {
        List<IntakeListener> all = listeners.orderedStream().toList();
        IntakeListener listener = (result, nanos) -> all.forEach(l -> l.onResult(result, nanos));
        return new IntakeHandler(intake, new SurveyJsForms(catalog), limiter, listener, properties.intake().path()).routes();
    }

    /**
     * Cross-origin posts from the sites of {@code otklik.intake.allowed-origins}, when any (none: same-origin only): Spring
     * MVC's CORS support, which Spring Security's {@code http.cors()} uses as well.
     *
     * @param properties the bound properties
     * @return the configurer
     */
    @Bean
    public WebMvcConfigurer otklikIntakeCors(OtklikProperties properties) {
        OtklikProperties.Intake intake = properties.intake();
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                if (intake.allowedOrigins().isEmpty()) {
                    return;
                }
                registry.addMapping(intake.path() + "/forms/**")
                        .allowedOrigins(intake.allowedOrigins().toArray(String[]::new))
                        .allowedMethods("GET", "POST")
                        .allowedHeaders("Content-Type", IntakeHandler.IDEMPOTENCY_KEY, "Accept-Language")
                        .allowCredentials(false)
                        .maxAge(3600);
            }
        };
    }
}
