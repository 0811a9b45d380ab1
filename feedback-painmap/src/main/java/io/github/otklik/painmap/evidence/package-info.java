/**
 * Evidence of pain points (сведения о болях клиентов): the closed set of {@link
 * io.github.otklik.painmap.evidence.Source sources} of {@code spec/painmap.md} and one {@link
 * io.github.otklik.painmap.evidence.Evidence} variant per source, each with its measured {@link
 * io.github.otklik.painmap.evidence.Proportion} x of n and Wilson lower bound.
 *
 * <p>Every type is an immutable value; every method takes non-null arguments and returns non-null
 * values.
 */
package io.github.otklik.painmap.evidence;
