package io.github.otklik.cli;

import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.synthetic.text.SampleTexts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The free text of {@code otklik demo}: every {@code comment} answer the generator wrote is
 * replaced by a comment from {@link SampleTexts} that matches the respondent's overall answer and
 * ticked problems, and the appeals get a {@code text} column; plus the sample {@code themes.json}
 * an agency can start from. Only the demo does this: {@code otklik generate} keeps its pinned
 * output. Deterministic by seed.
 */
final class DemoTexts {
    /** A sample agency themes file ({@code otklik-text-themes/1}): two pains of its own and a need. */
    static final String THEMES = """
            {
              "format": "otklik-text-themes/1",
              "language": "ru",
              "themes": [
                {
                  "code": "paper-application",
                  "title": {"ru": "Заявление только на бумаге", "en": "Paper-only application"},
                  "kind": "PROBLEM",
                  "phrases": ["заявление на бумаге", "бумажное заявление", "только на бумаге", "подать заявление онлайн"]
                },
                {
                  "code": "fee-payment",
                  "title": {"ru": "Оплата госпошлины", "en": "State fee payment"},
                  "kind": "PROBLEM",
                  "phrases": ["оплата госпошлины", "квитанция на оплату", "платить госпошлину"],
                  "exclude": ["оплата прошла быстро"]
                },
                {
                  "code": "online-filing",
                  "title": {"ru": "Подача документов онлайн", "en": "Filing documents online"},
                  "kind": "NEED",
                  "phrases": ["подать все документы онлайн", "запись через портал", "онлайн запись"]
                }
              ]
            }
            """;

    private final SampleTexts texts;
    private final FormCatalog forms = FormCatalog.standard();

    DemoTexts(long seed) {
        this.texts = new SampleTexts(seed);
    }

    /** {@code r} with its comment, if it has one, rewritten to match its answers. */
    SurveyResponse withComment(SurveyResponse r) {
        Optional<Form> form = forms.find(r.form(), r.formVersion());
        if (form.isEmpty()) {
            return r;
        }
        Map<String, AnswerValue> answers = new LinkedHashMap<>(r.answers());
        boolean changed = false;
        for (Question q : form.get().questions()) {
            if (q.role() == QuestionRole.COMMENT && answers.get(q.id()) instanceof AnswerValue.TextValue) {
                answers.put(q.id(), AnswerValue.of(texts.comment(r.process().orElse(""), mood(form.get(), answers), problems(form.get(), answers))));
                changed = true;
            }
        }
        if (!changed) {
            return r;
        }
        SurveyResponse.Builder b = SurveyResponse.builder(r.id()).form(r.form(), r.formVersion()).submittedAt(r.submittedAt())
                .agency(r.agency()).channel(r.channel()).client(r.client()).anonymous(r.anonymous()).answers(answers);
        r.process().ifPresent(b::process);
        r.respondent().ifPresent(b::respondent);
        return b.build();
    }

    private static double mood(Form form, Map<String, AnswerValue> answers) {
        Optional<ScaleQuestion> overall = form.overall();
        if (overall.isPresent() && answers.get(overall.get().id()) instanceof AnswerValue.IntegerValue v) {
            ScaleQuestion s = overall.get();
            return (double) (v.value() - s.min()) / (s.max() - s.min());
        }
        return 0.5;
    }

    private static List<String> problems(Form form, Map<String, AnswerValue> answers) {
        List<String> out = new ArrayList<>();
        for (Question q : form.questions()) {
            if (q.role() != QuestionRole.PROBLEM) {
                continue;
            }
            AnswerValue a = answers.get(q.id());
            if (a instanceof AnswerValue.TextValue t) {
                out.add(t.value());
            } else if (a instanceof AnswerValue.ArrayValue list) {
                list.values().forEach(v -> {
                    if (v instanceof AnswerValue.TextValue t) {
                        out.add(t.value());
                    }
                });
            }
        }
        return out;
    }

    /**
     * The appeals CSV of the sample agency with a {@code text} column: each appeal's words, by its
     * kind, process and reason (RFC 4180 quoting; a line break inside now and then).
     *
     * @param csv the generator's appeals CSV: header {@code id,agency,process,channel,kind,topic,reason,…}, no quoted fields
     * @return the same rows with the text last
     */
    String appealsWithTexts(String csv) {
        StringBuilder out = new StringBuilder(csv.length() * 3);
        String[] lines = csv.split("\n");
        out.append(lines[0]).append(",text\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            String text = texts.appeal(AppealKind.valueOf(f[4]), f[2], f[6]);
            out.append(lines[i]).append(",\"").append(text.replace("\"", "\"\"")).append("\"\n");
        }
        return out.toString();
    }
}
