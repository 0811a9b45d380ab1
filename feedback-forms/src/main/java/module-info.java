/**
 * The questionnaires (анкеты): the eleven standard templates, the builder of an agency's own forms,
 * response validation and the exporters (canonical JSON, JSON Schema, SurveyJS, printable HTML).
 * The standard templates are resources under {@code otklik-form/1/}, outside any package, so they
 * need no {@code opens}.
 */
module io.github.otklik.forms {
    requires transitive io.github.otklik.core;

    exports io.github.otklik.forms;
    exports io.github.otklik.forms.export.html;
    exports io.github.otklik.forms.export.schema;
    exports io.github.otklik.forms.export.surveyjs;
    exports io.github.otklik.forms.json;
    exports io.github.otklik.forms.validation;
}
