/** The analytic report of a period: one self-contained HTML page with SVG charts, internal and public editions. */
module io.github.otklik.report {
    requires transitive io.github.otklik.metrics;

    exports io.github.otklik.report;
}
