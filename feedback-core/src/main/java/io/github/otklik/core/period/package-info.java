/** Reporting periods (отчётные периоды) and their zone-aware membership. */
package io.github.otklik.core.period;
