package io.github.otklik.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 rows of a CSV input with the physical line each starts at, read by Jackson's CSV
 * parser. Empty lines are skipped (but counted); a leading BOM is ignored; values are not trimmed.
 * After an unterminated quote, {@link #next()} throws {@link UnterminatedQuoteException} carrying
 * the line where the broken field starts. Not thread-safe.
 */
final class CsvRows implements AutoCloseable {
    private final CsvParser parser;
    private String[] values = new String[16];
    private int width;
    private long line;

    CsvRows(CsvFactory factory, InputStream in) throws IOException {
        this.parser = factory.createParser(in);
        parser.disable(CsvParser.Feature.TRIM_SPACES);
    }

    /** Reads the next non-empty row; false at the end of input. */
    boolean next() throws IOException {
        do {
            if (!nextRow()) {
                return false;
            }
        } while (width == 1 && isBlank(values[0]));
        return true;
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    // Jackson reports the START_ARRAY of a row at the previous row's end, so the row's line is
    // taken from its first value; the line where a field starts is the line where the previous
    // one ended (a delimiter never crosses a line break).
    private boolean nextRow() throws IOException {
        width = 0;
        long fieldLine = -1;
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return false;
            }
            if (t != JsonToken.START_ARRAY) {
                throw new IllegalStateException("unexpected CSV token " + t);
            }
            fieldLine = parser.currentLocation().getLineNr();
            line = fieldLine;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new UnterminatedQuoteException(fieldLine);
                }
                if (width == 0) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                if (width == values.length) {
                    values = Arrays.copyOf(values, width * 2);
                }
                values[width++] = parser.getText();
                fieldLine = parser.currentLocation().getLineNr();
            }
            return true;
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.contains("quote")) {
                throw new UnterminatedQuoteException(fieldLine < 0 ? parser.currentLocation().getLineNr() : fieldLine);
            }
            throw new IOException("malformed CSV at line " + parser.currentLocation().getLineNr() + ": " + message, e);
        }
    }

    /** Physical line where the current row starts, from 1. */
    long line() {
        return line;
    }

    /** Fields of the current row: the first {@link #width()} of {@link #values()}. */
    List<String> fields() {
        return Arrays.asList(values).subList(0, width);
    }

    /** The values of the current row (from index 0; the array is reused by the next row). */
    String[] values() {
        return values;
    }

    /** The number of fields of the current row. */
    int width() {
        return width;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** An unterminated quoted field: the rest of the input cannot be read. */
    static final class UnterminatedQuoteException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        UnterminatedQuoteException(long line) {
            super("unterminated quote in a field starting at line " + line);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
