package io.github.otklik.text.theme;

import io.github.otklik.text.normalize.AnalyzedText;
import io.github.otklik.text.normalize.TextNormalizer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the themes of a catalogue in texts, as {@code spec/formats.md} §7 says: a phrase matches
 * when its stems occur consecutively in the text's stems (stop words included), and a text that
 * matches any {@code exclude} phrase of a theme does not count for that theme. Phrases are
 * normalised once, with the catalogue language's {@link TextNormalizer}; a text costs one look-up
 * per word plus a comparison per phrase that starts with that word's stem. Immutable, thread-safe.
 */
public final class ThemeMatcher {
    private final ThemeCatalog catalog;
    private final TextNormalizer normalizer;
    private final Map<String, Phrase[]> byFirstStem;

    private record Phrase(String[] stems, int theme, boolean exclude) {
    }

    private ThemeMatcher(ThemeCatalog catalog) {
        this.catalog = catalog;
        this.normalizer = TextNormalizer.of(catalog.language());
        Map<String, List<Phrase>> index = new HashMap<>();
        List<Theme> themes = catalog.themes();
        for (int t = 0; t < themes.size(); t++) {
            for (String p : themes.get(t).phrases()) {
                add(index, p, t, false);
            }
            for (String p : themes.get(t).exclude()) {
                add(index, p, t, true);
            }
        }
        Map<String, Phrase[]> compact = new HashMap<>();
        index.forEach((stem, list) -> compact.put(stem, list.toArray(Phrase[]::new)));
        this.byFirstStem = compact;
    }

    private void add(Map<String, List<Phrase>> index, String phrase, int theme, boolean exclude) {
        String[] stems = normalizer.stems(phrase).toArray(String[]::new);
        index.computeIfAbsent(stems[0], s -> new ArrayList<>()).add(new Phrase(stems, theme, exclude));
    }

    /**
     * A matcher for the themes of {@code catalog}.
     *
     * @param catalog the themes
     * @return the matcher
     */
    public static ThemeMatcher of(ThemeCatalog catalog) {
        return new ThemeMatcher(catalog);
    }

    /**
     * The catalogue this matcher looks for.
     *
     * @return the catalogue
     */
    public ThemeCatalog catalog() {
        return catalog;
    }

    /**
     * The normaliser texts must go through before {@link #match(AnalyzedText)}.
     *
     * @return the normaliser of the catalogue's language
     */
    public TextNormalizer normalizer() {
        return normalizer;
    }

    /**
     * The themes of an analysed text, by their index in {@link ThemeCatalog#themes()}.
     *
     * @param text a text analysed by {@link #normalizer()}
     * @return a new set holding the index of every theme the text counts for
     */
    public BitSet match(AnalyzedText text) {
        BitSet matched = new BitSet();
        BitSet excluded = null;
        int n = text.size();
        for (int i = 0; i < n; i++) {
            Phrase[] candidates = byFirstStem.get(text.stem(i));
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                if (occursAt(p.stems, text, i)) {
                    if (p.exclude) {
                        excluded = excluded == null ? new BitSet() : excluded;
                        excluded.set(p.theme);
                    } else {
                        matched.set(p.theme);
                    }
                }
            }
        }
        if (excluded != null) {
            matched.andNot(excluded);
        }
        return matched;
    }

    /**
     * The codes of the themes {@code text} counts for, in catalogue order.
     *
     * @param text any text
     * @return the theme codes
     */
    public Set<String> themesOf(String text) {
        BitSet bits = match(normalizer.analyze(text));
        Set<String> codes = new LinkedHashSet<>();
        for (int t = bits.nextSetBit(0); t >= 0; t = bits.nextSetBit(t + 1)) {
            codes.add(catalog.themes().get(t).code());
        }
        return codes;
    }

    private static boolean occursAt(String[] stems, AnalyzedText text, int at) {
        if (at + stems.length > text.size()) {
            return false;
        }
        for (int k = 1; k < stems.length; k++) {
            if (!stems[k].equals(text.stem(at + k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ThemeMatcher[" + catalog + "]";
    }
}
