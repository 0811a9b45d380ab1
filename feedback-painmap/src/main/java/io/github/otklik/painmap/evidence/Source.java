package io.github.otklik.painmap.evidence;

/**
 * Where a piece of evidence comes from (источник сведений), in the order of {@code spec/painmap.md};
 * a pain point lists its evidence in this order.
 */
public enum Source {
    /** A problem code chosen in survey responses: count of base. */
    SURVEY_PROBLEM,
    /** A satisfaction aspect with dissatisfied answers: dissatisfied of answered. */
    SURVEY_ASPECT,
    /** An appeal reason of the process: count of the process's appeals. */
    APPEALS,
    /** A reason of negative process results: count of positive + negative results. */
    PROCESS_NEGATIVE,
    /** Appeals answered after their legal deadline (59-FZ): overdue of total. */
    LEGAL_DEADLINE,
    /** Free text of the process (survey comments, appeal texts) matching a theme: matching texts of the process's texts. */
    TEXT,
    /** An analyst's entry: focus group, interview, media, free text. */
    MANUAL;

    /** The source named exactly (case-sensitively) {@code name}. */
    public static java.util.Optional<Source> fromName(String name) {
        for (Source s : values()) {
            if (s.name().equals(name)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
