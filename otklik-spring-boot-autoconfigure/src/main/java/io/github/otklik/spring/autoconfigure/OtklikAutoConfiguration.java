package io.github.otklik.spring.autoconfigure;

import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.InvalidFormException;
import io.github.otklik.jdbc.FeedbackStore;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.RuleSetJson;
import io.github.otklik.painmap.rules.RuleSets;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Otklik's core beans: the {@link FormCatalog} (the standard forms and the directories of
 * {@code otklik.forms.directories}), the pain-map {@link RuleSet} ({@code otklik.rules.*}) and a
 * {@link FeedbackStore} on the application's {@link DataSource}, whose own migrations create and
 * upgrade its tables when it opens. Each bean backs off when the application defines one of its own
 * type.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration", // Boot 4
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"}) // Boot 3
@EnableConfigurationProperties(OtklikProperties.class)
public class OtklikAutoConfiguration {
    /** Created by Spring. */
    public OtklikAutoConfiguration() {
    }

    /**
     * The standard forms plus the agency's template directories.
     *
     * @param properties the bound properties
     * @return the catalog
     */
    @Bean
    @ConditionalOnMissingBean
    public FormCatalog otklikFormCatalog(OtklikProperties properties) {
        FormCatalog.Builder b = FormCatalog.builder().standard();
        for (Path dir : properties.forms().directories()) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("otklik.forms.directories: " + dir + " is not a directory");
            }
            try {
                b.directory(dir);
            } catch (InvalidFormException | UncheckedIOException e) {
                throw new IllegalStateException("otklik.forms.directories: " + dir + ": " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    /**
     * The rule set of {@code otklik.rules.file}, else the one named {@code otklik.rules.name}.
     *
     * @param properties the bound properties
     * @return the checked rule set
     */
    @Bean
    @ConditionalOnMissingBean
    public RuleSet otklikRuleSet(OtklikProperties properties) {
        OtklikProperties.Rules rules = properties.rules();
        try {
            if (!rules.file().isEmpty()) {
                return RuleSetJson.load(Path.of(rules.file()));
            }
            return RuleSets.load(rules.name(), Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : OtklikAutoConfiguration.class.getClassLoader());
        } catch (RuntimeException e) {
            throw new IllegalStateException("otklik.rules: " + e.getMessage(), e);
        }
    }

    /**
     * The feedback store in the application's database. It migrates its own tables with its own
     * Flyway history ({@code otklik_schema_history}), apart from any migrations of the application.
     *
     * @param dataSource the application's DataSource
     * @param properties the bound properties
     * @return the open store, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnProperty(prefix = "otklik.store", name = "enabled", havingValue = "true", matchIfMissing = true)
    public FeedbackStore feedbackStore(DataSource dataSource, OtklikProperties properties) {
        try {
            return FeedbackStore.builder(dataSource).batchSize(properties.store().batchSize())
                    .fetchSize(properties.store().fetchSize()).open();
        } catch (RuntimeException e) {
            throw new BeanCreationException("feedbackStore", "cannot open the Otklik feedback store: " + e.getMessage(), e);
        }
    }
}
