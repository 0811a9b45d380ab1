package io.github.otklik.examples;

import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.RuleSetChecker;
import io.github.otklik.painmap.rules.RuleSetJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Example 3 — an agency's own pain-map rule set: appeals weigh more (every appeal reason has high
 * impact, complaints count from 30 %) and deadlines are shorter. It lives as JSON beside the code
 * and is checked by the {@code RuleSetContract} test of the test kit.
 */
public final class AgencyRules {
    private AgencyRules() {
    }

    /** The agency's rule set, loaded and checked (total and monotone). */
    public static RuleSet load() {
        try (InputStream in = AgencyRules.class.getResourceAsStream("/minsoc-rules.json")) {
            return RuleSetChecker.requireValid(RuleSetJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "minsoc-rules.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
