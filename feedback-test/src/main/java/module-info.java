/**
 * A test kit for users' own tests: QuickTheories adapters of the synthetic generators, rule-set and
 * evidence generators, AssertJ assertions and the rule-set contract test. QuickTheories has no
 * module name of its own and is read as the automatic module {@code quicktheories}. The package is
 * open so that JUnit can run the inherited tests of {@code RuleSetContract}.
 */
module io.github.otklik.test {
    requires transitive io.github.otklik.painmap;
    requires transitive io.github.otklik.synthetic;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires transitive quicktheories;

    exports io.github.otklik.test;
    opens io.github.otklik.test;
}
