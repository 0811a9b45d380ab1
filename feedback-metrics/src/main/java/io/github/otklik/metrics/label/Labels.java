package io.github.otklik.metrics.label;

import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessRegistry;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The names a person reads in place of codes ({@code spec/formats.md} §6), in Russian or English:
 * aspects, problems, appeal reasons, negative-result reasons, topics, life situations, processes,
 * the domain's enums (channels, client categories and kinds, appeal kinds, process types, …) and
 * target metrics. Every lookup ends in the code itself, so a method never fails for an unknown code.
 *
 * <p><b>Fallback order</b> (each step only when the earlier ones know nothing):
 * <ul>
 * <li>aspect: the classifier's {@code aspects} → the library's short name of a standard aspect
 *     («Время ожидания», not the question) → the question text of the agency's own form that
 *     measures it (first form in catalogue order) → the code;</li>
 * <li>problem: the classifier's {@code problems} → the option text of the agency's own form → the
 *     library's short name of a standard problem → the code;</li>
 * <li>reason: the classifier's {@code reasons} → the name of the problem of the same code (the
 *     problem steps above, the classifier's {@code problems} included) → the code;</li>
 * <li>negative reason, topic, life situation: the classifier's section → the code;</li>
 * <li>process: the registry's name → the id; enums: the library's words → the constant's name.</li>
 * </ul>
 * "The agency's own forms" are the catalogue's forms that are not standard templates
 * ({@link FormCatalog#isStandard}); the standard forms' long texts are replaced by the built-in
 * short names. {@link Dimension#UNSPECIFIED} reads «не указано» / "not stated".
 *
 * <pre>{@code
 * Labels labels = Labels.builder()
 *     .forms(catalog)                               // the agency's own forms
 *     .registry(registry)                           // process names
 *     .classifier(Classifier.load(classifierFile))  // overrides
 *     .build();
 * labels.aspect("waiting-time", Language.RU);       // "Время ожидания"
 * labels.channel(Channel.IN_PERSON, Language.EN);   // "In person"
 * }</pre>
 *
 * Immutable and thread-safe; build once per run and share.
 */
public final class Labels {
    private static final Labels STANDARD = builder().build();

    private final Classifier classifier;
    private final Map<String, LocalizedText> formAspects;
    private final Map<String, LocalizedText> formProblems;
    private final Map<String, LocalizedText> processes;
    private final Map<String, LocalizedText> forms;

    private Labels(Builder b) {
        this.classifier = b.classifier;
        this.formAspects = Map.copyOf(b.formAspects);
        this.formProblems = Map.copyOf(b.formProblems);
        this.processes = Map.copyOf(b.processes);
        this.forms = Map.copyOf(b.formTitles);
    }

    /**
     * The built-in names only: no classifier, no agency forms, no registry.
     *
     * @return the standard labels
     */
    public static Labels standard() {
        return STANDARD;
    }

    /**
     * A builder of labels.
     *
     * @return a builder with nothing but the built-in names
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An aspect's name.
     *
     * @param code the aspect code
     * @param lang the language
     * @return the name, or the code
     */
    public String aspect(String code, Language lang) {
        return findAspect(code).map(t -> t.in(lang.code())).orElse(code);
    }

    /**
     * An aspect's name, when one is known.
     *
     * @param code the aspect code
     * @return the name in both languages, or empty (then {@link #aspect} gives the code)
     */
    public Optional<LocalizedText> findAspect(String code) {
        return first(classifier.aspects().get(code), BuiltInNames.ASPECTS.get(code), formAspects.get(code));
    }

    /**
     * A problem's name.
     *
     * @param code the problem code
     * @param lang the language
     * @return the name, or the code
     */
    public String problem(String code, Language lang) {
        return findProblem(code).map(t -> t.in(lang.code())).orElse(code);
    }

    /**
     * A problem's name, when one is known.
     *
     * @param code the problem code
     * @return the name, or empty
     */
    public Optional<LocalizedText> findProblem(String code) {
        return first(classifier.problems().get(code), formProblems.get(code), BuiltInNames.PROBLEMS.get(code));
    }

    /**
     * An appeal reason's name.
     *
     * @param code the reason code
     * @param lang the language
     * @return the name, or the code
     */
    public String reason(String code, Language lang) {
        return findReason(code).map(t -> t.in(lang.code())).orElse(code);
    }

    /**
     * An appeal reason's name, when one is known: the classifier's, else the problem's of the same code.
     *
     * @param code the reason code
     * @return the name, or empty
     */
    public Optional<LocalizedText> findReason(String code) {
        LocalizedText own = classifier.reasons().get(code);
        return own != null ? Optional.of(own) : findProblem(code);
    }

    /**
     * A negative-result reason's name.
     *
     * @param code the reason code
     * @param lang the language
     * @return the name, or the code
     */
    public String negativeReason(String code, Language lang) {
        return in(classifier.negativeReasons().get(code), code, lang);
    }

    /**
     * A negative-result reason's name, when one is known.
     *
     * @param code the reason code
     * @return the name, or empty
     */
    public Optional<LocalizedText> findNegativeReason(String code) {
        return Optional.ofNullable(classifier.negativeReasons().get(code));
    }

    /**
     * An appeal topic's name.
     *
     * @param id the topic id
     * @param lang the language
     * @return the name, or the id
     */
    public String topic(String id, Language lang) {
        return unspecified(id, lang).orElseGet(() -> in(classifier.topics().get(id), id, lang));
    }

    /**
     * A life situation's name.
     *
     * @param id the life-situation id of the registry
     * @param lang the language
     * @return the name, {@code жизненная ситуация не указана} for {@link Dimension#UNSPECIFIED}, or the id
     */
    public String lifeSituation(String id, Language lang) {
        if (Dimension.UNSPECIFIED.equals(id)) {
            return lang.pick("Жизненная ситуация не указана", "No life situation");
        }
        return in(classifier.lifeSituations().get(id), id, lang);
    }

    /**
     * A process's name from the registry.
     *
     * @param id the process id
     * @param lang the language
     * @return the name, or the id
     */
    public String process(String id, Language lang) {
        return unspecified(id, lang).orElseGet(() -> in(processes.get(id), id, lang));
    }

    /**
     * A form's title.
     *
     * @param id the form id
     * @param lang the language
     * @return the title of its latest version in the catalogue given, or the id
     */
    public String form(String id, Language lang) {
        return unspecified(id, lang).orElseGet(() -> in(forms.get(id), id, lang));
    }

    /**
     * A channel in words.
     *
     * @param channel the channel
     * @param lang the language
     * @return {@code Личный приём} / {@code In person}
     */
    public String channel(Channel channel, Language lang) {
        return term(channel, lang);
    }

    /**
     * A client category in words.
     *
     * @param category the category
     * @param lang the language
     * @return {@code Работники бюджетных учреждений} / {@code Employees of state institutions}
     */
    public String category(ClientCategory category, Language lang) {
        return term(category, lang);
    }

    /**
     * A client kind in words.
     *
     * @param kind the kind
     * @param lang the language
     * @return {@code Внешние клиенты} / {@code External clients}
     */
    public String clientKind(ClientKind kind, Language lang) {
        return term(kind, lang);
    }

    /**
     * An appeal kind in words.
     *
     * @param kind the kind
     * @param lang the language
     * @return {@code Жалобы} / {@code Complaints}
     */
    public String appealKind(AppealKind kind, Language lang) {
        return term(kind, lang);
    }

    /**
     * A constant of the domain's enums in words: {@link Channel}, {@link ClientCategory}, {@link
     * ClientKind}, {@link AppealKind}, {@code AppealOutcome}, {@code ProcessOutcome}, {@code
     * ProcessType}, {@link Dimension} (its name: {@code Канал}).
     *
     * @param value the constant
     * @param lang the language
     * @return its words, or its name for an enum the library has no words for
     */
    public String term(Enum<?> value, Language lang) {
        return in(Terms.ALL.get(Objects.requireNonNull(value, "value")), value.name(), lang);
    }

    /**
     * A value of a grouping dimension in words, as a group key holds it: a channel, category, kind
     * or appeal kind by its enum name, a process, form, topic or life situation by its id.
     *
     * @param dimension the dimension
     * @param value the key value ({@link Dimension#UNSPECIFIED} reads «не указано»)
     * @param lang the language
     * @return the words, or the value
     */
    public String value(Dimension dimension, String value, Language lang) {
        Optional<String> none = unspecified(value, lang);
        if (none.isPresent()) {
            return dimension == Dimension.LIFE_SITUATION ? lifeSituation(value, lang) : none.get();
        }
        return switch (dimension) {
            case PROCESS -> process(value, lang);
            case CHANNEL -> byName(Channel.class, value, lang);
            case CATEGORY -> byName(ClientCategory.class, value, lang);
            case CLIENT_KIND -> byName(ClientKind.class, value, lang);
            case KIND -> byName(AppealKind.class, value, lang);
            case TOPIC -> topic(value, lang);
            case LIFE_SITUATION -> lifeSituation(value, lang);
            case FORM -> form(value, lang);
            default -> value;
        };
    }

    /**
     * The name of a target metric path: {@code satisfaction.overall.share} → {@code Доля
     * удовлетворённых}, {@code processes.durationHours.p90} → {@code 90-й процентиль длительности},
     * an aspect's or problem's path with its name.
     *
     * @param path the metric path
     * @param lang the language
     * @return the name, or the path when it is not one of {@code spec/metrics.md}
     */
    public String metric(String path, Language lang) {
        return MetricWording.name(Objects.requireNonNull(path, "path"), this, lang);
    }

    /**
     * A value of a target metric with its unit: a share as a percentage ({@code 80 %}), hours
     * ({@code 240 ч}), days ({@code 30 дн.}), a mean score with two decimals, a count.
     *
     * @param path the metric path
     * @param value the value
     * @param lang the language
     * @return the value in words
     */
    public String metricValue(String path, double value, Language lang) {
        return MetricWording.value(Objects.requireNonNull(path, "path"), value, lang);
    }

    /**
     * A target in words: {@code Доля удовлетворённых ≥ 80 %}, {@code 90-й процентиль длительности ≤ 240 ч}.
     *
     * @param target the indicator
     * @param lang the language
     * @return the metric, the direction and the value
     */
    public String target(TargetIndicator target, Language lang) {
        return metric(target.metric(), lang) + (target.direction() == TargetIndicator.Direction.AT_LEAST ? " ≥\u00a0" : " ≤\u00a0")
                + metricValue(target.metric(), target.target(), lang);
    }

    /**
     * A group's key in words: its values joined by « · », or {@code Всего} / {@code Total} for the total group.
     *
     * @param key the group key
     * @param lang the language
     * @return the words
     */
    public String group(GroupKey key, Language lang) {
        if (key.isTotal()) {
            return lang.pick("Всего", "Total");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < key.dimensions().size(); i++) {
            if (i > 0) {
                b.append(" · ");
            }
            b.append(value(key.dimensions().get(i), key.values().get(i), lang));
        }
        return b.toString();
    }

    /**
     * A builder that starts from these labels, to add process names or a classifier.
     *
     * @return a new builder holding what these labels hold
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.classifier = classifier;
        b.formAspects.putAll(formAspects);
        b.formProblems.putAll(formProblems);
        b.processes.putAll(processes);
        b.formTitles.putAll(forms);
        return b;
    }

    private <E extends Enum<E>> String byName(Class<E> type, String value, Language lang) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return term(e, lang);
            }
        }
        return value;
    }

    private static Optional<String> unspecified(String value, Language lang) {
        return Dimension.UNSPECIFIED.equals(value) ? Optional.of(lang.pick("Не указано", "Not stated")) : Optional.empty();
    }

    private static String in(LocalizedText text, String code, Language lang) {
        return text == null ? code : text.in(lang.code());
    }

    private static Optional<LocalizedText> first(LocalizedText a, LocalizedText b, LocalizedText c) {
        return Optional.ofNullable(a != null ? a : b != null ? b : c);
    }

    @Override
    public String toString() {
        return "Labels[" + classifier.aspects().size() + " aspects, " + classifier.problems().size() + " problems, "
                + classifier.reasons().size() + " reasons, " + processes.size() + " processes in the classifier and registry]";
    }

    /** Builder of {@link Labels}; not thread-safe. */
    public static final class Builder {
        private Classifier classifier = Classifier.empty();
        private final Map<String, LocalizedText> formAspects = new HashMap<>();
        private final Map<String, LocalizedText> formProblems = new HashMap<>();
        private final Map<String, LocalizedText> processes = new LinkedHashMap<>();
        private final Map<String, LocalizedText> formTitles = new HashMap<>();

        private Builder() {
        }

        /**
         * The agency's labels file: its names come before every other source.
         *
         * @param classifier the classifier (replaces an earlier one)
         * @return this builder
         */
        public Builder classifier(Classifier classifier) {
            this.classifier = Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /**
         * The forms of the run: the agency's own (non-standard) forms name their aspects by their
         * question texts and their problems by their option texts; every form gives its title.
         * The first form in catalogue order that names a code wins.
         *
         * @param catalog the catalogue
         * @return this builder
         */
        public Builder forms(FormCatalog catalog) {
            for (Form f : catalog.forms()) {
                List<String> versions = catalog.versions(f.id());
                if (!versions.isEmpty() && versions.get(versions.size() - 1).equals(f.version())) {
                    formTitles.put(f.id(), f.title());
                }
                if (catalog.isStandard(f)) {
                    continue;
                }
                for (Question q : f.questions()) {
                    if (q.role() == QuestionRole.ASPECT && q.aspect().isPresent()) {
                        formAspects.putIfAbsent(q.aspect().get(), q.text());
                    } else if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                        for (Option o : c.options()) {
                            formProblems.putIfAbsent(o.value(), o.text());
                        }
                    }
                }
            }
            return this;
        }

        /**
         * The process registry: process names.
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder registry(ProcessRegistry registry) {
            registry.processes().forEach(this::process);
            return this;
        }

        /**
         * A process's name.
         *
         * @param process a registry entry
         * @return this builder
         */
        public Builder process(Process process) {
            return process(process.id(), process.name());
        }

        /**
         * A process's name.
         *
         * @param id the process id
         * @param name its name
         * @return this builder
         */
        public Builder process(String id, LocalizedText name) {
            processes.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Builds the labels.
         *
         * @return immutable labels
         */
        public Labels build() {
            return new Labels(this);
        }
    }
}
