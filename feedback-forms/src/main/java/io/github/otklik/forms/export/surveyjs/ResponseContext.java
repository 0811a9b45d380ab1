package io.github.otklik.forms.export.surveyjs;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a SurveyJS result ({@code survey.data}) lacks to become an Otklik response: the response id,
 * the instant of submission, the agency, the process (required for external forms), the channel, the
 * client and whether the response is anonymous. Immutable.
 *
 * <pre>{@code
 * ResponseContext ctx = ResponseContext.builder("r-1").submittedAt(Instant.now()).agency("minsoc")
 *     .process("svc-042").channel(Channel.OFFICIAL_SITE).client(Client.of(ClientKind.EXTERNAL)).build();
 * }</pre>
 *
 * @param id the response id
 * @param submittedAt the instant of submission
 * @param agency the agency id
 * @param process the process id, when known
 * @param channel the channel of collection
 * @param client who answered
 * @param anonymous whether the response is anonymous
 */
public record ResponseContext(String id, Instant submittedAt, String agency, Optional<String> process, Channel channel,
        Client client, boolean anonymous) {
    /** Checks that every part is present ({@code process} may be empty). */
    public ResponseContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(client, "client");
    }

    /** A builder for the context of response {@code id}; anonymous unless told otherwise. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builder of {@link ResponseContext}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private Instant submittedAt;
        private String agency;
        private String process;
        private Channel channel;
        private Client client;
        private boolean anonymous = true;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /** The instant of submission (required). */
        public Builder submittedAt(Instant at) { this.submittedAt = Objects.requireNonNull(at); return this; }

        /** The agency id (required). */
        public Builder agency(String agency) { this.agency = Objects.requireNonNull(agency); return this; }

        /** The process id (required for external forms). */
        public Builder process(String process) { this.process = Objects.requireNonNull(process); return this; }

        /** The channel of collection (required). */
        public Builder channel(Channel channel) { this.channel = Objects.requireNonNull(channel); return this; }

        /** The client (required). */
        public Builder client(Client client) { this.client = Objects.requireNonNull(client); return this; }

        /** Whether the response is anonymous (default {@code true}). */
        public Builder anonymous(boolean anonymous) { this.anonymous = anonymous; return this; }

        /**
         * Builds the context.
         *
         * @throws NullPointerException when a required part is missing
         */
        public ResponseContext build() {
            return new ResponseContext(id, submittedAt, agency, Optional.ofNullable(process), channel, client, anonymous);
        }
    }
}
