/**
 * A test kit for users' own tests (add it with test scope): seeded generators of domain values
 * ({@link io.github.otklik.test.DomainGenerators}), QuickTheories adapters
 * ({@link io.github.otklik.test.OtklikGens}), and — for pain maps — assertions and a rule-set
 * contract test.
 */
package io.github.otklik.test;
