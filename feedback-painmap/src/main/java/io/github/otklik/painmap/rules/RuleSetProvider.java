package io.github.otklik.painmap.rules;

/**
 * A source of a rule set written in Java, for agencies whose rules the JSON format cannot express.
 * Providers are found with {@link java.util.ServiceLoader} only when asked, by {@link
 * RuleSets#load(String, ClassLoader)}: list the implementation's class name in
 * {@code META-INF/services/io.github.otklik.painmap.rules.RuleSetProvider}. Nothing is registered
 * globally.
 *
 * <pre>{@code
 * public final class RegionalRules implements RuleSetProvider {
 *     public String name() { return "regional"; }
 *     public RuleSet ruleSet() {
 *         return new RuleSet("regional", new ThresholdPrevalence(0.9, 0.2, 0.05, 50),
 *                 RuleSet.DEFAULT.impact(), RuleSet.DEFAULT.priority(), RuleSet.DEFAULT.deadline());
 *     }
 * }
 * }</pre>
 *
 * Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface RuleSetProvider {
    /** The name the rule set is loaded by; must equal {@code ruleSet().name()}. */
    String name();

    /** The rule set; it must be total and monotone ({@link RuleSetChecker}). */
    RuleSet ruleSet();
}
