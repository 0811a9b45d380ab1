/**
 * The report section "what clients write" (agency edition only): theme shares, emerging phrases and
 * masked quotes per process, from {@code feedback-text}.
 */
package io.github.otklik.report.text;
