package io.github.otklik.forms;

import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;


/**
 * A questionnaire template (анкета), one immutable version of it ({@code otklik-form/1}): id,
 * version, audience, the process types it serves, title and ordered questions. Every form is
 * checked when built ({@link FormChecker}), so a {@code Form} instance is always valid.
 *
 * <pre>{@code
 * Form form = Form.builder("AG-7").version("2").audience(Audience.EXTERNAL)
 *     .processTypes(ProcessType.SERVICE)
 *     .title("Анкета", "Questionnaire")
 *     .question(Question.scale("overall").role(QuestionRole.OVERALL).dontKnow().required()
 *         .text("Оцените услугу в целом", "Rate the service overall").build())
 *     .build();
 * }</pre>
 */
public final class Form {
    /** The format name of the template JSON. */
    public static final String FORMAT = "otklik-form/1";

    private final String id;
    private final String version;
    private final Audience audience;
    private final List<ProcessType> processTypes;
    private final LocalizedText title;
    private final LocalizedText description;
    private final List<Question> questions;
    private final Map<String, Integer> index;

    private Form(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.audience = b.audience;
        this.processTypes = List.copyOf(new LinkedHashSet<>(b.processTypes));
        this.title = b.title;
        this.description = b.description;
        this.questions = List.copyOf(b.questions);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            idx.putIfAbsent(questions.get(i).id(), i);
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /** A builder for a new form with identifier {@code id}. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Form id ({@code EXT-1} … {@code INT-5} for the standard forms). */
    public String id() { return id; }

    /** Form version; a published version never changes. */
    public String version() { return version; }

    /** External or internal. */
    public Audience audience() { return audience; }

    /**
     * The process types this form serves.
     *
     * @return the process types this form serves
     */
    public List<ProcessType> processTypes() { return processTypes; }

    /** Title. */
    public LocalizedText title() { return title; }

    /** Introductory text, when given. */
    public Optional<LocalizedText> description() { return Optional.ofNullable(description); }

    /** Questions in order. */
    public List<Question> questions() { return questions; }

    /** The question with {@code id}. */
    public Optional<Question> question(String id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(questions.get(i));
    }

    /** Position of question {@code id} in {@link #questions()}, or −1. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /**
     * The {@code overall} satisfaction question, when the form measures satisfaction.
     *
     * @return the {@code overall} satisfaction question, when the form measures satisfaction
     */
    public Optional<ScaleQuestion> overall() {
        for (Question q : questions) {
            if (q.role() == QuestionRole.OVERALL && q instanceof ScaleQuestion s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** {@code id@version}, the key of a form version. */
    public String key() {
        return key(id, version);
    }

    /** {@code id@version}. */
    public static String key(String id, String version) {
        return id + "@" + version;
    }

    /**
     * A builder for a copy of this form under another id and version, e.g. an agency's own EXT-1
     * with its service list. The original is not touched.
     */
    public Builder copy(String newId, String newVersion) {
        Builder b = new Builder(newId).version(newVersion).audience(audience).title(title);
        b.processTypes.addAll(processTypes);
        b.description = description;
        b.questions.addAll(questions);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Form f && id.equals(f.id) && version.equals(f.version) && audience == f.audience
                && processTypes.equals(f.processTypes) && title.equals(f.title) && Objects.equals(description, f.description)
                && questions.equals(f.questions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, audience, processTypes, title, description, questions);
    }

    @Override
    public String toString() {
        return "Form[" + key() + ", " + audience + ", " + questions.size() + " questions]";
    }

    /** Builder of {@link Form}; {@link #build()} checks the whole form. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private String version;
        private Audience audience;
        private final List<ProcessType> processTypes = new ArrayList<>();
        private LocalizedText title;
        private LocalizedText description;
        private final List<Question> questions = new ArrayList<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * The version (required).
         *
         * @param version the version (required)
         * @return this builder
         */
        public Builder version(String version) { this.version = Objects.requireNonNull(version); return this; }

        /**
         * The audience (required).
         *
         * @param audience the audience (required)
         * @return this builder
         */
        public Builder audience(Audience audience) { this.audience = Objects.requireNonNull(audience); return this; }

        /** Adds process types the form serves. */
        public Builder processTypes(ProcessType... types) {
            for (ProcessType t : types) {
                processTypes.add(Objects.requireNonNull(t));
            }
            return this;
        }

        /**
         * The title (required).
         *
         * @param title the title (required)
         * @return this builder
         */
        public Builder title(LocalizedText title) { this.title = Objects.requireNonNull(title); return this; }

        /** The title in Russian and English. */
        public Builder title(String ru, String en) { return title(LocalizedText.of(ru, en)); }

        /**
         * An introductory text.
         *
         * @param description an introductory text
         * @return this builder
         */
        public Builder description(LocalizedText description) { this.description = Objects.requireNonNull(description); return this; }

        /**
         * Appends a question.
         *
         * @param question appends a question
         * @return this builder
         */
        public Builder question(Question question) { questions.add(Objects.requireNonNull(question)); return this; }

        /** Appends a question built by {@code builder}. */
        public Builder question(Question.Builder<?, ?> builder) { return question(builder.build()); }

        /**
         * Replaces the question with the same id.
         *
         * @throws IllegalArgumentException when the form has no such question
         */
        public Builder replace(Question question) {
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).id().equals(question.id())) {
                    questions.set(i, question);
                    return this;
                }
            }
            throw new IllegalArgumentException("no question " + question.id() + " to replace");
        }

        /**
         * Inserts {@code question} right after question {@code afterId}.
         *
         * @throws IllegalArgumentException when the form has no such question
         */
        public Builder insertAfter(String afterId, Question question) {
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).id().equals(afterId)) {
                    questions.add(i + 1, question);
                    return this;
                }
            }
            throw new IllegalArgumentException("no question " + afterId + " to insert after");
        }

        /**
         * Removes question {@code id} if present.
         *
         * @param id removes question {@code id} if present
         * @return this builder
         */
        public Builder remove(String id) {
            questions.removeIf(q -> q.id().equals(id));
            return this;
        }

        /**
         * Builds and checks the form.
         *
         * @throws InvalidFormException listing every problem when the form is invalid
         */
        public Form build() {
            if (version == null || audience == null || title == null) {
                List<io.github.otklik.core.validation.Violation> missing = new ArrayList<>();
                if (version == null) {
                    missing.add(new io.github.otklik.core.validation.Violation("version", "required field is missing"));
                }
                if (audience == null) {
                    missing.add(new io.github.otklik.core.validation.Violation("audience", "required field is missing"));
                }
                if (title == null) {
                    missing.add(new io.github.otklik.core.validation.Violation("title", "required field is missing"));
                }
                throw new InvalidFormException(id, missing);
            }
            Form form = new Form(this);
            List<io.github.otklik.core.validation.Violation> problems = FormChecker.check(form);
            if (!problems.isEmpty()) {
                throw new InvalidFormException(id, problems);
            }
            return form;
        }

    }
}
