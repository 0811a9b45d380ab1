package io.github.otklik.report;

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
import io.github.otklik.metrics.target.Target;
import io.github.otklik.core.process.TargetIndicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a person reads in place of codes: processes by their registry names, aspects and
 * problems by the texts of the forms, group keys in words. Every lookup falls back to the code.
 */
final class Words {
    private final Language lang;
    private final Map<String, LocalizedText> processes;
    private final Map<String, LocalizedText> aspects = new HashMap<>();
    private final Map<String, LocalizedText> problems = new HashMap<>();

    Words(Language lang, Map<String, LocalizedText> processes, FormCatalog forms) {
        this.lang = lang;
        this.processes = Map.copyOf(processes);
        for (Form f : forms.forms()) {
            for (Question q : f.questions()) {
                q.aspect().ifPresent(a -> aspects.putIfAbsent(a, q.text()));
                if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                    for (Option o : c.options()) {
                        problems.putIfAbsent(o.value(), o.text());
                    }
                }
            }
        }
    }

    String process(String id) {
        return in(processes.get(id), id);
    }

    String aspect(String code) {
        return in(aspects.get(code), code);
    }

    String problem(String code) {
        return in(problems.get(code), code);
    }

    String lifeSituation(String id) {
        return Dimension.UNSPECIFIED.equals(id) ? lang.pick("жизненная ситуация не указана", "no life situation") : id;
    }

    String reason(String code) {
        return code;
    }

    /** A target in words: its metric and threshold. */
    String target(Target target) {
        TargetIndicator i = target.indicator();
        return i.metric() + (i.direction() == TargetIndicator.Direction.AT_LEAST ? " ≥ " : " ≤ ") + targetValue(target, i.target());
    }

    /** A value of a target's metric. */
    String targetValue(Target target, double value) {
        return lang.plain(value);
    }

    /** A value of a grouping dimension. */
    String value(Dimension d, String value) {
        if (Dimension.UNSPECIFIED.equals(value)) {
            return lang.pick("не указано", "not stated");
        }
        return d == Dimension.PROCESS ? process(value) : value;
    }

    /** A group's key in words: its values joined by « · », or "total". */
    String group(GroupKey key, String total) {
        if (key.isTotal()) {
            return total;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.dimensions().size(); i++) {
            parts.add(value(key.dimensions().get(i), key.values().get(i)));
        }
        return String.join(" · ", parts);
    }

    private String in(LocalizedText text, String code) {
        return text == null ? code : text.in(lang.code());
    }
}
