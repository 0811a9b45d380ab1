/**
 * The store's Flyway migrations ({@code V1__feedback_store.sql}, portable SQL for H2 and
 * PostgreSQL), kept apart from the default {@code db/migration}. Resources only.
 */
package io.github.otklik.jdbc.migration;
