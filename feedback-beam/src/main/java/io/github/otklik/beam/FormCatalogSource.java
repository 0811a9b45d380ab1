package io.github.otklik.beam;

import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.json.FormJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link FormCatalog} that can travel to a pipeline's workers: a {@code FormCatalog} is not
 * serialisable, so this keeps what it is built from — the standard templates (always, from the
 * classpath) plus the JSON text of the agency's own {@code otklik-form/1} templates — and builds
 * the catalog where it is needed, once per instance (the result is cached in a transient field,
 * so each deserialised copy on a worker builds it once, lazily). Immutable configuration;
 * {@link #get()} is thread-safe.
 *
 * <pre>{@code
 * FormCatalogSource forms = FormCatalogSource.standard().withDirectory(Path.of("forms"));
 * FormCatalog catalog = forms.get(); // the same forms as FormCatalog.builder().standard().directory(dir).build()
 * }</pre>
 */
public final class FormCatalogSource implements SerializableSupplier<FormCatalog> {
    private static final long serialVersionUID = 1L;

    /** Template source name → template JSON, in load order. */
    private final LinkedHashMap<String, String> templates;
    private transient volatile FormCatalog catalog;

    private FormCatalogSource(Map<String, String> templates) {
        this.templates = new LinkedHashMap<>(templates);
    }

    /**
     * The eleven standard templates only.
     *
     * @return the eleven standard templates only
     */
    public static FormCatalogSource standard() {
        return new FormCatalogSource(Map.of());
    }

    /**
     * These forms plus one template given as JSON text, named {@code source} in error messages.
     * The template is checked now, so that a bad one fails when the pipeline is built.
     *
     * @param source the template's name, for messages
     * @param json the template ({@code otklik-form/1})
     * @return a source with the template too
     * @throws io.github.otklik.forms.InvalidFormException when the template is invalid or repeats a form
     */
    public FormCatalogSource withTemplate(String source, String json) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(json, "json");
        if (templates.containsKey(source)) {
            throw new IllegalArgumentException("a template named " + source + " is already present");
        }
        Map<String, String> more = new LinkedHashMap<>(templates);
        more.put(source, json);
        FormCatalogSource next = new FormCatalogSource(more);
        next.get();
        return next;
    }

    /**
     * These forms plus every {@code *.json} template of {@code dir} (not recursive), in file-name
     * order, as {@code FormCatalog.Builder.directory} loads them. The files are read now, on the
     * machine that builds the pipeline; workers get their text.
     *
     * @param dir the directory of templates
     * @return a source with its templates too
     * @throws UncheckedIOException when the directory or a file cannot be read
     * @throws io.github.otklik.forms.InvalidFormException when a template is invalid
     */
    public FormCatalogSource withDirectory(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read forms directory " + dir + ": " + e.getMessage(), e);
        }
        files.sort(null);
        FormCatalogSource out = this;
        for (Path file : files) {
            try {
                out = out.withTemplate(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Names of the agency's templates, in load order (the standard ones are not listed).
     *
     * @return the names
     */
    public List<String> templateNames() {
        return List.copyOf(templates.keySet());
    }

    /** The catalog: the standard templates, then the agency's in load order; built once per instance. */
    @Override
    public FormCatalog get() {
        FormCatalog c = catalog;
        if (c == null) {
            synchronized (this) {
                c = catalog;
                if (c == null) {
                    FormCatalog.Builder b = FormCatalog.builder().standard();
                    FormJson json = new FormJson();
                    templates.forEach((source, text) -> b.add(json.read(text, source)));
                    c = b.build();
                    catalog = c;
                }
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormCatalogSource s && templates.equals(s.templates);
    }

    @Override
    public int hashCode() {
        return templates.hashCode();
    }

    @Override
    public String toString() {
        return "FormCatalogSource{standard" + (templates.isEmpty() ? "" : " + " + templates.keySet()) + "}";
    }
}
