/**
 * Exports of the pain map: {@code otklik-painmap/1} JSON ({@link
 * io.github.otklik.painmap.export.PainMapJson}), and the template's eight-column table (seed 004)
 * as CSV ({@link io.github.otklik.painmap.export.PainMapCsv}), Markdown ({@link
 * io.github.otklik.painmap.export.PainMapMarkdown}) and printable HTML ({@link
 * io.github.otklik.painmap.export.PainMapHtml}); the focused human views ({@link
 * io.github.otklik.painmap.export.Focus}: external and internal processes apart, HIGH and MEDIUM
 * points listed, the rest counted); and the public edition, "you said, we did" ({@link
 * io.github.otklik.painmap.export.PublicPainMap}). Each escapes every text for its format, so a
 * hostile title or measure ({@code =cmd|' /C calc'!A0}, {@code <script>}, {@code | pipe}) stays
 * inert text.
 *
 * <p>Stateless and thread-safe; output is a pure function of the map, byte for byte.
 */
package io.github.otklik.painmap.export;
