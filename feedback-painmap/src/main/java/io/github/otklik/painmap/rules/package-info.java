/**
 * The rules of the pain map (правила карты болей): how prevalence, impact, priority and deadline
 * are decided, as four small interfaces ({@link io.github.otklik.painmap.rules.PrevalenceRule},
 * {@link io.github.otklik.painmap.rules.ImpactRule}, {@link
 * io.github.otklik.painmap.rules.PriorityRule}, {@link io.github.otklik.painmap.rules.DeadlinePolicy})
 * bundled in a named {@link io.github.otklik.painmap.rules.RuleSet}.
 *
 * <p>The built-in rule set is {@link io.github.otklik.painmap.rules.RuleSet#DEFAULT}, exactly as
 * {@code spec/painmap.md} writes it. Others come from {@code otklik-painmap-rules/1} JSON ({@link
 * io.github.otklik.painmap.rules.RuleSetJson}) or from Java ({@link
 * io.github.otklik.painmap.rules.RuleSetProvider}, found by {@link
 * io.github.otklik.painmap.rules.RuleSets#load} through {@link java.util.ServiceLoader}, never by
 * static registration). Every rule set is checked for totality and monotonicity by {@link
 * io.github.otklik.painmap.rules.RuleSetChecker} before it is used.
 *
 * <p>The rule types here are immutable and thread-safe; every method takes non-null arguments and
 * returns non-null values.
 */
package io.github.otklik.painmap.rules;
