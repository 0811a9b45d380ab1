package io.github.otklik.synthetic.response;

import java.util.List;

/**
 * How a simulated respondent answers (профиль респондента): a latent satisfaction that drives the
 * scale answers, and the rates of screening out, "difficult to answer", optional answers and
 * comments. Immutable; start from {@link #of(double)} and adjust with the {@code with…} methods.
 *
 * @param satisfaction latent satisfaction in [0, 1]: 0 gives the scale minimum, 1 the maximum
 * @param problemCodes problem codes this respondent is more likely to choose (about five times
 *     as likely as other options), e.g. a process's typical pains; codes a form lacks are ignored
 * @param screenOutRate probability of a screening answer that ends the survey ("no", "cant-say")
 * @param dontKnowRate probability of {@code "dk"} on each scale that allows it
 * @param optionalAnswerRate probability of answering each visible optional question
 * @param commentRate probability of writing each visible optional free-text answer
 */
public record RespondentProfile(double satisfaction, List<String> problemCodes, double screenOutRate,
        double dontKnowRate, double optionalAnswerRate, double commentRate) {
    /** Default {@link #screenOutRate()}: 5 %. */
    public static final double DEFAULT_SCREEN_OUT_RATE = 0.05;
    /** Default {@link #dontKnowRate()}: 4 %. */
    public static final double DEFAULT_DONT_KNOW_RATE = 0.04;
    /** Default {@link #optionalAnswerRate()}: 85 %. */
    public static final double DEFAULT_OPTIONAL_ANSWER_RATE = 0.85;
    /** Default {@link #commentRate()}: 20 %. */
    public static final double DEFAULT_COMMENT_RATE = 0.2;

    /**
     * Checks that every number is in [0, 1] and copies the codes.
     *
     * @param commentRate probability of writing each visible optional free-text answer
     * @param dontKnowRate probability of {@code "dk"} on each scale that allows it
     * @param optionalAnswerRate probability of answering each visible optional question
     * @param problemCodes problem codes this respondent is more likely to choose (about five times as likely as other options), e.g. a process's typical pains; codes a form lacks are ignored
     * @param satisfaction latent satisfaction in [0, 1]: 0 gives the scale minimum, 1 the maximum
     * @param screenOutRate probability of a screening answer that ends the survey ("no", "cant-say")
     * @throws IllegalArgumentException when a number is outside [0, 1] or NaN
     */
    public RespondentProfile {
        check("satisfaction", satisfaction);
        problemCodes = List.copyOf(problemCodes);
        check("screenOutRate", screenOutRate);
        check("dontKnowRate", dontKnowRate);
        check("optionalAnswerRate", optionalAnswerRate);
        check("commentRate", commentRate);
    }

    /** A respondent with latent {@code satisfaction} and the default rates. */
    public static RespondentProfile of(double satisfaction) {
        return new RespondentProfile(satisfaction, List.of(), DEFAULT_SCREEN_OUT_RATE, DEFAULT_DONT_KNOW_RATE,
                DEFAULT_OPTIONAL_ANSWER_RATE, DEFAULT_COMMENT_RATE);
    }

    /** A copy with another latent satisfaction. */
    public RespondentProfile withSatisfaction(double value) {
        return new RespondentProfile(value, problemCodes, screenOutRate, dontKnowRate, optionalAnswerRate, commentRate);
    }

    /** A copy that favours the problem codes {@code codes}. */
    public RespondentProfile withProblemCodes(List<String> codes) {
        return new RespondentProfile(satisfaction, codes, screenOutRate, dontKnowRate, optionalAnswerRate, commentRate);
    }

    /** A copy with another screening-out rate. */
    public RespondentProfile withScreenOutRate(double rate) {
        return new RespondentProfile(satisfaction, problemCodes, rate, dontKnowRate, optionalAnswerRate, commentRate);
    }

    /** A copy with another "difficult to answer" rate. */
    public RespondentProfile withDontKnowRate(double rate) {
        return new RespondentProfile(satisfaction, problemCodes, screenOutRate, rate, optionalAnswerRate, commentRate);
    }

    /** A copy with another rate of answering optional questions. */
    public RespondentProfile withOptionalAnswerRate(double rate) {
        return new RespondentProfile(satisfaction, problemCodes, screenOutRate, dontKnowRate, rate, commentRate);
    }

    /** A copy with another comment rate. */
    public RespondentProfile withCommentRate(double rate) {
        return new RespondentProfile(satisfaction, problemCodes, screenOutRate, dontKnowRate, optionalAnswerRate, rate);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }
}
