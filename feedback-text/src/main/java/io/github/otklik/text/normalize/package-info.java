/**
 * Text normalisation of {@code spec/formats.md} §7: Unicode NFKC, lower case, {@code ё → е}, words,
 * Snowball stems (Russian or English), through a Lucene analysis chain; every word keeps its
 * offsets in the NFKC text and knows whether it is a number or a stop word. Everything here is
 * immutable and thread-safe; no method accepts or returns {@code null}.
 */
package io.github.otklik.text.normalize;
