package io.github.otklik.examples;

import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.test.RuleSetContract;

/** The agency's rule set passes the test kit's contract: total, monotone, deterministic, order-independent. */
class AgencyRulesTest extends RuleSetContract {
    @Override
    protected RuleSet ruleSet() {
        return AgencyRules.load();
    }
}
