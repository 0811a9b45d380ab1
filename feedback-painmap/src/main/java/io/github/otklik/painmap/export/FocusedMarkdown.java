package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Grouping;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * The focused Markdown view of a pain map ({@link MapLayout}): a heading per part (external, then
 * internal processes), optionally a heading per group, a table of the template's eight columns with
 * the rows of each process together, and a line that counts the points not listed. Cells are escaped
 * as {@link PainMapMarkdown#escape} does; headings escape the same characters. Stateless.
 */
final class FocusedMarkdown {
    private FocusedMarkdown() {
    }

    static String render(PainMap map, Focus focus, Grouping by, ClientSides sides) {
        Language lang = map.lang();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(PainMapMarkdown.escape(ExportWording.title(lang))).append("\n\n")
                .append(PainMapMarkdown.escape(ExportWording.meta(map))).append("\n");
        for (MapLayout.Part part : MapLayout.parts(map, focus, by, sides)) {
            if (part.internal() && part.isEmpty()) {
                continue;
            }
            b.append("\n## ").append(PainMapMarkdown.escape(ViewWording.part(lang, part.internal()))).append("\n\n");
            if (part.isEmpty()) {
                b.append(PainMapMarkdown.escape(ViewWording.emptyPart(lang))).append('\n');
                continue;
            }
            b.append(PainMapMarkdown.escape(ViewWording.shown(lang, part.listed(), part.total()))).append('\n');
            for (MapLayout.Section s : part.sections()) {
                if (s.label() != null) {
                    b.append("\n### ").append(PainMapMarkdown.escape(s.label())).append('\n');
                }
                b.append('\n');
                table(b, s.blocks(), lang);
            }
            if (by == Grouping.LIFE_SITUATION || by == Grouping.TOUCHPOINT) {
                b.append('\n').append(PainMapMarkdown.escape(ViewWording.overlap(lang))).append('\n');
            }
            if (part.foldedByPriority() + part.foldedByEvidence() > 0) {
                b.append('\n').append(PainMapMarkdown.escape(ViewWording.folded(lang, part.foldedByPriority(), part.foldedByEvidence(), focus)))
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static void table(StringBuilder b, List<MapLayout.Block> blocks, Language lang) {
        row(b, ExportWording.headers(lang));
        b.append('|');
        for (int i = 0; i < Columns.COUNT; i++) {
            b.append(" --- |");
        }
        b.append('\n');
        for (MapLayout.Block block : blocks) {
            for (PainPoint p : block.points()) {
                List<String> cells = new ArrayList<>(Columns.cells(p, lang));
                cells.set(6, ViewWording.responsible(lang, p));
                row(b, cells);
            }
        }
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(PainMapMarkdown.escape(c)).append(" |");
        }
        b.append('\n');
    }
}
