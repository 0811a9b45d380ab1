/**
 * A test kit for users' own tests (add it with test scope): QuickTheories adapters
 * ({@link io.github.otklik.test.OtklikGens}) of the seeded generators of {@code feedback-synthetic}
 * ({@link io.github.otklik.synthetic.DomainGenerators}), and — for pain maps — rule-set and evidence
 * generators, AssertJ assertions and a rule-set contract test; and
 * {@link io.github.otklik.test.RecordSourceContract}, the contract test every record source (a
 * reader, a database table, a list) keeps. Parameters and results are non-null unless documented
 * otherwise.
 */
package io.github.otklik.test;
