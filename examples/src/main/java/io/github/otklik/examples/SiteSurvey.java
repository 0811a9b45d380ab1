package io.github.otklik.examples;

import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.export.surveyjs.SurveyJsExporter;

/**
 * Example 4 — the agency publishes standard form №1 on its site with SurveyJS, with its own list
 * of services in a "which service" question; the standard template itself stays untouched.
 */
public final class SiteSurvey {
    private SiteSurvey() {
    }

    /** The agency's copy of EXT-1 with its service list. */
    public static Form agencyForm() {
        Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
        return ext1.copy("MINSOC-EXT-1", "1")
                .insertAfter("used", Question.single("service")
                        .required()
                        .text("Какую услугу вы получали?", "Which service did you receive?")
                        .option("svc-birth", "Пособие при рождении ребёнка", "Childbirth allowance")
                        .option("svc-housing", "Субсидия на оплату жилья", "Housing subsidy")
                        .option("svc-large-family", "Удостоверение многодетной семьи", "Large family certificate")
                        .build())
                .build();
    }

    /** The SurveyJS JSON to put on the site. */
    public static String surveyJson() {
        return new SurveyJsExporter().export(agencyForm());
    }
}
