package io.github.otklik.test;

import io.github.otklik.painmap.rules.RuleSet;

/** The default rule set of spec/painmap.md passes the contract. */
class DefaultRuleSetContractTest extends RuleSetContract {
    @Override
    protected RuleSet ruleSet() {
        return RuleSet.DEFAULT;
    }
}
