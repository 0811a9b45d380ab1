/**
 * The analytic report of a period (аналитический отчёт, seed 002) as one self-contained HTML page
 * with SVG charts, in a public and an internal edition (seed 004).
 */
package io.github.otklik.report;
