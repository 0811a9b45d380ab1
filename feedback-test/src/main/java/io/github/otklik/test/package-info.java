/**
 * A test kit for users' own tests (add it with test scope): seeded generators of domain values
 * ({@link io.github.otklik.test.DomainGenerators}), QuickTheories adapters
 * ({@link io.github.otklik.test.OtklikGens}), for pain maps assertions and a rule-set contract
 * test, and {@link io.github.otklik.test.RecordSourceContract}, the contract test every record
 * source (a reader, a database table, a list) keeps.
 */
package io.github.otklik.test;
