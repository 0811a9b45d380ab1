/**
 * A feedback store (хранилище обратной связи) on plain JDBC: {@link
 * io.github.otklik.jdbc.FeedbackStore} opens an H2 or PostgreSQL database, keeps its schema with
 * Flyway, imports responses, appeals and process instances idempotently and streams them back as
 * record sources for the metrics engine; it also keeps forms, pain maps and pain-point status
 * history. Parameters and results are non-null unless documented otherwise.
 */
package io.github.otklik.jdbc;
