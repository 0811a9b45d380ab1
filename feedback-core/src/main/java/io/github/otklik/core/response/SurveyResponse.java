package io.github.otklik.core.response;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.validation.Identifiers;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One filled questionnaire (ответ на анкету), a line of the responses JSONL
 * ({@code spec/formats.md} §2). Answers stay raw JSON values keyed by question id; the forms module
 * checks them against the form. Immutable; built with {@link #builder(String)}.
 *
 * <p>Personal data, when a respondent chose to give it, is kept apart in {@link #respondent()} and
 * never leaves the agency in a public export.
 */
public final class SurveyResponse {
    @NotNull @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String id;
    @NotNull @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String form;
    @NotNull
    private final String formVersion;
    @NotNull
    private final Instant submittedAt;
    @NotNull @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String agency;
    @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String process;
    @NotNull
    private final Channel channel;
    @NotNull
    private final Client client;
    private final boolean anonymous;
    @NotNull
    private final Map<String, AnswerValue> answers;
    private final AnswerMap respondent; // null: not given

    private SurveyResponse(Builder b) {
        this.id = b.id;
        this.form = Objects.requireNonNull(b.form, "form");
        this.formVersion = Objects.requireNonNull(b.formVersion, "formVersion");
        this.submittedAt = Objects.requireNonNull(b.submittedAt, "submittedAt");
        this.agency = Objects.requireNonNull(b.agency, "agency");
        this.process = b.process;
        this.channel = Objects.requireNonNull(b.channel, "channel");
        this.client = Objects.requireNonNull(b.client, "client");
        this.anonymous = b.anonymous;
        // the builder's maps are handed over, not copied: the builder copies the answers before changing them again
        this.answers = b.answers == null ? AnswerMap.EMPTY : b.answers;
        this.respondent = b.respondent;
        b.built = true;
    }

    /** A builder for a response with identifier {@code id}. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Response id, unique within its input. */
    public String id() { return id; }

    /** Form id ({@code EXT-1}, an agency's own id, …). */
    public String form() { return form; }

    /** Form version. */
    public String formVersion() { return formVersion; }

    /** Instant of submission. */
    public Instant submittedAt() { return submittedAt; }

    /** Agency id. */
    public String agency() { return agency; }

    /** Process id (required for external forms, checked by the forms module). */
    public Optional<String> process() { return Optional.ofNullable(process); }

    /** Channel of collection. */
    public Channel channel() { return channel; }

    /**
     * Who answered.
     *
     * @return who answered
     */
    public Client client() { return client; }

    /**
     * Whether the response is anonymous (default {@code true}).
     *
     * @return whether the response is anonymous (default {@code true})
     */
    public boolean anonymous() { return anonymous; }

    /** Answers by question id, in input order; a missing key means "not answered". */
    public Map<String, AnswerValue> answers() { return answers; }

    /**
     * The respondent's personal data, when given; never exported publicly.
     *
     * @return the respondent's personal data, when given; never exported publicly
     */
    public Optional<Map<String, AnswerValue>> respondent() { return Optional.ofNullable(respondent); }

    /**
     * A builder initialised with this response's values.
     *
     * @return a builder initialised with this response's values
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).form(form, formVersion).submittedAt(submittedAt).agency(agency)
                .channel(channel).client(client).anonymous(anonymous).answers(answers);
        b.process = process;
        b.respondent = respondent;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurveyResponse r && id.equals(r.id) && form.equals(r.form) && formVersion.equals(r.formVersion)
                && submittedAt.equals(r.submittedAt) && agency.equals(r.agency) && Objects.equals(process, r.process)
                && channel == r.channel && client.equals(r.client) && anonymous == r.anonymous
                && answers.equals(r.answers) && Objects.equals(respondent, r.respondent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, form, formVersion, submittedAt, agency, process, channel, client, anonymous, answers, respondent);
    }

    @Override
    public String toString() {
        return "SurveyResponse[" + id + ", " + form + " v" + formVersion + ", " + submittedAt + ", " + answers.size() + " answers]";
    }

    /** Builder of {@link SurveyResponse}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String form;
        private String formVersion;
        private Instant submittedAt;
        private String agency;
        private String process;
        private Channel channel;
        private Client client;
        private boolean anonymous = true;
        private AnswerMap answers; // null until the first answer
        private AnswerMap respondent; // null: not given
        private boolean built; // the answers belong to a built response: copy before writing (the respondent map is never changed, only replaced)

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /** Form id and version (required). */
        public Builder form(String form, String version) {
            this.form = Objects.requireNonNull(form);
            this.formVersion = Objects.requireNonNull(version);
            return this;
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
         * Process id.
         *
         * @param process process id
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
         * Whether the response is anonymous (default {@code true}).
         *
         * @param anonymous whether the response is anonymous (default {@code true})
         * @return this builder
         */
        public Builder anonymous(boolean anonymous) { this.anonymous = anonymous; return this; }

        /** Sets one answer. */
        public Builder answer(String question, AnswerValue value) {
            unshare();
            if (answers == null) {
                answers = new AnswerMap(16);
            }
            answers.set(Objects.requireNonNull(question), Objects.requireNonNull(value));
            return this;
        }

        /** Adds all answers of {@code values}. */
        public Builder answers(Map<String, AnswerValue> values) {
            if (answers == null && !values.isEmpty()) {
                answers = new AnswerMap(values.size());
            }
            values.forEach(this::answer);
            return this;
        }

        /** Personal data of the respondent. */
        public Builder respondent(Map<String, AnswerValue> data) {
            unshare();
            AnswerMap copy = new AnswerMap(data.size());
            data.forEach((k, v) -> copy.set(Objects.requireNonNull(k, "respondent key"), Objects.requireNonNull(v, k)));
            this.respondent = copy;
            return this;
        }

        private void unshare() {
            if (built) {
                answers = answers == null ? null : new AnswerMap(answers);
                built = false;
            }
        }

        /**
         * Builds the response.
         *
         * @return the response
         * @throws NullPointerException when a required part is missing
         */
        public SurveyResponse build() { return new SurveyResponse(this); }
    }
}
