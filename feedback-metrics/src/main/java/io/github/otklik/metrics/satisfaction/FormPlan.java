package io.github.otklik.metrics.satisfaction;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.validation.CodeTable;
import io.github.otklik.forms.validation.CompiledCondition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the satisfaction metrics read from one form version, compiled once into flat arrays: the
 * distinct question ids whose answers a response's figures need (its <em>reads</em>, each looked
 * up once per response into a slot), the overall and aspect scales with their thresholds and
 * slots, the problem questions' slots, the union of their problem codes with an index by code, and
 * the overall question's visibility as a program over the slots. Immutable and thread-safe.
 */
final class FormPlan {
    final Form form;
    final String formId;
    final String formVersion;
    final ScaleQuestion overall;
    final int overallIndex;
    final List<String> aspectCodes = new ArrayList<>();
    final String[] problemCodes;

    /** The question ids read per response (interned, as the readers' answer keys are), in form order. */
    final String[] reads;
    /** Whether the problems' base needs the visibility of the overall question, so the reads include its conditions. */
    final boolean needsVisibility;
    final int overallSlot; // -1 without an overall question
    final long overallFrom;
    final long overallTo;
    final int[] aspectSlots;
    final long[] aspectFrom;
    final long[] aspectTo;
    final int[] problemSlots;

    // the questions up to the overall one: visibleIf as a program over the slots (or null), and the
    // slot of the question with the values that end the survey on it (or -1)
    private final CompiledCondition[] conditions;
    private final int[] endingSlots;
    private final CodeTable[] endingValues;
    private final CodeTable problemTable;

    FormPlan(Form form) {
        this.form = form;
        this.formId = form.id();
        this.formVersion = form.version();
        this.overall = form.overall().orElse(null);
        this.overallIndex = overall == null ? -1 : form.indexOf(overall.id());
        List<Question> questions = form.questions();
        Set<String> codes = new LinkedHashSet<>();
        List<ScaleQuestion> aspects = new ArrayList<>();
        List<ChoiceQuestion> problems = new ArrayList<>();
        for (Question q : questions) {
            if (q.role() == QuestionRole.ASPECT && q instanceof ScaleQuestion s && q.aspect().isPresent()) {
                aspects.add(s);
                aspectCodes.add(q.aspect().get());
            } else if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                problems.add(c);
                for (Option o : c.options()) {
                    codes.add(o.value());
                }
            }
        }
        this.problemCodes = codes.toArray(new String[0]);
        this.needsVisibility = overall != null && problemCodes.length > 0;

        // the visibility program first collects the ids its conditions read, in form order
        Map<String, Integer> slots = new LinkedHashMap<>();
        int upTo = needsVisibility ? overallIndex + 1 : 0;
        this.conditions = new CompiledCondition[upTo];
        this.endingSlots = new int[upTo];
        this.endingValues = new CodeTable[upTo];
        List<String> visibilityIds = new ArrayList<>();
        for (int i = 0; i < upTo; i++) {
            Question q = questions.get(i);
            // an earlier question matters only when it can end the survey; the overall one by its condition
            List<String> ending = i < overallIndex && q instanceof ChoiceQuestion c ? ending(c) : List.of();
            endingValues[i] = ending.isEmpty() ? null : new CodeTable(ending);
            boolean ends = endingValues[i] != null;
            if (ends || i == overallIndex) {
                q.visibleIf().ifPresent(c -> visibilityIds.addAll(c.references()));
            }
            if (ends) {
                visibilityIds.add(q.id());
            }
        }
        // every id read, in the order of the form's questions (answers are laid out in that order)
        Set<String> wanted = new LinkedHashSet<>(visibilityIds);
        if (overall != null) {
            wanted.add(overall.id());
        }
        aspects.forEach(q -> wanted.add(q.id()));
        problems.forEach(q -> wanted.add(q.id()));
        for (Question q : questions) {
            if (wanted.remove(q.id())) {
                slots.put(q.id().intern(), slots.size());
            }
        }
        for (String id : wanted) { // conditions on ids that are not questions of the form
            slots.put(id.intern(), slots.size());
        }
        this.reads = slots.keySet().toArray(new String[0]);

        for (int i = 0; i < upTo; i++) {
            Question q = questions.get(i);
            boolean ends = endingValues[i] != null;
            endingSlots[i] = ends ? slots.get(q.id()) : -1;
            conditions[i] = !ends && i != overallIndex ? null : q.visibleIf().map(c -> CompiledCondition.of(c, id -> slots.getOrDefault(id, -1))).orElse(null);
        }
        this.overallSlot = overall == null ? -1 : slots.get(overall.id());
        this.overallFrom = overall == null ? 0 : overall.satisfiedFrom();
        this.overallTo = overall == null ? 0 : overall.dissatisfiedTo();
        this.aspectSlots = new int[aspects.size()];
        this.aspectFrom = new long[aspects.size()];
        this.aspectTo = new long[aspects.size()];
        for (int i = 0; i < aspectSlots.length; i++) {
            ScaleQuestion q = aspects.get(i);
            aspectSlots[i] = slots.get(q.id());
            aspectFrom[i] = q.satisfiedFrom();
            aspectTo[i] = q.dissatisfiedTo();
        }
        this.problemSlots = problems.stream().mapToInt(q -> slots.get(q.id())).toArray();

        this.problemTable = new CodeTable(List.of(problemCodes));
    }

    /** The values that end the survey when chosen in {@code c} ({@link ChoiceQuestion#endsSurvey}: the first option with a value decides). */
    private static List<String> ending(ChoiceQuestion c) {
        Set<String> ending = new LinkedHashSet<>();
        for (Option o : c.options()) {
            if (c.endsSurvey(o.value())) {
                ending.add(o.value());
            }
        }
        return List.copyOf(ending);
    }

    /** Whether this is the plan of form {@code id} version {@code version}. */
    boolean isOf(String id, String version) {
        return formId.equals(id) && formVersion.equals(version);
    }

    /** Looks every read up in {@code answers}, into {@code slots[0, reads.length)} (null when not answered). */
    void read(Map<String, AnswerValue> answers, AnswerValue[] slots) {
        String[] ids = reads;
        for (int i = 0; i < ids.length; i++) {
            slots[i] = answers.get(ids[i]);
        }
    }

    /**
     * Whether the overall question is visible for the answers in {@code slots} (filled by
     * {@link #read}): its own condition holds and no earlier visible question chose a value that
     * ends the survey. Only for a plan that {@link #needsVisibility}.
     */
    boolean overallVisible(AnswerValue[] slots) {
        for (int i = 0; i < overallIndex; i++) {
            // a question that cannot end the survey does not change the overall question's visibility
            if (endingSlots[i] >= 0 && endingValues[i].chosenIn(slots[endingSlots[i]]) && (conditions[i] == null || conditions[i].holds(slots, Map.of()))) {
                return false;
            }
        }
        return conditions[overallIndex] == null || conditions[overallIndex].holds(slots, Map.of());
    }

    /** Position of {@code code} in {@link #problemCodes}, or −1. */
    int problemIndex(String code) {
        return problemTable.indexOf(code);
    }
}
