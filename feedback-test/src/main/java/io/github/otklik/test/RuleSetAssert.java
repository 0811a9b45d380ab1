package io.github.otklik.test;

import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.RuleSetChecker;
import org.assertj.core.api.AbstractAssert;

import java.util.List;

/** AssertJ assertions on a rule set: {@code assertThat(ruleSet).isTotal().isMonotone()}, checked over the whole 3×3 lattice. */
public final class RuleSetAssert extends AbstractAssert<RuleSetAssert, RuleSet> {
    RuleSetAssert(RuleSet actual) {
        super(actual, RuleSetAssert.class);
    }

    /** Asserts every matrix cell and every deadline is decided. */
    public RuleSetAssert isTotal() {
        List<String> missing = RuleSetChecker.check(actual).stream().filter(p -> p.endsWith("is missing")).toList();
        if (!missing.isEmpty()) {
            throw failure("rule set \"%s\" is not total: %s", actual.name(), String.join("; ", missing));
        }
        return this;
    }

    /** Asserts raising prevalence or impact never lowers priority. */
    public RuleSetAssert isMonotone() {
        List<String> inverted = RuleSetChecker.check(actual).stream().filter(p -> p.startsWith("priority drops")).toList();
        if (!inverted.isEmpty()) {
            throw failure("rule set \"%s\" is not monotone: %s", actual.name(), String.join("; ", inverted));
        }
        return this;
    }
}
