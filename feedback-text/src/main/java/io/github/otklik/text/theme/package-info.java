/**
 * Text themes ({@code otklik-text-themes/1}, {@code spec/formats.md} §7): catalogues (the standard
 * one for the standard forms' problem codes, an agency's file, both), the strict file reader and
 * writer, matching by consecutive stems with excludes, and mergeable counts per process — the
 * figures behind the pain map's {@code TEXT} evidence. Results are figures only; no text leaves
 * this package. No method accepts or returns {@code null}.
 */
package io.github.otklik.text.theme;
