package io.github.otklik.text.theme;

import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.text.Language;
import io.github.otklik.text.normalize.TextNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The themes an agency looks for in free text, in one language ({@code otklik-text-themes/1},
 * {@code spec/formats.md} §7): the {@linkplain #standard() standard catalogue} for the problem codes
 * of the standard forms, a file of the agency's own ({@link #load(Path)}), or both
 * ({@link #extendedWith(ThemeCatalog)}).
 *
 * <pre>{@code
 * ThemeCatalog themes = ThemeCatalog.standard().extendedWith(ThemeCatalog.load(Path.of("themes.json")));
 * }</pre>
 *
 * Every phrase has at least one word and codes do not repeat. Immutable, thread-safe.
 */
public final class ThemeCatalog {
    private static final String STANDARD = "/io/github/otklik/text/theme/standard-%s.json";

    private final Language language;
    private final List<Theme> themes;
    private final Map<String, Theme> byCode;

    private ThemeCatalog(Language language, List<Theme> themes) {
        this.language = language;
        Map<String, Theme> index = new LinkedHashMap<>();
        TextNormalizer normalizer = TextNormalizer.of(language);
        for (Theme t : themes) {
            if (index.putIfAbsent(t.code(), t) != null) {
                throw new IllegalArgumentException("theme code " + t.code() + " repeats");
            }
            for (String p : t.phrases()) {
                requireWords(normalizer, t, p);
            }
            for (String p : t.exclude()) {
                requireWords(normalizer, t, p);
            }
        }
        this.themes = List.copyOf(themes);
        this.byCode = Collections.unmodifiableMap(index);
    }

    private static void requireWords(TextNormalizer normalizer, Theme t, String phrase) {
        if (normalizer.analyze(phrase).isEmpty()) {
            throw new IllegalArgumentException("theme " + t.code() + ": phrase \"" + phrase + "\" has no words");
        }
    }

    /**
     * A catalogue of {@code themes}.
     *
     * @param language the language of the phrases and of the texts they will be matched in
     * @param themes the themes, in the order outputs list them
     * @return the catalogue
     * @throws IllegalArgumentException when a code repeats or a phrase has no words
     */
    public static ThemeCatalog of(Language language, List<Theme> themes) {
        return new ThemeCatalog(Objects.requireNonNull(language, "language"), themes);
    }

    /**
     * The standard Russian catalogue: a theme for every problem code of the standard forms
     * {@code EXT-1}…{@code EXT-6} and {@code INT-1}…{@code INT-5} except {@code other}, titled as the
     * forms' options are, with several phrases each and excludes where a phrase is ambiguous.
     *
     * @return the standard catalogue in Russian
     */
    public static ThemeCatalog standard() {
        return standard(Language.RU);
    }

    /**
     * The standard catalogue in {@code language}: the same codes and titles, phrases written for
     * texts in that language.
     *
     * @param language Russian or English
     * @return the standard catalogue
     */
    public static ThemeCatalog standard(Language language) {
        String resource = String.format(STANDARD, language.code());
        try (InputStream in = ThemeCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return ThemeCatalogJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an {@code otklik-text-themes/1} file ({@code --themes FILE}).
     *
     * @param file the file
     * @return its catalogue
     * @throws InputFileException naming the file and every problem with its JSON path, when the file
     *     cannot be read or is invalid
     */
    public static ThemeCatalog load(Path file) {
        return ThemeCatalogJson.load(file);
    }

    /**
     * The language of the phrases; texts are normalised with its stemmer.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * The themes in order.
     *
     * @return the themes
     */
    public List<Theme> themes() {
        return themes;
    }

    /**
     * The theme with {@code code}.
     *
     * @param code a theme code
     * @return the theme, when the catalogue has it
     */
    public Optional<Theme> theme(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The codes in order.
     *
     * @return the codes
     */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /**
     * This catalogue with the themes of {@code other}: a theme whose code is already here gets the
     * other's phrases and excludes added to its own (and the other's title and kind); new codes come
     * after, in the other's order. To replace the standard catalogue, use the agency's alone.
     *
     * @param other a catalogue in the same language
     * @return the combined catalogue ({@code this} when nothing changes)
     * @throws IllegalArgumentException when the languages differ
     */
    public ThemeCatalog extendedWith(ThemeCatalog other) {
        if (other.language != language) {
            throw new IllegalArgumentException("cannot extend a " + language.code() + " catalogue with a " + other.language.code() + " one");
        }
        Map<String, Theme> merged = new LinkedHashMap<>(byCode);
        for (Theme t : other.themes) {
            merged.merge(t.code(), t, Theme::extendedWith);
        }
        List<Theme> list = new ArrayList<>(merged.values());
        return list.equals(themes) ? this : new ThemeCatalog(language, list);
    }

    /**
     * This catalogue with {@code themes} added as {@link #extendedWith(ThemeCatalog)} adds them.
     *
     * @param themes themes to add or extend
     * @return the combined catalogue
     */
    public ThemeCatalog extendedWith(List<Theme> themes) {
        return extendedWith(of(language, themes));
    }

    /**
     * The catalogue as {@code otklik-text-themes/1} JSON, pretty-printed, with a final newline;
     * {@link ThemeCatalogJson#parse} reads it back to an equal catalogue.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ThemeCatalogJson.write(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeCatalog c && language == c.language && themes.equals(c.themes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, themes);
    }

    @Override
    public String toString() {
        return "ThemeCatalog[" + language.code() + ", " + themes.size() + " themes]";
    }
}
