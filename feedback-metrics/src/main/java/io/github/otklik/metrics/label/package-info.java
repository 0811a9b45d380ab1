/**
 * Labels: the names people read in place of codes ({@code otklik-classifier/1}, built-in short
 * names of the standard forms' codes, the domain's enums and target metrics in words) and dates in
 * words. {@link io.github.otklik.metrics.label.Labels} is the entry point.
 */
package io.github.otklik.metrics.label;
