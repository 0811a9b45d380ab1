/**
 * Building the pain map: {@link io.github.otklik.painmap.build.PainMapBuilder} turns a metrics
 * report grouped by process, the process registry, manual entries and a measures catalogue into a
 * {@link io.github.otklik.painmap.PainMap} under a rule set, and re-measures a map against a later
 * one.
 *
 * <p>The builder's parts are package-private types, each with its own tests: {@code BuildOptions}
 * (the resolved options), {@code EvidenceCollection} with {@code Candidate}, {@code
 * ProcessCandidates} and {@code ProblemInfo} (candidates and their evidence), {@code Decider} (the
 * one implementation of every decision step) and {@code Decision} (its explainable record, which
 * asks the decider's steps again to explain itself), {@code MapOrder} (the map order by packed
 * primitive keys), {@code TitleWording} and {@code RemeasurementRule}.
 *
 * <p>The builder is not thread-safe; everything else here is immutable and thread-safe. Every
 * method takes non-null arguments and returns non-null values.
 */
package io.github.otklik.painmap.build;
