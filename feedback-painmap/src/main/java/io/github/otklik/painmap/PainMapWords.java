package io.github.otklik.painmap;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.painmap.evidence.Source;

import java.util.Map;

/**
 * The pain map's own enums in words, for every view a person reads (tables, explanations, the
 * public page): statuses, evidence sources, kinds and levels. The codes ({@code IN_PROGRESS},
 * {@code SURVEY_ASPECT}, …) stay in {@code otklik-painmap/1}; names of codes of the data (aspects,
 * problems, reasons, processes) are {@link io.github.otklik.metrics.label.Labels}'. Stateless.
 */
public final class PainMapWords {
    private static final Map<String, LocalizedText> SOURCES = Map.of(
            "SURVEY_PROBLEM", LocalizedText.of("проблема, отмеченная в анкетах", "a problem chosen in questionnaires"),
            "SURVEY_ASPECT", LocalizedText.of("низкие оценки в анкетах", "low ratings in questionnaires"),
            "APPEALS", LocalizedText.of("обращения", "appeals"),
            "PROCESS_NEGATIVE", LocalizedText.of("отказы и отрицательные результаты процесса", "refusals and negative results of the process"),
            "LEGAL_DEADLINE", LocalizedText.of("ответы на обращения позже установленного срока", "appeals answered after the legal deadline"),
            "TEXT", LocalizedText.of("тексты комментариев и обращений", "texts of comments and appeals"),
            "MANUAL", LocalizedText.of("запись аналитика", "an analyst's entry"));
    private static final Map<Status, LocalizedText> STATUSES = Map.of(
            Status.IDENTIFIED, LocalizedText.of("выявлена", "identified"),
            Status.PLANNED, LocalizedText.of("запланированы мероприятия", "measures planned"),
            Status.IN_PROGRESS, LocalizedText.of("в работе", "in progress"),
            Status.DONE, LocalizedText.of("мероприятия выполнены", "measures done"),
            Status.VERIFIED, LocalizedText.of("улучшение подтверждено", "improvement verified"),
            Status.REOPENED, LocalizedText.of("возобновлена", "reopened"));

    private PainMapWords() {
    }

    /**
     * Where evidence comes from, in words.
     *
     * @param source the source
     * @param lang the language
     * @return {@code низкие оценки в анкетах} / {@code low ratings in questionnaires}
     */
    public static String source(Source source, Language lang) {
        LocalizedText t = SOURCES.get(source.name());
        return t == null ? source.name() : t.in(lang.code());
    }

    /**
     * A status in words.
     *
     * @param status the status
     * @param lang the language
     * @return {@code в работе} / {@code in progress}
     */
    public static String status(Status status, Language lang) {
        return STATUSES.get(status).in(lang.code());
    }

    /**
     * A kind in words.
     *
     * @param kind the kind
     * @param lang the language
     * @return {@code проблема} / {@code problem}, {@code потребность} / {@code need}
     */
    public static String kind(Kind kind, Language lang) {
        return kind == Kind.NEED ? lang.pick("потребность", "need") : lang.pick("проблема", "problem");
    }

    /**
     * A level as prevalence and priority take it ({@link Level#word}).
     *
     * @param level the level
     * @param lang the language
     * @return {@code высокая} / {@code high}
     */
    public static String level(Level level, Language lang) {
        return level.word(lang);
    }

    /**
     * The responsible unit as a person reads it: {@code "UNASSIGNED"} (no owner anywhere) in words.
     *
     * @param responsible the point's responsible unit
     * @param lang the language
     * @return the unit, or {@code не назначен} / {@code not assigned}
     */
    public static String responsible(String responsible, Language lang) {
        return PainPoint.UNASSIGNED.equals(responsible) ? lang.pick("не назначен", "not assigned") : responsible;
    }
}
