/**
 * The analytic report of a period: one self-contained HTML page with SVG charts, agency and public
 * editions, and the section on what clients write.
 */
module io.github.otklik.report {
    requires transitive io.github.otklik.metrics;
    requires transitive io.github.otklik.text;

    exports io.github.otklik.report;
    exports io.github.otklik.report.text;
}
