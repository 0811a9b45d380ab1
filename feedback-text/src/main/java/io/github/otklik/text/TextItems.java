package io.github.otklik.text;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The texts of Otklik's records as {@link TextItem}s: the {@code role: comment} answers of a survey
 * response, and the text of an appeal. Stateless.
 */
public final class TextItems {
    private TextItems() {
    }

    /**
     * The comments of {@code response}: one item per answered {@code role: comment} question whose
     * answer is a string with at least one character that is not white space. Dissatisfied when the
     * form's overall question is answered with a value ≤ its {@code dissatisfiedTo} ({@code "dk"} and
     * no answer are not); attributable unless the form is internal (internal forms are anonymous).
     *
     * @param response a response valid for {@code form}
     * @param form the response's form
     * @return the items, in question order; empty when the response has no comment
     * @throws IllegalArgumentException when {@code form} is not the response's form
     */
    public static List<TextItem> fromResponse(SurveyResponse response, Form form) {
        if (!form.id().equals(response.form()) || !form.version().equals(response.formVersion())) {
            throw new IllegalArgumentException("response " + response.id() + " is for " + Form.key(response.form(), response.formVersion())
                    + ", not " + form.key());
        }
        List<TextItem> items = new ArrayList<>(1);
        boolean dissatisfied = dissatisfied(response, form);
        for (Question q : form.questions()) {
            if (q.role() != QuestionRole.COMMENT) {
                continue;
            }
            if (response.answers().get(q.id()) instanceof AnswerValue.TextValue t && !t.value().isBlank()) {
                TextItem.Builder b = TextItem.builder(TextSource.SURVEY_COMMENT, response.id()).form(form.id())
                        .at(response.submittedAt()).text(t.value()).dissatisfied(dissatisfied)
                        .attributable(form.audience() == Audience.EXTERNAL);
                response.process().ifPresent(b::process);
                items.add(b.build());
            }
        }
        return items;
    }

    /**
     * The comments of {@code response}, its form looked up in {@code forms}.
     *
     * @param response a valid response
     * @param forms the catalogue that knows its form
     * @return the items; empty when the catalogue does not know the form or there is no comment
     */
    public static List<TextItem> fromResponse(SurveyResponse response, FormCatalog forms) {
        Optional<Form> form = forms.find(response.form(), response.formVersion());
        return form.isPresent() ? fromResponse(response, form.get()) : List.of();
    }

    /**
     * The text of an appeal ({@link Appeal#text()}, the appeals CSV's {@code text} column):
     * dissatisfied for a complaint, attributable, placed at its {@code registeredAt}.
     *
     * @param appeal the appeal
     * @return the item, or empty when the appeal has no text or only white space
     */
    public static Optional<TextItem> fromAppeal(Appeal appeal) {
        return appeal.text().flatMap(t -> fromAppeal(appeal, t));
    }

    /**
     * The text of an appeal: dissatisfied for a complaint ({@link AppealKind#COMPLAINT}),
     * attributable, placed at its {@code registeredAt}.
     *
     * @param appeal the appeal
     * @param text its text (the appeals CSV's {@code text} column)
     * @return the item, or empty when the text is only white space
     */
    public static Optional<TextItem> fromAppeal(Appeal appeal, String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return Optional.empty();
        }
        TextItem.Builder b = TextItem.builder(TextSource.APPEAL, appeal.id()).at(appeal.registeredAt()).text(text)
                .dissatisfied(appeal.kind() == AppealKind.COMPLAINT);
        appeal.process().ifPresent(b::process);
        return Optional.of(b.build());
    }

    private static boolean dissatisfied(SurveyResponse response, Form form) {
        Optional<ScaleQuestion> overall = form.overall();
        if (overall.isEmpty()) {
            return false;
        }
        return response.answers().get(overall.get().id()) instanceof AnswerValue.IntegerValue i
                && i.value() <= overall.get().dissatisfiedTo();
    }
}
