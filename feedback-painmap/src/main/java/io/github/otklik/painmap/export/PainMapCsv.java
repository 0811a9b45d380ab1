package io.github.otklik.painmap.export;

import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link PainMap} as CSV with the template's eight columns (seed 004), headers in the
 * map's language, one row per point: comma-separated, UTF-8 with a BOM, CRLF after every row
 * (the header too), fields quoted as RFC 4180 requires (when they hold a comma, a quote, CR or
 * LF; quotes doubled). A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return gets a leading {@code '}, so spreadsheet software never runs it as a
 * formula. Thread-safe.
 */
public final class PainMapCsv {
    private PainMapCsv() {
    }

    /** The CSV text, starting with the BOM character U+FEFF. */
    public static String toCsv(PainMap map) {
        StringWriter w = new StringWriter();
        write(map, w);
        return w.toString();
    }

    /** Writes the CSV (BOM first) to {@code out}, which must encode UTF-8; flushed, not closed. */
    public static void write(PainMap map, Writer out) {
        try {
            out.write('\uFEFF');
            row(out, ExportWording.headers(map.lang()));
            for (PainPoint p : map.items()) {
                row(out, Columns.cells(p, map.lang()));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the CSV as UTF-8 bytes (BOM first) to {@code out}; flushed, not closed. */
    public static void write(PainMap map, OutputStream out) {
        write(map, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One field: neutralised against formula injection, then quoted when needed. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty()) {
            char c = v.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                v = "'" + v;
            }
        }
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
