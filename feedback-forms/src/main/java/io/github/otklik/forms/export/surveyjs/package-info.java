/**
 * SurveyJS integration: {@link io.github.otklik.forms.export.surveyjs.SurveyJsExporter} writes a form
 * as a SurveyJS survey JSON (survey-core 2.x) and {@link io.github.otklik.forms.export.surveyjs.SurveyJsImporter}
 * turns the survey's results back into an Otklik response for the validator.
 *
 * <h2>Export</h2>
 * <ul>
 * <li>The survey: {@code "locale": "ru"}, {@code title}, {@code description} (when the form has one),
 *     {@code "showQuestionNumbers": "on"}, {@code "clearInvisibleValues": "onHidden"}, a
 *     {@code completeText} ("Отправить"), one page {@code page1} with one element per question in form
 *     order, and {@code triggers} when some option ends the survey. {@code "onHidden"} clears an answer
 *     as soon as its question is hidden: in Otklik a hidden question is unanswered, and conditions that
 *     refer to it must see it so (SurveyJS's default clears only on completion, after conditions have
 *     already used the stale answer).</li>
 * <li>Every text is a SurveyJS localizable string {@code {"default": …, "ru": …}}. SurveyJS's default
 *     locale is English, so {@code "default"} is the English text, or the Russian one when the form has
 *     no English; the survey opens in Russian. The few texts of our own (the "difficult to answer"
 *     item, yes/no labels, the complete button) are localized the same way, so the survey reads right
 *     even when the host has not loaded SurveyJS's Russian UI strings.</li>
 * <li>Elements: {@code "name"} = question id, {@code "title"} = question text,
 *     {@code "isRequired": true} when required (SurveyJS, like Otklik, checks it only while visible).
 *     <ul>
 *     <li>{@code single} → {@code radiogroup}, {@code multi} → {@code checkbox}, with {@code "choices"}
 *         of {@code {"value", "text"}}; no "other", "none" or "select all" items.</li>
 *     <li>{@code scale} → {@code rating}. Without "difficult to answer": {@code rateMin}/{@code rateMax}.
 *         With it: explicit {@code "rateValues": [min, …, max, {"value": "dk", "text": …}]}. A rating has
 *         no "none" item ({@code showNoneItem} belongs to choice questions), and a separate question for
 *         "dk" would split one answer in two; the extra rate value keeps one element whose values are
 *         exactly Otklik's (the integers, as JavaScript numbers, and {@code "dk"}). Scales of more than
 *         {@value io.github.otklik.forms.export.surveyjs.SurveyJsExporter#MAX_GENERATED_RATE_VALUES}
 *         points list their values too, since SurveyJS generates no more than that many.</li>
 *     <li>{@code boolean} → {@code boolean} with {@code labelTrue}/{@code labelFalse} "Да"/"Нет".</li>
 *     <li>{@code text} → a one-line {@code text} input when {@code maxLength} ≤
 *         {@value io.github.otklik.forms.export.surveyjs.SurveyJsExporter#SINGLE_LINE_MAX_LENGTH}, else a
 *         multi-line {@code comment}; {@code maxLength} is kept. SurveyJS counts UTF-16 units, never
 *         fewer than Otklik's code points, so it never accepts a text that Otklik would reject.</li>
 *     <li>{@code number} → {@code {"type": "text", "inputType": "number", "min", "max"}} (no
 *         {@code step}: SurveyJS then accepts any number, as Otklik does).</li>
 *     </ul></li>
 * <li>{@code visibleIf} → a SurveyJS expression
 *     ({@link io.github.otklik.forms.export.surveyjs.SurveyJsExpressions}). A question after one with
 *     {@code endsSurvey} options also gets the guard {@code !(…)} of that ending answer, e.g.
 *     {@code ({used} = 'yes') and !({used} anyof ['no', 'cant-say'])}: with the guards, the exported
 *     condition holds exactly when Otklik's {@code Visibility} says the question is visible.</li>
 * <li>{@code endsSurvey} options → one {@code {"type": "complete", "expression": …}} trigger per
 *     question that has them ({@code {q} = 'no'}; {@code {q} contains 'v'} for {@code multi};
 *     {@code {q} anyof […]} for several options). A complete trigger does not end the survey when
 *     the option is chosen: SurveyJS runs it on navigation ({@code settings.triggers.executeCompleteOnValueChanged}
 *     is {@code false}); on a value change it only turns "Next" into "Complete", and the survey
 *     completes when the respondent proceeds. It never hides anything, hence the guards: on our single
 *     page they hide the later questions at once, clear their answers, and the respondent presses
 *     "Complete". The triggers carry the rule in SurveyJS's own terms for hosts that regroup the
 *     questions into pages.</li>
 * </ul>
 *
 * <h2>Import</h2>
 * <ul>
 * <li>{@code rating} → an integer; a string of digits (hosts that keep rate values as strings) → that
 *     integer; {@code "dk"} → the string {@code "dk"}.</li>
 * <li>{@code radiogroup} → the option value; a number whose text is an option value (SurveyJS Creator
 *     may turn {@code "1"} into {@code 1}) → that option value.</li>
 * <li>{@code checkbox} → an array of option values in the order SurveyJS keeps, the order in which the
 *     respondent ticked them: a multi-choice answer is a set, so the importer imposes no order and
 *     stays lossless.</li>
 * <li>{@code boolean} → {@code true}/{@code false}; {@code comment}/{@code text} → the string; the
 *     number input → an integer when integral, else a decimal without trailing zeros (JavaScript
 *     numbers have no scale: 4.0 is 4, 2.50 is 2.5); a numeric string likewise.</li>
 * <li>Anything else is kept as its plain JSON value, and so are keys that are no question of the form
 *     (such as the {@code "<name>-Comment"} keys of "other" items, which the exported survey never
 *     has): the validator then rejects the response rather than the importer losing data silently.</li>
 * </ul>
 */
package io.github.otklik.forms.export.surveyjs;
