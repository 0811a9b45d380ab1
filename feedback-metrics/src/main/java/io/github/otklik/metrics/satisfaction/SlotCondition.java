package io.github.otklik.metrics.satisfaction;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.Condition;

import java.util.List;
import java.util.Map;

/**
 * A form's {@code visibleIf} {@link Condition} compiled against a {@link FormPlan}'s slots: every
 * question it names is a slot holding the response's answer (null when not answered), so that
 * evaluating it looks nothing up. It holds exactly when
 * {@link io.github.otklik.forms.validation.Visibility#holds} holds on the answers the slots came
 * from. Immutable.
 */
final class SlotCondition {
    private static final int EQUALS = 0;
    private static final int IN = 1;
    private static final int ANSWERED = 2;
    private static final int ALL = 3;
    private static final int ANY = 4;
    private static final int NOT = 5;

    private final int op;
    private final int slot;
    private final boolean answered;
    private final AnswerValue[] values;
    private final SlotCondition[] parts;

    private SlotCondition(int op, int slot, boolean answered, AnswerValue[] values, SlotCondition[] parts) {
        this.op = op;
        this.slot = slot;
        this.answered = answered;
        this.values = values;
        this.parts = parts;
    }

    /** {@code c} over the slots of the question ids in {@code slots}, which holds every id {@code c} references. */
    static SlotCondition of(Condition c, Map<String, Integer> slots) {
        if (c instanceof Condition.Equals e) {
            return new SlotCondition(EQUALS, slots.get(e.question()), false, new AnswerValue[] {e.value()}, null);
        } else if (c instanceof Condition.In in) {
            return new SlotCondition(IN, slots.get(in.question()), false, in.values().toArray(new AnswerValue[0]), null);
        } else if (c instanceof Condition.Answered a) {
            return new SlotCondition(ANSWERED, slots.get(a.question()), a.answered(), null, null);
        } else if (c instanceof Condition.All all) {
            return new SlotCondition(ALL, -1, false, null, all(all.conditions(), slots));
        } else if (c instanceof Condition.Any any) {
            return new SlotCondition(ANY, -1, false, null, all(any.conditions(), slots));
        } else {
            return new SlotCondition(NOT, -1, false, null, new SlotCondition[] {of(((Condition.Not) c).condition(), slots)});
        }
    }

    private static SlotCondition[] all(List<Condition> conditions, Map<String, Integer> slots) {
        return conditions.stream().map(x -> of(x, slots)).toArray(SlotCondition[]::new);
    }

    /** Whether the condition holds for the answers in {@code slots}. */
    boolean holds(AnswerValue[] slots) {
        switch (op) {
            case EQUALS:
                return matches(slots[slot], values[0]);
            case IN: {
                AnswerValue a = slots[slot];
                for (AnswerValue v : values) {
                    if (matches(a, v)) {
                        return true;
                    }
                }
                return false;
            }
            case ANSWERED:
                return (slots[slot] != null) == answered;
            case ALL:
                for (SlotCondition p : parts) {
                    if (!p.holds(slots)) {
                        return false;
                    }
                }
                return true;
            case ANY:
                for (SlotCondition p : parts) {
                    if (p.holds(slots)) {
                        return true;
                    }
                }
                return false;
            default:
                return !parts[0].holds(slots);
        }
    }

    /** Whether {@code answer} (null: not answered) is or contains {@code value}, as {@code Visibility} compares them. */
    private static boolean matches(AnswerValue answer, AnswerValue value) {
        if (answer == null) {
            return false;
        }
        if (answer instanceof AnswerValue.ArrayValue a) {
            return a.values().contains(value);
        }
        if (answer instanceof AnswerValue.TextValue t) {
            return value instanceof AnswerValue.TextValue v && t.value().equals(v.value());
        }
        if (answer instanceof AnswerValue.IntegerValue i) {
            return value instanceof AnswerValue.IntegerValue v && i.value() == v.value();
        }
        return answer.equals(value);
    }
}
