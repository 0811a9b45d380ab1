/**
 * The metrics of {@code docs/metrics.md}: mergeable satisfaction, appeal and process aggregators,
 * the engine that runs them over the inputs, the {@code otklik-metrics/1} report and its JSON, and
 * the statistical primitives.
 */
module io.github.otklik.metrics {
    requires transitive io.github.otklik.forms;

    exports io.github.otklik.metrics;
    exports io.github.otklik.metrics.alert;
    exports io.github.otklik.metrics.appeal;
    exports io.github.otklik.metrics.disclosure;
    exports io.github.otklik.metrics.label;
    exports io.github.otklik.metrics.process;
    exports io.github.otklik.metrics.report;
    exports io.github.otklik.metrics.satisfaction;
    exports io.github.otklik.metrics.stats;
    exports io.github.otklik.metrics.target;
}
