package io.github.otklik.test;

import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.rules.RuleSet;

/** Entry point of Otklik's AssertJ assertions; import statically beside AssertJ's. */
public final class OtklikAssertions {
    private OtklikAssertions() {
    }

    /** Assertions on a pain map. */
    public static PainMapAssert assertThat(PainMap actual) {
        return new PainMapAssert(actual);
    }

    /** Assertions on a rule set. */
    public static RuleSetAssert assertThat(RuleSet actual) {
        return new RuleSetAssert(actual);
    }
}
