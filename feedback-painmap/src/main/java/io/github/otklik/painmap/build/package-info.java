/**
 * Building the pain map: {@link io.github.otklik.painmap.build.PainMapBuilder} turns a metrics
 * report grouped by process, the process registry, manual entries and a measures catalogue into a
 * {@link io.github.otklik.painmap.PainMap} under a rule set, and re-measures a map against a later
 * one.
 *
 * <p>The builder is not thread-safe; everything else here is immutable and thread-safe. Every
 * method takes non-null arguments and returns non-null values.
 */
package io.github.otklik.painmap.build;
