/**
 * Feedback instruments (инструменты обратной связи), the purposes they serve and the
 * {@link io.github.otklik.core.instrument.InstrumentSelector} that ranks them for a purpose and
 * the agency's resources (seed 000, п. 3–5). Every public method takes and returns non-null values.
 */
package io.github.otklik.core.instrument;
