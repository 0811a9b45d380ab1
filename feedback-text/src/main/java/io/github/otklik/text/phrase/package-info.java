/**
 * Emerging phrases (выявление новых тем): one- to three-word stem phrases over-represented in the
 * texts of dissatisfied clients against the rest, scored by Dunning's G², in two mergeable passes of
 * bounded memory ({@link io.github.otklik.text.phrase.PhraseFinder} says how and in what figures).
 * Results split figures ({@link io.github.otklik.text.phrase.PhraseFigures}) from masked words
 * ({@link io.github.otklik.text.phrase.PhraseText}); neither may go into a public output. No method
 * accepts or returns {@code null}.
 */
package io.github.otklik.text.phrase;
