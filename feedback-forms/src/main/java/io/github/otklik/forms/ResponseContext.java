package io.github.otklik.forms;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.response.AnswerValue;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything of a response but its answers (the envelope): id, submission instant, agency,
 * process, channel, client, whether it is anonymous and optional respondent data. What a SurveyJS
 * result lacks to become a response, and what the generator fills answers into. Anonymous unless
 * told otherwise or given respondent data. Immutable; built with {@link #builder(String)}.
 */
public final class ResponseContext {
    private final String id;
    private final Instant submittedAt;
    private final String agency;
    private final String process;
    private final Channel channel;
    private final Client client;
    private final Map<String, AnswerValue> respondent;
    private final boolean anonymous;

    private ResponseContext(Builder b) {
        this.id = b.id;
        this.submittedAt = Objects.requireNonNull(b.submittedAt, "submittedAt");
        this.agency = Objects.requireNonNull(b.agency, "agency");
        this.process = b.process;
        this.channel = Objects.requireNonNull(b.channel, "channel");
        this.client = Objects.requireNonNull(b.client, "client");
        this.respondent = b.respondent == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.respondent));
        this.anonymous = b.anonymous != null ? b.anonymous : b.respondent == null;
    }

    /** A builder for the context of response {@code id}. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Response id. */
    public String id() { return id; }

    /** Instant of submission. */
    public Instant submittedAt() { return submittedAt; }

    /** Agency id. */
    public String agency() { return agency; }

    /** Process id; required for responses to external forms. */
    public Optional<String> process() { return Optional.ofNullable(process); }

    /** Channel of collection. */
    public Channel channel() { return channel; }

    /**
     * Who answers.
     *
     * @return who answers
     */
    public Client client() { return client; }

    /**
     * The respondent's personal data, when given.
     *
     * @return the respondent's personal data, when given
     */
    public Optional<Map<String, AnswerValue>> respondent() { return Optional.ofNullable(respondent); }

    /**
     * Whether the response is anonymous: as set, else whether no respondent data was given.
     *
     * @return whether the response is anonymous: as set, else whether no respondent data was given
     */
    public boolean anonymous() { return anonymous; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseContext c && id.equals(c.id) && submittedAt.equals(c.submittedAt)
                && agency.equals(c.agency) && Objects.equals(process, c.process) && channel == c.channel
                && client.equals(c.client) && Objects.equals(respondent, c.respondent) && anonymous == c.anonymous;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, submittedAt, agency, process, channel, client, respondent, anonymous);
    }

    @Override
    public String toString() {
        return "ResponseContext[" + id + ", " + submittedAt + ", " + agency + (process == null ? "" : "/" + process)
                + ", " + channel + ", " + client + (anonymous ? ", anonymous]" : ", named]");
    }

    /** Builder of {@link ResponseContext}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private Instant submittedAt;
        private String agency;
        private String process;
        private Channel channel;
        private Client client;
        private Map<String, AnswerValue> respondent;
        private Boolean anonymous;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Submission instant (required).
         *
         * @param at submission instant (required)
         * @return this builder
         */
        public Builder submittedAt(Instant at) { this.submittedAt = Objects.requireNonNull(at); return this; }

        /**
         * Agency id (required).
         *
         * @param agency agency id (required)
         * @return this builder
         */
        public Builder agency(String agency) { this.agency = Objects.requireNonNull(agency); return this; }

        /**
         * Process id (required for external forms).
         *
         * @param process process id (required for external forms)
         * @return this builder
         */
        public Builder process(String process) { this.process = Objects.requireNonNull(process); return this; }

        /**
         * Channel (required).
         *
         * @param channel channel (required)
         * @return this builder
         */
        public Builder channel(Channel channel) { this.channel = Objects.requireNonNull(channel); return this; }

        /**
         * Client (required).
         *
         * @param client client (required)
         * @return this builder
         */
        public Builder client(Client client) { this.client = Objects.requireNonNull(client); return this; }

        /**
         * Whether the response is anonymous (default: true unless respondent data is given).
         *
         * @param anonymous whether the response is anonymous (default: true unless respondent data is given)
         * @return this builder
         */
        public Builder anonymous(boolean anonymous) { this.anonymous = anonymous; return this; }

        /** Personal data of a named respondent. */
        public Builder respondent(Map<String, AnswerValue> data) {
            this.respondent = new LinkedHashMap<>(Objects.requireNonNull(data));
            return this;
        }

        /**
         * Builds the context.
         *
         * @return the context
         * @throws NullPointerException when a required part is missing
         */
        public ResponseContext build() { return new ResponseContext(this); }
    }
}
