package io.github.otklik.it.app;

import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.RuleSetProvider;

/** The agency's rule set: the default rules under its own name, provided as a service. */
public final class AgencyRules implements RuleSetProvider {
    @Override
    public String name() {
        return "agency";
    }

    @Override
    public RuleSet ruleSet() {
        return RuleSet.DEFAULT.withName("agency");
    }
}
