package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;

import java.time.LocalDate;
import java.util.List;

import static io.github.otklik.core.text.Html.escape;

/** Table cells the pain-map HTML views share: the measures as a list, a deadline in words. Stateless. */
final class HtmlCells {
    private HtmlCells() {
    }

    /** Appends {@code measures} as an escaped list (nothing when there are none). */
    static void measures(StringBuilder b, List<String> measures) {
        if (measures.isEmpty()) {
            return;
        }
        b.append("<ul>");
        for (String m : measures) {
            b.append("<li>").append(escape(m)).append("</li>");
        }
        b.append("</ul>");
    }

    /** Appends a {@code date} cell: the date in words, its ISO form in {@code <time datetime>}. */
    static void deadline(StringBuilder b, LocalDate deadline, Language lang) {
        b.append("<td class=\"date\"><time datetime=\"").append(deadline).append("\">")
                .append(escape(ExportWording.date(deadline, lang))).append("</time></td>");
    }
}
