package io.github.otklik.metrics.report;

/** Who a metrics report is for: the agency itself, or the public (generalized results, seed 004). */
public enum ReportAudience {
    /** Everything, including appeals, process indicators and internal forms. */
    INTERNAL("internal"),
    /** No appeals, no process indicators, no internal forms, small cells suppressed. */
    PUBLIC("public");

    private final String wireName;

    ReportAudience(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in JSON and on the command line. */
    public String wireName() {
        return wireName;
    }

    /** The audience named {@code name}, or throws {@link IllegalArgumentException}. */
    public static ReportAudience fromWireName(String name) {
        for (ReportAudience a : values()) {
            if (a.wireName.equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown audience \"" + name + "\" (expected internal or public)");
    }
}
