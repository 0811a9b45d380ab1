package io.github.otklik.forms.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;

/**
 * The canonical template layout: two-space indentation, {@code "key": value}, every array element
 * on its own line, {@code []} and {@code {}} for empty containers (as JavaScript's
 * {@code JSON.stringify(value, null, 2)} writes them). Shared by every JSON export of this module.
 */
public final class CanonicalPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    /** A printer with the canonical layout. */
    public CanonicalPrettyPrinter() {
        super(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEntrySpacing(Separators.Spacing.NONE)
                .withArrayValueSpacing(Separators.Spacing.NONE));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
    }

    private CanonicalPrettyPrinter(CanonicalPrettyPrinter base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new CanonicalPrettyPrinter(this);
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
