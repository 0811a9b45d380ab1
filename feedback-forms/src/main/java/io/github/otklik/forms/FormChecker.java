package io.github.otklik.forms;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules every {@code otklik-form/1} template obeys: well-formed id and codes, unique question
 * ids and option values, {@code visibleIf} only on earlier questions and on values those questions
 * can take, at most one {@code overall} question and it a scale, aspect and segment codes where
 * their roles need them, {@code min ≤ dissatisfiedTo < satisfiedFrom ≤ max} on scales, options on
 * choice questions, Russian text everywhere. Paths name questions by id
 * ({@code questions.overall.min}).
 */
public final class FormChecker {
    private FormChecker() {
    }

    /** Every problem of {@code form}, in question order; empty when valid. */
    public static List<Violation> check(Form form) {
        List<Violation> out = new ArrayList<>();
        if (!Identifiers.isIdentifier(form.id())) {
            out.add(new Violation("id", "malformed form id " + Identifiers.describe(form.id())));
        }
        if (!Identifiers.isIdentifier(form.version())) {
            out.add(new Violation("version", "malformed version " + Identifiers.describe(form.version())));
        }
        text(form.title(), "title", out);
        form.description().ifPresent(d -> text(d, "description", out));
        Map<String, Question> earlier = new HashMap<>();
        Set<String> all = new HashSet<>();
        form.questions().forEach(q -> all.add(q.id()));
        int overall = 0;
        for (int i = 0; i < form.questions().size(); i++) {
            Question q = form.questions().get(i);
            String path = "questions." + (Identifiers.isCode(q.id()) ? q.id() : "[" + i + "]");
            if (!Identifiers.isCode(q.id())) {
                out.add(new Violation(path + ".id", "malformed question id " + Identifiers.describe(q.id())));
            }
            if (earlier.containsKey(q.id())) {
                out.add(new Violation(path + ".id", "duplicate question id " + q.id()));
            }
            text(q.text(), path + ".text", out);
            role(q, path, out);
            if (q.role() == QuestionRole.OVERALL) {
                overall++;
                if (overall == 2) {
                    out.add(new Violation(path + ".role", "a form has at most one overall question; " + q.id() + " is the second"));
                }
            }
            typeRules(q, path, out);
            if (q.visibleIf().isPresent()) {
                condition(q.visibleIf().get(), q, earlier, all, path + ".visibleIf", out);
            }
            earlier.putIfAbsent(q.id(), q);
        }
        return out;
    }

    private static void text(LocalizedText t, String path, List<Violation> out) {
        if (t.ru().isBlank()) {
            out.add(new Violation(path + ".ru", "Russian text is missing"));
        }
    }

    private static void role(Question q, String path, List<Violation> out) {
        switch (q.role()) {
            case OVERALL -> {
                if (!(q instanceof ScaleQuestion)) {
                    out.add(new Violation(path + ".type", "the overall question must be a scale, not " + q.type().wireName()));
                }
            }
            case ASPECT -> {
                if (!(q instanceof ScaleQuestion)) {
                    out.add(new Violation(path + ".type", "an aspect question must be a scale, not " + q.type().wireName()));
                }
                if (q.aspect().isEmpty()) {
                    out.add(new Violation(path + ".aspect", "an aspect question needs an aspect code"));
                } else if (!Identifiers.isCode(q.aspect().get())) {
                    out.add(new Violation(path + ".aspect", "malformed aspect code " + Identifiers.describe(q.aspect().get())));
                }
            }
            case PROBLEM -> {
                if (!(q instanceof ChoiceQuestion)) {
                    out.add(new Violation(path + ".type", "a problem question must be single or multi, not " + q.type().wireName()));
                }
            }
            case SEGMENT -> {
                if (q.segment().isEmpty()) {
                    out.add(new Violation(path + ".segment", "a segment question needs a segment name"));
                } else if (!Identifiers.isCode(q.segment().get())) {
                    out.add(new Violation(path + ".segment", "malformed segment name " + Identifiers.describe(q.segment().get())));
                }
            }
            default -> {
            }
        }
        if (q.role() != QuestionRole.ASPECT && q.aspect().isPresent()) {
            out.add(new Violation(path + ".aspect", "only aspect questions have an aspect code"));
        }
        if (q.role() != QuestionRole.SEGMENT && q.segment().isPresent()) {
            out.add(new Violation(path + ".segment", "only segment questions have a segment name"));
        }
    }

    private static void typeRules(Question q, String path, List<Violation> out) {
        if (q instanceof ChoiceQuestion c) {
            if (c.options().isEmpty()) {
                out.add(new Violation(path + ".options", "a " + c.type().wireName() + " question needs options"));
            }
            Set<String> values = new HashSet<>();
            for (int j = 0; j < c.options().size(); j++) {
                Option o = c.options().get(j);
                String op = path + ".options[" + j + "]";
                if (o.value().isEmpty()) {
                    out.add(new Violation(op + ".value", "option without a value"));
                } else if (!Identifiers.isCode(o.value())) {
                    out.add(new Violation(op + ".value", "malformed option value " + Identifiers.describe(o.value())));
                } else if (!values.add(o.value())) {
                    out.add(new Violation(op + ".value", "duplicate option value " + o.value()));
                }
                text(o.text(), op + ".text", out);
            }
        } else if (q instanceof ScaleQuestion s) {
            if (s.min() >= s.max()) {
                out.add(new Violation(path + ".max", "scale max " + s.max() + " must be greater than min " + s.min()));
            } else if (!(s.min() <= s.dissatisfiedTo() && s.dissatisfiedTo() < s.satisfiedFrom() && s.satisfiedFrom() <= s.max())) {
                boolean defaults = s.explicitSatisfiedFrom().isEmpty() && s.explicitDissatisfiedTo().isEmpty();
                out.add(new Violation(path + (s.explicitSatisfiedFrom().isPresent() ? ".satisfiedFrom" : ".dissatisfiedTo"),
                        "scale thresholds out of order: need min ≤ dissatisfiedTo < satisfiedFrom ≤ max, have "
                                + s.min() + " ≤ " + s.dissatisfiedTo() + " < " + s.satisfiedFrom() + " ≤ " + s.max()
                                + (defaults ? " (a scale of fewer than 4 points must set satisfiedFrom and dissatisfiedTo)" : "")));
            }
        } else if (q instanceof NumberQuestion n) {
            if (n.min().isPresent() && n.max().isPresent() && n.min().get().compareTo(n.max().get()) > 0) {
                out.add(new Violation(path + ".max", "number max " + n.max().get() + " is below min " + n.min().get()));
            }
        }
    }

    private static void condition(Condition c, Question owner, Map<String, Question> earlier, Set<String> all,
            String path, List<Violation> out) {
        if (c instanceof Condition.All a) {
            if (a.conditions().isEmpty()) {
                out.add(new Violation(path, "\"all\" needs at least one condition"));
            }
            a.conditions().forEach(x -> condition(x, owner, earlier, all, path, out));
        } else if (c instanceof Condition.Any a) {
            if (a.conditions().isEmpty()) {
                out.add(new Violation(path, "\"any\" needs at least one condition"));
            }
            a.conditions().forEach(x -> condition(x, owner, earlier, all, path, out));
        } else if (c instanceof Condition.Not n) {
            condition(n.condition(), owner, earlier, all, path, out);
        } else {
            String ref = c.references().get(0);
            Question target = earlier.get(ref);
            if (target == null) {
                out.add(new Violation(path, ref.equals(owner.id()) ? "visibleIf of " + owner.id() + " refers to itself"
                        : all.contains(ref) ? "visibleIf of " + owner.id() + " refers to a later question " + ref
                        : "visibleIf of " + owner.id() + " refers to an unknown question " + Identifiers.describe(ref)));
                return;
            }
            List<AnswerValue> values = c instanceof Condition.Equals e ? List.of(e.value())
                    : c instanceof Condition.In in ? in.values() : List.of();
            if (c instanceof Condition.In in && in.values().isEmpty()) {
                out.add(new Violation(path, "\"in\" needs at least one value"));
            }
            for (AnswerValue v : values) {
                if (!canTake(target, v)) {
                    out.add(new Violation(path, "visibleIf of " + owner.id() + " compares " + ref + " with "
                            + show(v) + ", a value it can never have"));
                }
            }
        }
    }

    /** Whether question {@code q} can have an answer that equals {@code v} (for multi: contain it). */
    static boolean canTake(Question q, AnswerValue v) {
        if (q instanceof ChoiceQuestion c) {
            return v instanceof AnswerValue.TextValue t && c.option(t.value()).isPresent();
        } else if (q instanceof ScaleQuestion s) {
            if (v.isDontKnow()) {
                return s.dontKnow();
            }
            return v instanceof AnswerValue.IntegerValue i && i.value() >= s.min() && i.value() <= s.max();
        } else if (q instanceof BooleanQuestion) {
            return v instanceof AnswerValue.BooleanValue;
        } else if (q instanceof TextQuestion) {
            return v instanceof AnswerValue.TextValue;
        } else {
            return v instanceof AnswerValue.IntegerValue || v instanceof AnswerValue.DecimalValue;
        }
    }

    static String show(AnswerValue v) {
        if (v instanceof AnswerValue.TextValue t) {
            return Identifiers.describe(t.value());
        } else if (v instanceof AnswerValue.IntegerValue i) {
            return Long.toString(i.value());
        } else if (v instanceof AnswerValue.DecimalValue d) {
            return io.github.otklik.forms.validation.Numbers.show(d.value());
        } else if (v instanceof AnswerValue.BooleanValue b) {
            return Boolean.toString(b.value());
        }
        return v.typeName();
    }
}
