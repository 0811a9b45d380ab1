package io.github.otklik.forms;

import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.json.FormJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The forms an agency uses: the eleven standard templates (external №1–6, internal №1–5) and
 * its own, keyed by id and version. Immutable and thread-safe.
 *
 * <pre>{@code
 * FormCatalog catalog = FormCatalog.builder().standard().directory(Path.of("forms")).build();
 * Form ext1 = catalog.find("EXT-1", "1").orElseThrow();
 * List<Form> forServices = catalog.standardFor(ProcessType.SERVICE, Audience.EXTERNAL);
 * }</pre>
 */
public final class FormCatalog {
    /** Ids of the standard templates, in order. */
    public static final List<String> STANDARD_IDS = List.of("EXT-1", "EXT-2", "EXT-3", "EXT-4", "EXT-5", "EXT-6",
            "INT-1", "INT-2", "INT-3", "INT-4", "INT-5");
    private static final String RESOURCES = "/otklik-form/1/";

    private final Map<String, Form> forms;
    private final Map<String, Form> standard;

    // id -> version -> form: finding a form costs no string building (it runs once per response)
    private final Map<String, Map<String, Form>> byIdAndVersion = new HashMap<>();

    private FormCatalog(Map<String, Form> forms, Map<String, Form> standard) {
        this.forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
        this.standard = Collections.unmodifiableMap(new LinkedHashMap<>(standard));
        for (Form f : this.forms.values()) {
            byIdAndVersion.computeIfAbsent(f.id(), id -> new HashMap<>()).put(f.version(), f);
        }
    }

    /**
     * A catalog of the standard templates only.
     *
     * @return a catalog of the standard templates only
     */
    public static FormCatalog standard() {
        return builder().standard().build();
    }

    /**
     * A builder of an empty catalog.
     *
     * @return a builder of an empty catalog
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The form {@code id} in {@code version}. */
    public Optional<Form> find(String id, String version) {
        if (id == null || version == null || id.indexOf('@') >= 0) { // not a form id: look the key up as it always was
            return Optional.ofNullable(forms.get(Form.key(id, version)));
        }
        Map<String, Form> versions = byIdAndVersion.get(id);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
    }

    /** Versions of form {@code id} in the catalog, in load order; empty when unknown. */
    public List<String> versions(String id) {
        List<String> out = new ArrayList<>();
        for (Form f : forms.values()) {
            if (f.id().equals(id)) {
                out.add(f.version());
            }
        }
        return out;
    }

    /**
     * Every form, standard ones first, then the agency's in load order.
     *
     * @return every form, standard ones first, then the agency's in load order
     */
    public List<Form> forms() {
        return List.copyOf(forms.values());
    }

    /** Whether {@code form} is one of the standard templates. */
    public boolean isStandard(Form form) {
        return form.equals(standard.get(form.key()));
    }

    /**
     * The standard forms for processes of {@code type} and clients of {@code audience}
     * (seed 002; glossary §6): e.g. SERVICE → EXT-1 (external) and INT-4 (internal).
     */
    public List<Form> standardFor(ProcessType type, Audience audience) {
        List<Form> out = new ArrayList<>();
        for (Form f : standard.values()) {
            if (f.audience() == audience && f.processTypes().contains(type)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Builder of {@link FormCatalog}; not thread-safe. */
    public static final class Builder {
        private final Map<String, Form> forms = new LinkedHashMap<>();
        private final Map<String, Form> standard = new LinkedHashMap<>();
        private final FormJson json = new FormJson();

        private Builder() {
        }

        /** Adds the eleven standard templates from the classpath. */
        public Builder standard() {
            for (String id : STANDARD_IDS) {
                String resource = RESOURCES + id + ".json";
                try (InputStream in = FormCatalog.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("standard template missing from the classpath: " + resource);
                    }
                    Form f = json.read(in, id + ".json");
                    standard.put(f.key(), f);
                    forms.put(f.key(), f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }

        /**
         * Adds an agency's own form.
         *
         * @throws InvalidFormException when a form with the same id and version is already present
         */
        public Builder add(Form form) {
            Objects.requireNonNull(form, "form");
            if (forms.containsKey(form.key())) {
                boolean std = standard.containsKey(form.key());
                throw new InvalidFormException(form.id(), List.of(new Violation("version", (std
                        ? "id and version of the standard template " : "a second template with id and version ")
                        + form.id() + " version " + form.version() + (std ? "; give the agency's form its own id or version" : ""))));
            }
            forms.put(form.key(), form);
            return this;
        }

        /**
         * Adds every {@code *.json} template of {@code dir} (not recursive), in file-name order.
         *
         * @throws InvalidFormException naming the file and every problem of the first invalid template
         * @throws UncheckedIOException when the directory cannot be read
         */
        public Builder directory(Path dir) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
                stream.forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read forms directory " + dir + ": " + e.getMessage(), e);
            }
            files.sort(null);
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    add(json.read(in, file.getFileName().toString()));
                } catch (InvalidFormException e) {
                    throw new InvalidFormException(file.getFileName().toString(), e.problems());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
            return this;
        }

        /**
         * Builds the catalog.
         *
         * @return the catalog
         */
        public FormCatalog build() {
            return new FormCatalog(forms, standard);
        }
    }
}
