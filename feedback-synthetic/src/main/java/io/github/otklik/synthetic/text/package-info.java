/**
 * Plausible Russian free text for sample data — survey comments and appeal texts from a small
 * template grammar, deterministic by seed ({@link io.github.otklik.synthetic.text.SampleTexts}).
 */
package io.github.otklik.synthetic.text;
