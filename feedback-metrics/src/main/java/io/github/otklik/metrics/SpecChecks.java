package io.github.otklik.metrics;

import io.github.otklik.forms.Form;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.metrics.target.Target;
import io.github.otklik.metrics.target.TargetMetric;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks a {@link MetricsSpec} makes of its settings when it is made. */
final class SpecChecks {
    private SpecChecks() {
    }

    static void check(MetricsSpec s) {
        distinct(s.groupBy(), "groupBy");
        distinct(s.segments(), "segments");
        for (Dimension d : s.segments()) {
            if (!d.appliesToResponses()) {
                throw new IllegalArgumentException(d.wireName() + " is not a dimension of responses and cannot be a segment");
            }
        }
        if ((s.groupBy().contains(Dimension.LIFE_SITUATION) || s.segments().contains(Dimension.LIFE_SITUATION)) && s.registry().isEmpty()) {
            throw new IllegalStateException("grouping by lifeSituation needs the process registry (the life situations of each process)");
        }
        if (s.clients() == ClientScope.INTERNAL && s.disclosure().isPublic()) {
            throw new IllegalStateException("a public edition shows no figures of internal clients");
        }
        if (!s.targets().isEmpty()) {
            targetCodes(s);
        }
    }

    private static void distinct(List<Dimension> dims, String setting) {
        if (new HashSet<>(dims).size() != dims.size()) {
            throw new IllegalArgumentException("a " + setting + " dimension repeats: " + dims.stream().map(Dimension::wireName).toList());
        }
    }

    /** A target on an aspect or a problem that no form of the catalog has is a mistake, not a target never met. */
    private static void targetCodes(MetricsSpec s) {
        Set<String> aspects = new HashSet<>();
        Set<String> problems = new HashSet<>();
        for (Form f : s.forms().forms()) {
            for (Question q : f.questions()) {
                q.aspect().ifPresent(aspects::add);
                if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                    c.options().stream().map(Option::value).forEach(problems::add);
                }
            }
        }
        for (Target t : s.targets()) {
            TargetMetric m = t.metric();
            if (m.aspect().isPresent() && !aspects.contains(m.aspect().get())) {
                throw new IllegalArgumentException("target of " + t.process() + ": no form has the aspect \"" + m.aspect().get()
                        + "\" of " + m.path());
            }
            if (m.problem().isPresent() && !problems.contains(m.problem().get())) {
                throw new IllegalArgumentException("target of " + t.process() + ": no form has the problem \"" + m.problem().get()
                        + "\" of " + m.path());
            }
        }
    }
}
