package io.github.otklik.spring.autoconfigure;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.jdbc.FeedbackStore;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.spring.intake.IntakeRateLimiter;
import io.github.otklik.spring.intake.ResponseIntake;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OtklikAutoConfigurationTest {
    static final AutoConfigurations ALL = AutoConfigurations.of(DataSourceAutoConfiguration.class, OtklikAutoConfiguration.class,
            OtklikIntakeAutoConfiguration.class, OtklikHealthAutoConfiguration.class, OtklikMetricsAutoConfiguration.class);

    static String h2() {
        return "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues(h2());
    private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(ALL).withPropertyValues(h2());

    @Test
    void aDataSourceGetsTheCatalogTheRulesAndAStoreButNoIntakeUnlessEnabled() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(FormCatalog.class).hasSingleBean(RuleSet.class)
                    .hasSingleBean(FeedbackStore.class).doesNotHaveBean(ResponseIntake.class);
            assertThat(ctx.getBean(FormCatalog.class).versions("EXT-1")).containsExactly("1");
            assertThat(ctx.getBean(RuleSet.class)).isSameAs(RuleSet.DEFAULT);
            assertThat(ctx.getBean(FeedbackStore.class).storedForms()).isEmpty();
            HealthIndicator health = ctx.getBean("otklikHealthIndicator", HealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void noDataSourceNoStore() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OtklikAutoConfiguration.class,
                OtklikIntakeAutoConfiguration.class, OtklikHealthAutoConfiguration.class)).run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(FormCatalog.class).doesNotHaveBean(FeedbackStore.class)
                    .doesNotHaveBean("otklikHealthIndicator");
        });
    }

    @Test
    void theStoreCanBeSwitchedOff() {
        runner.withPropertyValues("otklik.store.enabled=false").run(ctx -> assertThat(ctx).hasNotFailed()
                .doesNotHaveBean(FeedbackStore.class));
    }

    @Test
    void everyBeanBacksOffForTheApplicationsOwn() {
        FormCatalog own = FormCatalog.builder().standard().build();
        IntakeRateLimiter strict = client -> false;
        web.withPropertyValues("otklik.intake.enabled=true", "otklik.agency=minsoc")
                .withBean(FormCatalog.class, () -> own)
                .withBean(RuleSet.class, () -> RuleSet.DEFAULT)
                .withBean(IntakeRateLimiter.class, () -> strict)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(FormCatalog.class)).isSameAs(own);
                    assertThat(ctx.getBean(IntakeRateLimiter.class)).isSameAs(strict);
                    assertThat(ctx).hasSingleBean(RuleSet.class).hasSingleBean(ResponseIntake.class);
                });
        runner.withUserConfiguration(OwnStore.class).run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(FeedbackStore.class);
            assertThat(ctx.getBean(FeedbackStore.class)).isSameAs(ctx.getBean(OwnStore.class).store);
        });
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class OwnStore {
        final FeedbackStore store = FeedbackStore.open("jdbc:h2:mem:" + UUID.randomUUID());

        @org.springframework.context.annotation.Bean(destroyMethod = "close")
        FeedbackStore myStore() {
            return store;
        }
    }

    @Test
    void propertiesBind() {
        web.withPropertyValues("otklik.agency=minsoc", "otklik.intake.enabled=true", "otklik.intake.path=/feedback",
                "otklik.intake.max-request-size=2KB", "otklik.intake.channel=EPGU", "otklik.intake.process=svc-042",
                "otklik.intake.allowed-origins=https://minsoc.example.ru", "otklik.store.batch-size=50").run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    OtklikProperties p = ctx.getBean(OtklikProperties.class);
                    assertThat(p.agency()).isEqualTo("minsoc");
                    assertThat(p.intake().path()).isEqualTo("/feedback");
                    assertThat(p.intake().maxRequestSize()).isEqualTo(DataSize.ofKilobytes(2));
                    assertThat(p.intake().channel()).isEqualTo(Channel.EPGU);
                    assertThat(p.intake().process()).isEqualTo("svc-042");
                    assertThat(p.intake().allowedOrigins()).containsExactly("https://minsoc.example.ru");
                    assertThat(p.store().batchSize()).isEqualTo(50);
                    assertThat(ctx.getBean(ResponseIntake.class).maxRequestBytes()).isEqualTo(2048);
                    assertThat(ctx).hasBean("otklikIntakeCors");
                });
    }

    @Test
    void wrongPropertiesStopTheStartWithAMessageNamingTheProperty() {
        fails(web, "otklik.agency must be set when otklik.intake.enabled is true", "otklik.intake.enabled=true");
        fails(runner, "otklik.agency is not a valid agency id: \"мин соц\"", "otklik.agency=мин соц");
        fails(runner, "otklik.store.batch-size must be 1 to 10000, was 0", "otklik.store.batch-size=0");
        fails(runner, "otklik.intake.max-request-size must be 1KB to 16MB, was 64MB", "otklik.intake.max-request-size=64MB");
        fails(runner, "otklik.intake.path must start with /", "otklik.intake.path=otklik");
        fails(runner, "no rule set named \"strict\" (available: default", "otklik.rules.name=strict");
        fails(runner, "otklik.forms.directories: /nonexistent-otklik-forms is not a directory",
                "otklik.forms.directories=/nonexistent-otklik-forms");
        fails(runner, "NOWHERE", "otklik.intake.channel=NOWHERE");
    }

    private static void fails(ApplicationContextRunner r, String message, String... properties) {
        r.withPropertyValues(properties).run(ctx -> assertThat(ctx).hasFailed().getFailure().satisfies(
                f -> assertThat(messages(f)).contains(message)));
    }

    private static void fails(WebApplicationContextRunner r, String message, String... properties) {
        r.withPropertyValues(properties).run(ctx -> assertThat(ctx).hasFailed().getFailure().satisfies(
                f -> assertThat(messages(f)).contains(message)));
    }

    private static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append('\n');
        }
        return b.toString();
    }
}
