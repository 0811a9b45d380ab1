package io.github.otklik.painmap;

import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.label.DateWording;
import io.github.otklik.metrics.label.Wording;
import io.github.otklik.painmap.evidence.Source;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Every word of the pain-map explanations (обоснование) in Russian and English, in one place: the
 * five lines of a decision (prevalence, impact, priority, deadline, responsible) and the impact
 * rule's description of a piece of evidence. Plain words, no enum names: numbers as {@link
 * Language} writes them ({@code 0,257} / {@code 0.257}), levels as {@code высокая}/{@code высокое}
 * or {@code high}, sources in words ({@link PainMapWords#source}), dates in words, periods as
 * {@code 90 дней}. Java rule sets may use it to explain themselves in the same words. Immutable
 * and thread-safe.
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
     * @return {@code высокая} or {@code high}
     */
    public String level(Level level) {
        return level.word(lang);
    }

    /**
     * A level of impact (влияние, neuter).
     *
     * @param level the level
     * @return {@code высокое} or {@code high}
     */
    public String impactLevel(Level level) {
        return level.neuterWord(lang);
    }

    /**
     * Where evidence comes from, in words.
     *
     * @param source the source
     * @return {@code низкие оценки в анкетах} / {@code low ratings in questionnaires}
     */
    public String source(Source source) {
        return PainMapWords.source(source, lang);
    }

    /**
     * A source and what it contributes to impact.
     *
     * @param source the source
     * @param level its contribution
     * @return {@code обращения → среднее} / {@code appeals → medium}
     */
    public String contributes(Source source, Level level) {
        return source(source) + " → " + impactLevel(level);
    }

    // ------------------------------------------------------------------------------ prevalence

    /**
     * The start of the prevalence line.
     *
     * @param prevalence the point's prevalence
     * @return {@code prevalence high: }
     */
    public String prevalence(Level prevalence) {
        return lang.pick("распространённость ", "prevalence ") + level(prevalence) + ": ";
    }

    /**
     * An analyst's prevalence, opening the parenthesis with what the evidence gives.
     *
     * @param computed the prevalence the evidence gives
     * @return {@code set by the analyst (the evidence gives low: }
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
     * @return {@code lower bound 0.257 ≥ 0.25 (120 of 400, a problem chosen in questionnaires)}
     */
    public String lowerBound(double lowerBound, boolean below, double threshold, long x, long n, Source source) {
        return lang.pick("нижняя граница ", "lower bound ") + lang.fixed(lowerBound, 3) + (below ? " < " : " ≥ ") + lang.plain(threshold)
                + " (" + x + lang.pick(" из ", " of ") + n + ", " + source(source) + ")";
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
     * @return {@code impact medium: }
     */
    public String impact(Level impact) {
        return lang.pick("влияние ", "impact ") + impactLevel(impact) + ": ";
    }

    /**
     * An analyst's impact, opening the parenthesis with what the rules give.
     *
     * @param adjusted the impact the rules give
     * @return {@code set by the analyst (the rules give medium: }
     */
    public String impactSetByAnalyst(Level adjusted) {
        return lang.pick("задано аналитиком (по правилам — ", "set by the analyst (the rules give ") + impactLevel(adjusted) + ": ";
    }

    /**
     * No evidence contributes to impact.
     *
     * @return {@code no evidence source decides impact, low}
     */
    public String noSourceDecidesImpact() {
        return lang.pick("ни один источник не определяет влияние, низкое", "no evidence source decides impact, low");
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
     * @return {@code  ≥ 10000 → raised to high}, or {@code … → stays high}
     */
    public String raised(double raiseAt, Level base, Level adjusted) {
        return " ≥ " + lang.plain(raiseAt) + " → " + (base == Level.HIGH ? lang.pick("остаётся высоким", "stays high")
                : lang.pick("повышено до " + genitive(adjusted), "raised to " + adjusted.word(lang)));
    }

    /**
     * The volume lowered impact.
     *
     * @param lowerBelow the threshold
     * @param base the impact before
     * @param adjusted the impact after
     * @return {@code  < 100 → lowered to low}, or {@code … → stays low}
     */
    public String lowered(double lowerBelow, Level base, Level adjusted) {
        return " < " + lang.plain(lowerBelow) + " → " + (base == Level.LOW ? lang.pick("остаётся низким", "stays low")
                : lang.pick("понижено до " + genitive(adjusted), "lowered to " + adjusted.word(lang)));
    }

    private static String prepositional(Level level) {
        return switch (level) {
            case HIGH -> "высокой";
            case MEDIUM -> "средней";
            case LOW -> "низкой";
        };
    }

    private static String genitive(Level level) {
        return switch (level) {
            case HIGH -> "высокого";
            case MEDIUM -> "среднего";
            case LOW -> "низкого";
        };
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
     * @return {@code priority high: }
     */
    public String priority(Level priority) {
        return lang.pick("приоритетность ", "priority ") + level(priority) + ": ";
    }

    /**
     * The matrix cell.
     *
     * @param prevalence the row
     * @param impact the column
     * @return {@code by the priority matrix (prevalence high, impact medium)}
     */
    public String matrixCell(Level prevalence, Level impact) {
        return lang.pick("по матрице приоритетов (распространённость " + prevalence.word(lang) + ", влияние " + impact.neuterWord(lang) + ")",
                "by the priority matrix (prevalence " + prevalence.word(lang) + ", impact " + impact.word(lang) + ")");
    }

    /**
     * A mandatory source overruled the matrix.
     *
     * @param source the source
     * @param matrixCell the cell, as {@link #matrixCell} writes it
     * @param cell what the cell says
     * @return {@code always high when the evidence includes appeals answered after the legal deadline;
     *         by the priority matrix (prevalence low, impact high) it would be medium}
     */
    public String mandatorySource(Source source, String matrixCell, Level cell) {
        return lang.pick("всегда высокая, когда среди сведений есть " + source(source) + "; " + matrixCell + " была бы " + cell.word(lang),
                "always high when the evidence includes " + source(source) + "; " + matrixCell + " it would be " + cell.word(lang));
    }

    /**
     * The deadline line.
     *
     * @param deadline the deadline
     * @param asOf the map's date
     * @param period the period of the priority
     * @param priority the priority
     * @return {@code deadline 29 June 2025: 90 days after the map's date, 31 March 2025, for high priority}
     */
    public String deadline(LocalDate deadline, LocalDate asOf, Period period, Level priority) {
        DateWording dates = DateWording.of(lang);
        return lang.pick("срок реализации " + dates.date(deadline) + ": " + period(period) + " после даты карты, " + dates.date(asOf)
                        + ", при " + prepositional(priority) + " приоритетности",
                "deadline " + dates.date(deadline) + ": " + period(period) + " after the map's date, " + dates.date(asOf) + ", for "
                        + priority.word(lang) + " priority");
    }

    /**
     * A period in words.
     *
     * @param period the period
     * @return {@code 90 дней}, {@code 1 год 6 месяцев} / {@code 90 days}, {@code 1 year 6 months}
     */
    public String period(Period period) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(Wording.count(lang, period.getYears(), lang.pick("год", "year"), lang.pick("года", "years"), lang.pick("лет", "years")));
        }
        if (period.getMonths() != 0) {
            parts.add(Wording.count(lang, period.getMonths(), lang.pick("месяц", "month"), lang.pick("месяца", "months"),
                    lang.pick("месяцев", "months")));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(Wording.count(lang, period.getDays(), lang.pick("день", "day"), lang.pick("дня", "days"), lang.pick("дней", "days")));
        }
        return String.join(" ", parts);
    }

    /**
     * The start of the responsible line.
     *
     * @param responsible the unit
     * @return {@code responsible Отдел выплат: }
     */
    public String responsible(String responsible) {
        return lang.pick("ответственный ", "responsible ") + PainMapWords.responsible(responsible, lang) + ": ";
    }

    /**
     * The registry names the process's owner.
     *
     * @param process the process id (not written: the explanation stands next to the process's name)
     * @return {@code the process owner in the registry}
     */
    public String ownerInRegistry(String process) {
        return lang.pick("владелец процесса по реестру", "the process owner in the registry");
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
