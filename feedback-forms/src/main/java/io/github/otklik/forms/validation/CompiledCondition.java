package io.github.otklik.forms.validation;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.Condition;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A {@code visibleIf} {@link Condition} compiled against question positions: every referenced
 * question resolved to its position, so that evaluating it reads a response's answers by position
 * instead of looking them up by id. Holds exactly when {@link Visibility#holds(Condition, Map)}
 * does. The validator's checks and the metrics' satisfaction plans use it. Immutable and
 * thread-safe.
 */
public abstract sealed class CompiledCondition {
    /** Package-private: the kinds are this class's own. */
    CompiledCondition() {
    }

    /**
     * Whether the condition holds.
     *
     * @param byPosition {@code byPosition[i]}: the answer to the question at position {@code i}, or
     *     {@code null} when it is not answered
     * @param answers the response's answers, for a referenced question that has no position
     * @return whether the condition holds
     */
    public abstract boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers);

    /**
     * Compiles {@code condition}.
     *
     * @param condition the condition
     * @param ids the position of a question id, or −1 when it has none (its answer is then looked
     *     up by id)
     * @return the compiled condition
     */
    public static CompiledCondition of(Condition condition, ToIntFunction<String> ids) {
        if (condition instanceof Condition.Equals e) {
            return new Equals(Ref.of(e.question(), ids), e.value());
        } else if (condition instanceof Condition.In in) {
            return new In(Ref.of(in.question(), ids), in.values().toArray(new AnswerValue[0]));
        } else if (condition instanceof Condition.Answered a) {
            return new Answered(Ref.of(a.question(), ids), a.answered());
        } else if (condition instanceof Condition.All all) {
            return new All(all(all.conditions(), ids));
        } else if (condition instanceof Condition.Any any) {
            return new Any(all(any.conditions(), ids));
        }
        return new Not(of(((Condition.Not) condition).condition(), ids));
    }

    private static CompiledCondition[] all(List<Condition> conditions, ToIntFunction<String> ids) {
        CompiledCondition[] out = new CompiledCondition[conditions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(conditions.get(i), ids);
        }
        return out;
    }

    /** A referenced question: its position in the form, or its id when the form has no such question. */
    record Ref(int position, String id) {
        static Ref of(String id, ToIntFunction<String> ids) {
            return new Ref(ids.applyAsInt(id), id);
        }

        AnswerValue get(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            return position >= 0 ? byPosition[position] : answers.get(id);
        }

        boolean answered(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            return position >= 0 ? byPosition[position] != null : answers.containsKey(id);
        }
    }

    /** {@link Condition.Equals}. */
    static final class Equals extends CompiledCondition {
        private final Ref ref;
        private final AnswerValue value;

        Equals(Ref ref, AnswerValue value) {
            this.ref = ref;
            this.value = value;
        }

        @Override
        public boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            return Visibility.matches(ref.get(byPosition, answers), value);
        }
    }

    /** {@link Condition.In}. */
    static final class In extends CompiledCondition {
        private final Ref ref;
        private final AnswerValue[] values;

        In(Ref ref, AnswerValue[] values) {
            this.ref = ref;
            this.values = values;
        }

        @Override
        public boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            AnswerValue a = ref.get(byPosition, answers);
            if (a == null) {
                return false;
            }
            for (AnswerValue v : values) {
                if (Visibility.matches(a, v)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@link Condition.Answered}. */
    static final class Answered extends CompiledCondition {
        private final Ref ref;
        private final boolean answered;

        Answered(Ref ref, boolean answered) {
            this.ref = ref;
            this.answered = answered;
        }

        @Override
        public boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            return ref.answered(byPosition, answers) == answered;
        }
    }

    /** {@link Condition.All}. */
    static final class All extends CompiledCondition {
        private final CompiledCondition[] guards;

        All(CompiledCondition[] guards) {
            this.guards = guards;
        }

        @Override
        public boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            for (CompiledCondition g : guards) {
                if (!g.holds(byPosition, answers)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@link Condition.Any}. */
    static final class Any extends CompiledCondition {
        private final CompiledCondition[] guards;

        Any(CompiledCondition[] guards) {
            this.guards = guards;
        }

        @Override
        public boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            for (CompiledCondition g : guards) {
                if (g.holds(byPosition, answers)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@link Condition.Not}. */
    static final class Not extends CompiledCondition {
        private final CompiledCondition guard;

        Not(CompiledCondition guard) {
            this.guard = guard;
        }

        @Override
        public boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            return !guard.holds(byPosition, answers);
        }
    }
}
