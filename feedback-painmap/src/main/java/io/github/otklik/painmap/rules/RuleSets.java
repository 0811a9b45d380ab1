package io.github.otklik.painmap.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Finds rule sets by name: {@code default} is {@link RuleSet#DEFAULT}; any other name is looked up
 * among the {@link RuleSetProvider}s that {@link ServiceLoader} finds through the given class
 * loader, at the moment of the call (nothing is cached or registered). A provider may not replace
 * {@code default}. Stateless and thread-safe.
 */
public final class RuleSets {
    private RuleSets() {
    }

    /**
     * The rule set named {@code name}, checked with {@link RuleSetChecker}.
     *
     * @throws IllegalArgumentException when no rule set has that name (the message lists the
     *         available ones), or the provider's rule set is misnamed, not total or not monotone
     */
    public static RuleSet load(String name, ClassLoader loader) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(loader, "loader");
        if (RuleSet.DEFAULT.name().equals(name)) {
            return RuleSet.DEFAULT;
        }
        for (RuleSetProvider p : ServiceLoader.load(RuleSetProvider.class, loader)) {
            if (name.equals(p.name())) {
                RuleSet rules = p.ruleSet();
                if (!name.equals(rules.name())) {
                    throw new IllegalArgumentException("rule set provider " + p.getClass().getName() + " is named \"" + name
                            + "\" but its rule set is named \"" + rules.name() + "\"");
                }
                return RuleSetChecker.requireValid(rules);
            }
        }
        throw new IllegalArgumentException("no rule set named \"" + name + "\" (available: " + String.join(", ", available(loader)) + ")");
    }

    /** The names of the available rule sets: {@code default}, then the providers' in discovery order. */
    public static List<String> available(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        names.add(RuleSet.DEFAULT.name());
        for (RuleSetProvider p : ServiceLoader.load(RuleSetProvider.class, loader)) {
            if (!names.contains(p.name())) {
                names.add(p.name());
            }
        }
        return List.copyOf(names);
    }
}
