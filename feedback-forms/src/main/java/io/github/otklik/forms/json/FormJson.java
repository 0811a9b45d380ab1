package io.github.otklik.forms.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otklik.core.config.ConfigException;
import io.github.otklik.core.config.JsonConfig;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.InvalidFormException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes form templates in the canonical {@code otklik-form/1} JSON. Reading is strict
 * ({@link JsonConfig}: UTF-8, one JSON value, no repeated key, no unknown field, every field of
 * its type) and reports every structural problem with its path, then checks the form with
 * {@link io.github.otklik.forms.FormChecker}; writing produces the canonical layout (two-space
 * indentation, fixed key order), so that export → read gives an equal form. Thread-safe.
 */
public final class FormJson {
    /** The kind of file, as configuration messages name it. */
    static final String WHAT = "form template";
    private final JsonFactory factory = new JsonFactory();

    /** A reader and writer of form templates. */
    public FormJson() {
    }

    /**
     * Reads one template.
     *
     * @param in the template's bytes (UTF-8; not closed)
     * @param source the file's name, for messages
     * @return the form
     * @throws InvalidFormException listing every problem when the JSON is not a valid template
     * @throws UncheckedIOException when reading fails
     */
    public Form read(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FormReader reader = new FormReader();
        Form.Builder b;
        try {
            b = JsonConfig.read(new ByteArrayInputStream(bytes), WHAT, source, reader::read);
        } catch (ConfigException e) {
            throw new InvalidFormException(reader.formId().orElse(source), reader.withQuestionIds(e.problems()));
        }
        return b.build();
    }

    /**
     * Reads one template from a string.
     *
     * @param json the template
     * @param source the file's name, for messages
     * @return the form
     * @throws InvalidFormException listing every problem when the JSON is not a valid template
     */
    public Form read(String json, String source) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    // ------------------------------------------------------------------ writing

    /**
     * The canonical JSON of {@code form}, ending with a newline.
     *
     * @param form the form
     * @return its template
     */
    public String write(Form form) {
        StringWriter w = new StringWriter();
        write(form, w);
        return w.toString();
    }

    /**
     * Writes the canonical JSON of {@code form} to {@code out} (not closed), ending with a newline.
     *
     * @param form the form
     * @param out where to write
     * @throws UncheckedIOException when writing fails
     */
    public void write(Form form, Writer out) {
        try {
            JsonGenerator g = factory.createGenerator(out);
            g.setPrettyPrinter(new CanonicalPrettyPrinter());
            FormWriter.write(form, g);
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
