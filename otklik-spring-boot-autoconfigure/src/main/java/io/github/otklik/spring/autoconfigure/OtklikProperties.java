package io.github.otklik.spring.autoconfigure;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.jdbc.FeedbackStore;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The otklik.* properties. Bound once at start-up and checked there: a wrong value stops the
 * application with a message that names the property, never a failure at the first request.
 *
 * @param agency the agency id the intake's responses belong to (minsoc); required when the
 *     intake is enabled
 * @param forms where the form templates come from
 * @param rules the pain-map rule set
 * @param store the feedback store on the application's DataSource
 * @param intake the survey intake web endpoint
 */
@ConfigurationProperties("otklik")
public record OtklikProperties(@DefaultValue("") String agency, @DefaultValue Forms forms, @DefaultValue Rules rules,
        @DefaultValue Store store, @DefaultValue Intake intake) {

    /** Checks the values; the message names the property. */
    public OtklikProperties {
        Objects.requireNonNull(agency, "agency");
        if (!agency.isEmpty() && !Identifiers.isIdentifier(agency)) {
            throw new IllegalArgumentException("otklik.agency is not a valid agency id: " + Identifiers.describe(agency)
                    + " (letters, digits and . _ : -, at most 128)");
        }
        if (intake.enabled() && agency.isEmpty()) {
            throw new IllegalArgumentException("otklik.agency must be set when otklik.intake.enabled is true:"
                    + " it is the agency id every response received is stored under");
        }
    }

    /**
     * Form templates: the standard ones and those of the agency.
     *
     * @param directories directories of otklik-form/1 templates (*.json) loaded beside
     *     the standard forms
     */
    public record Forms(@DefaultValue List<Path> directories) {
        /** Copies the list. */
        public Forms {
            directories = List.copyOf(directories);
        }
    }

    /**
     * The pain-map rule set.
     *
     * @param name a rule set by name: default or one of a RuleSetProvider on the class path
     * @param file an otklik-painmap-rules/1 file; wins over name when set
     */
    public record Rules(@DefaultValue("default") String name, @DefaultValue("") String file) {
        /** Checks that a name is given. */
        public Rules {
            if (name.isBlank()) {
                throw new IllegalArgumentException("otklik.rules.name must not be empty (the built-in rule set is \"default\")");
            }
        }
    }

    /**
     * The feedback store.
     *
     * @param enabled whether a FeedbackStore is opened on the application's DataSource
     * @param batchSize records per import transaction, 1 to 10000
     * @param fetchSize rows per round trip of the streaming reads, at least 1
     */
    public record Store(@DefaultValue("true") boolean enabled, @DefaultValue("1000") int batchSize,
            @DefaultValue("1000") int fetchSize) {
        /** Checks the sizes. */
        public Store {
            if (batchSize < 1 || batchSize > FeedbackStore.MAX_BATCH_SIZE) {
                throw new IllegalArgumentException("otklik.store.batch-size must be 1 to " + FeedbackStore.MAX_BATCH_SIZE
                        + ", was " + batchSize);
            }
            if (fetchSize < 1) {
                throw new IllegalArgumentException("otklik.store.fetch-size must be at least 1, was " + fetchSize);
            }
        }
    }

    /**
     * The survey intake endpoint (GET {path/forms/{id}}, POST {path/forms/{id}/responses}).
     *
     * @param enabled whether the endpoint is served
     * @param path the path the endpoint is under, starting with /
     * @param maxRequestSize the largest request body taken, 1KB to 16MB; larger ones get 413
     * @param channel the channel stored with responses posted as SurveyJS data
     * @param process the process id stored with SurveyJS data when the request names none
     *     (?process=…); empty for none
     * @param allowedOrigins origins allowed to post from a browser on another site (CORS); empty:
     *     same-origin pages only
     */
    public record Intake(@DefaultValue("false") boolean enabled, @DefaultValue("/otklik") String path,
            @DefaultValue("64KB") DataSize maxRequestSize, @DefaultValue("OFFICIAL_SITE") Channel channel,
            @DefaultValue("") String process, @DefaultValue List<String> allowedOrigins) {
        /** The smallest request-size limit. */
        public static final DataSize MIN_REQUEST_SIZE = DataSize.ofKilobytes(1);
        /** The largest request-size limit. */
        public static final DataSize MAX_REQUEST_SIZE = DataSize.ofMegabytes(16);

        /** Checks the values. */
        public Intake {
            if (!path.startsWith("/") || path.endsWith("/") && path.length() > 1 || path.contains("{") || path.contains("*")) {
                throw new IllegalArgumentException("otklik.intake.path must start with / and not end with / (e.g. /otklik), was \""
                        + path + "\"");
            }
            if (path.length() == 1) {
                path = "";
            }
            if (maxRequestSize.compareTo(MIN_REQUEST_SIZE) < 0 || maxRequestSize.compareTo(MAX_REQUEST_SIZE) > 0) {
                throw new IllegalArgumentException("otklik.intake.max-request-size must be 1KB to 16MB, was " + shown(maxRequestSize));
            }
            if (!process.isEmpty() && !Identifiers.isIdentifier(process)) {
                throw new IllegalArgumentException("otklik.intake.process is not a valid process id: " + Identifiers.describe(process));
            }
            allowedOrigins = List.copyOf(allowedOrigins);
        }

        private static String shown(DataSize size) {
            long bytes = size.toBytes();
            return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB" : bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
        }
    }
}
