package io.github.otklik.forms.export.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;

/**
 * The layout of exported schemas: two-space indentation, LF, {@code "key": value}, every array
 * element on its own line and {@code []} / {@code {}} for empty containers (as JavaScript's
 * {@code JSON.stringify(value, null, 2)} writes them, and as the canonical templates look).
 */
final class SchemaPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    SchemaPrettyPrinter() {
        super(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEntrySpacing(Separators.Spacing.NONE)
                .withArrayValueSpacing(Separators.Spacing.NONE));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
    }

    private SchemaPrettyPrinter(SchemaPrettyPrinter base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new SchemaPrettyPrinter(this);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (nrOfValues == 0) {
            _nesting--;
            g.writeRaw(']');
            return;
        }
        super.writeEndArray(g, nrOfValues);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        if (nrOfEntries == 0) {
            _nesting--;
            g.writeRaw('}');
            return;
        }
        super.writeEndObject(g, nrOfEntries);
    }
}
