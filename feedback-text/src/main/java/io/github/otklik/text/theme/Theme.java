package io.github.otklik.text.theme;

import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A theme an agency looks for in free text (тема), one entry of {@code otklik-text-themes/1}
 * ({@code spec/formats.md} §7): a code (a problem code of a form when its evidence should merge with
 * that problem's pain point), an optional title, a kind, the phrases that mark it and the phrases
 * that exclude a text from it. Phrases are kept as written; matching normalises them
 * ({@link ThemeMatcher}). Immutable, thread-safe; built with {@link #builder(String)}.
 */
public final class Theme {
    private final String code;
    private final LocalizedText title;
    private final ThemeKind kind;
    private final List<String> phrases;
    private final List<String> exclude;

    private Theme(Builder b) {
        this.code = b.code;
        this.title = b.title;
        this.kind = b.kind;
        this.phrases = List.copyOf(new LinkedHashSet<>(b.phrases));
        this.exclude = List.copyOf(new LinkedHashSet<>(b.exclude));
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("theme " + code + " has no phrase");
        }
    }

    /**
     * A builder for a theme with {@code code}.
     *
     * @param code a code ({@code [A-Za-z0-9][A-Za-z0-9_:-]{0,127}})
     * @return a new builder
     * @throws IllegalArgumentException when {@code code} is not a code
     */
    public static Builder builder(String code) {
        return new Builder(code);
    }

    /**
     * The theme's code; equal to a form's problem code when the theme stands for that problem.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The human name, when given (labels otherwise fall back to the classifier, the forms, the code).
     *
     * @return the title
     */
    public Optional<LocalizedText> title() {
        return Optional.ofNullable(title);
    }

    /**
     * Problem or need.
     *
     * @return the kind ({@link ThemeKind#PROBLEM} unless set)
     */
    public ThemeKind kind() {
        return kind;
    }

    /**
     * The phrases whose stems, found consecutively in a text's stems, put the text in the theme.
     *
     * @return at least one phrase, without repeats, as written
     */
    public List<String> phrases() {
        return phrases;
    }

    /**
     * The phrases that keep a text out of the theme even when a phrase matches.
     *
     * @return the exclude phrases, possibly none
     */
    public List<String> exclude() {
        return exclude;
    }

    /**
     * This theme with the phrases and excludes of {@code other} added after its own, and the title
     * and kind of {@code other} when it sets them.
     *
     * @param other a theme with the same code
     * @return the combined theme ({@code this} when nothing changes)
     * @throws IllegalArgumentException when the codes differ
     */
    public Theme extendedWith(Theme other) {
        if (!code.equals(other.code)) {
            throw new IllegalArgumentException("cannot extend theme " + code + " with theme " + other.code);
        }
        Builder b = builder(code).kind(other.kind);
        b.title = other.title != null ? other.title : title;
        phrases.forEach(b::phrase);
        other.phrases.forEach(b::phrase);
        exclude.forEach(b::exclude);
        other.exclude.forEach(b::exclude);
        Theme t = b.build();
        return t.equals(this) ? this : t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Theme t && code.equals(t.code) && Objects.equals(title, t.title) && kind == t.kind
                && phrases.equals(t.phrases) && exclude.equals(t.exclude);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, title, kind, phrases, exclude);
    }

    @Override
    public String toString() {
        return "Theme[" + code + ", " + phrases.size() + " phrases, " + exclude.size() + " excludes]";
    }

    /** Builder of {@link Theme}; at least one phrase is required. Not thread-safe. */
    public static final class Builder {
        private final String code;
        private LocalizedText title;
        private ThemeKind kind = ThemeKind.PROBLEM;
        private final List<String> phrases = new ArrayList<>();
        private final List<String> exclude = new ArrayList<>();

        private Builder(String code) {
            this.code = Identifiers.requireCode(code, "theme code");
        }

        /**
         * The title.
         *
         * @param title the human name
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Problem or need (default {@link ThemeKind#PROBLEM}).
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder kind(ThemeKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Adds phrases.
         *
         * @param phrases phrases, each with at least one character that is not white space
         * @return this builder
         * @throws IllegalArgumentException for a blank phrase
         */
        public Builder phrase(String... phrases) {
            for (String p : phrases) {
                this.phrases.add(nonBlank(p));
            }
            return this;
        }

        /**
         * Adds exclude phrases.
         *
         * @param phrases phrases, each with at least one character that is not white space
         * @return this builder
         * @throws IllegalArgumentException for a blank phrase
         */
        public Builder exclude(String... phrases) {
            for (String p : phrases) {
                this.exclude.add(nonBlank(p));
            }
            return this;
        }

        private static String nonBlank(String p) {
            if (Objects.requireNonNull(p, "phrase").isBlank()) {
                throw new IllegalArgumentException("a phrase must not be blank");
            }
            return p;
        }

        /**
         * Builds the theme.
         *
         * @return the theme
         * @throws IllegalArgumentException when no phrase was added
         */
        public Theme build() {
            return new Theme(this);
        }
    }
}
