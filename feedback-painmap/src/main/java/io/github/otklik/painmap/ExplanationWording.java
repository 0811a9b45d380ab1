package io.github.otklik.painmap;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.evidence.Source;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Every word of the pain-map explanations (обоснование) in Russian and English, in one place: the
 * five lines of a decision (prevalence, impact, priority, deadline, responsible) and the impact
 * rule's description of a piece of evidence. Numbers are written as {@link Language} writes them
 * ({@code 0,257} / {@code 0.257}); levels as {@code высокая}/{@code высокое} in Russian and
 * {@code HIGH} in English; sources and matrix cells keep their JSON names. Java rule sets may use
 * it to explain themselves in the same words. Immutable and thread-safe.
 */
public final class ExplanationWording {
    private static final ExplanationWording RU = new ExplanationWording(Language.RU);
    private static final ExplanationWording EN = new ExplanationWording(Language.EN);

    private final Language lang;

    private ExplanationWording(Language lang) {
        this.lang = lang;
    }

    /**
     * The wording of {@code lang}.
     *
     * @param lang the language
     * @return its wording
     */
    public static ExplanationWording of(Language lang) {
        return Objects.requireNonNull(lang, "lang") == Language.EN ? EN : RU;
    }

    /**
     * The language.
     *
     * @return the language of these words
     */
    public Language language() {
        return lang;
    }

    /**
     * A level where the feminine form fits (распространённость, приоритетность).
     *
     * @param level the level
     * @return {@code высокая} or {@code HIGH}
     */
    public String level(Level level) {
        return lang.pick(level.word(lang), level.name());
    }

    /**
     * A level of impact (влияние, neuter).
     *
     * @param level the level
     * @return {@code высокое} or {@code HIGH}
     */
    public String impactLevel(Level level) {
        return lang.pick(level.neuterWord(lang), level.name());
    }

    // ------------------------------------------------------------------------------ prevalence

    /**
     * The start of the prevalence line.
     *
     * @param prevalence the point's prevalence
     * @return {@code prevalence HIGH: }
     */
    public String prevalence(Level prevalence) {
        return lang.pick("распространённость ", "prevalence ") + level(prevalence) + ": ";
    }

    /**
     * An analyst's prevalence, opening the parenthesis with what the evidence gives.
     *
     * @param computed the prevalence the evidence gives
     * @return {@code set by the analyst (the evidence gives LOW: }
     */
    public String prevalenceSetByAnalyst(Level computed) {
        return lang.pick("задана аналитиком (по сведениям — ", "set by the analyst (the evidence gives ") + level(computed) + ": ";
    }

    /**
     * Nothing was measured.
     *
     * @return {@code no measured evidence, lower bound 0}
     */
    public String noMeasuredEvidence() {
        return lang.pick("нет измеренных сведений, нижняя граница 0", "no measured evidence, lower bound 0");
    }

    /**
     * The lower bound that decided, against the threshold it reached or missed.
     *
     * @param lowerBound L
     * @param below whether L is below the threshold
     * @param threshold the threshold
     * @param x the deciding evidence's x
     * @param n its n
     * @param source its source
     * @return {@code lower bound 0.257 ≥ 0.25 (120 of 400, SURVEY_PROBLEM)}
     */
    public String lowerBound(double lowerBound, boolean below, double threshold, long x, long n, Source source) {
        return lang.pick("нижняя граница ", "lower bound ") + lang.fixed(lowerBound, 3) + (below ? " < " : " ≥ ") + lang.plain(threshold)
                + " (" + x + lang.pick(" из ", " of ") + n + ", " + source.name() + ")";
    }

    /**
     * Low evidence because nothing was measured.
     *
     * @return {@code ; low evidence: nothing measured}
     */
    public String lowEvidenceNothingMeasured() {
        return lang.pick("; мало сведений: ничего не измерено", "; low evidence: nothing measured");
    }

    /**
     * Low evidence because the largest n is below the minimum.
     *
     * @param largestN the largest n
     * @param minEvidence the rule's minimum
     * @return {@code ; low evidence: largest n 20 < 30}
     */
    public String lowEvidence(long largestN, long minEvidence) {
        return lang.pick("; мало сведений: наибольшее n ", "; low evidence: largest n ") + largestN + " < " + minEvidence;
    }

    // ------------------------------------------------------------------------------ impact

    /**
     * The start of the impact line.
     *
     * @param impact the point's impact
     * @return {@code impact MEDIUM: }
     */
    public String impact(Level impact) {
        return lang.pick("влияние ", "impact ") + impactLevel(impact) + ": ";
    }

    /**
     * An analyst's impact, opening the parenthesis with what the rules give.
     *
     * @param adjusted the impact the rules give
     * @return {@code set by the analyst (the rules give MEDIUM: }
     */
    public String impactSetByAnalyst(Level adjusted) {
        return lang.pick("задано аналитиком (по правилам — ", "set by the analyst (the rules give ") + impactLevel(adjusted) + ": ";
    }

    /**
     * No evidence contributes to impact.
     *
     * @return {@code no evidence source decides impact, LOW}
     */
    public String noSourceDecidesImpact() {
        return lang.pick("ни один источник не определяет влияние, LOW", "no evidence source decides impact, LOW");
    }

    /**
     * The clients affected a year.
     *
     * @param lowerBound L
     * @param annualVolume the registry's annual volume
     * @param affected L × annualVolume
     * @return {@code ; volume: affected 0.257 × 5000 = 1285.8}
     */
    public String affected(double lowerBound, long annualVolume, double affected) {
        return lang.pick("; объём: затронуто ", "; volume: affected ") + lang.fixed(lowerBound, 3) + " × " + annualVolume + " = "
                + lang.fixed(affected, 1);
    }

    /**
     * The volume raised impact.
     *
     * @param raiseAt the threshold
     * @param base the impact before
     * @param adjusted the impact after
     * @return {@code  ≥ 10000 → raised to HIGH}, or {@code … → stays HIGH}
     */
    public String raised(double raiseAt, Level base, Level adjusted) {
        return " ≥ " + lang.plain(raiseAt) + " → " + (base == Level.HIGH ? lang.pick("остаётся HIGH", "stays HIGH")
                : lang.pick("повышено до ", "raised to ") + adjusted.name());
    }

    /**
     * The volume lowered impact.
     *
     * @param lowerBelow the threshold
     * @param base the impact before
     * @param adjusted the impact after
     * @return {@code  < 100 → lowered to LOW}, or {@code … → stays LOW}
     */
    public String lowered(double lowerBelow, Level base, Level adjusted) {
        return " < " + lang.plain(lowerBelow) + " → " + (base == Level.LOW ? lang.pick("остаётся LOW", "stays LOW")
                : lang.pick("понижено до ", "lowered to ") + adjusted.name());
    }

    /**
     * The volume changed nothing.
     *
     * @return {@code , no adjustment}
     */
    public String noAdjustment() {
        return lang.pick(", без изменений", ", no adjustment");
    }

    /**
     * Complaints among the appeals of a reason, against the rule's share.
     *
     * @param complaints complaints with the reason
     * @param appeals appeals with the reason
     * @param comparison {@code  ≥ 0.5} or {@code  < 0.5}
     * @return {@code 6 complaints of 10 appeals ≥ 0.5}
     */
    public String complaints(long complaints, long appeals, String comparison) {
        return lang.pick("жалоб " + complaints + " из " + appeals + " обращений", complaints + " complaints of " + appeals + " appeals")
                + comparison;
    }

    /**
     * An aspect's mean answer, against the rule's threshold.
     *
     * @param mean the mean
     * @param comparison {@code  ≤ 2.5}, …
     * @return {@code mean 2.60 ≤ 3.5}
     */
    public String mean(double mean, String comparison) {
        return lang.pick("средняя оценка ", "mean ") + lang.fixed(mean, 2) + comparison;
    }

    /**
     * A source contributes nothing to impact.
     *
     * @return {@code  → contributes nothing}
     */
    public String contributesNothing() {
        return lang.pick(" → не учитывается", " → contributes nothing");
    }

    // ------------------------------------------------------------------------------ priority, deadline, responsible

    /**
     * The start of the priority line.
     *
     * @param priority the point's priority
     * @return {@code priority HIGH: }
     */
    public String priority(Level priority) {
        return lang.pick("приоритетность ", "priority ") + level(priority) + ": ";
    }

    /**
     * The matrix cell.
     *
     * @param prevalence the row
     * @param impact the column
     * @return {@code matrix[prevalence HIGH][impact MEDIUM]}
     */
    public String matrixCell(Level prevalence, Level impact) {
        return lang.pick("матрица[распространённость " + prevalence + "][влияние " + impact + "]",
                "matrix[prevalence " + prevalence + "][impact " + impact + "]");
    }

    /**
     * A mandatory source overruled the matrix.
     *
     * @param source the source
     * @param matrixCell the cell, as {@link #matrixCell} writes it
     * @param cell what the cell says
     * @return {@code mandatory source LEGAL_DEADLINE (matrix[prevalence LOW][impact HIGH] = MEDIUM)}
     */
    public String mandatorySource(Source source, String matrixCell, Level cell) {
        return lang.pick("обязательный источник ", "mandatory source ") + source.name() + " (" + matrixCell + " = " + cell + ")";
    }

    /**
     * The deadline line.
     *
     * @param deadline the deadline
     * @param asOf the map's date
     * @param period the period of the priority
     * @param priority the priority
     * @return {@code deadline 2025-06-29: 2025-03-31 + P90D for priority HIGH}
     */
    public String deadline(LocalDate deadline, LocalDate asOf, Period period, Level priority) {
        return lang.pick("срок реализации ", "deadline ") + deadline + ": " + asOf + " + " + period
                + lang.pick(" для приоритетности ", " for priority ") + priority;
    }

    /**
     * The start of the responsible line.
     *
     * @param responsible the unit
     * @return {@code responsible Отдел выплат: }
     */
    public String responsible(String responsible) {
        return lang.pick("ответственный ", "responsible ") + responsible + ": ";
    }

    /**
     * The registry names the process's owner.
     *
     * @param process the process id
     * @return {@code owner of process svc-1 in the registry}
     */
    public String ownerInRegistry(String process) {
        return lang.pick("владелец процесса " + process + " по реестру", "owner of process " + process + " in the registry");
    }

    /**
     * The manual entry names the unit.
     *
     * @return {@code named by the manual entry (the registry names no owner)}
     */
    public String namedByManualEntry() {
        return lang.pick("указан в ручной записи (в реестре владельца нет)", "named by the manual entry (the registry names no owner)");
    }

    /**
     * Nobody names a unit.
     *
     * @return {@code no owner in the registry or the manual entry}
     */
    public String noOwner() {
        return lang.pick("владелец не указан ни в реестре, ни в ручной записи", "no owner in the registry or the manual entry");
    }
}
