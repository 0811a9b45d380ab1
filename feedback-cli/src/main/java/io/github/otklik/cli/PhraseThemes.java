package io.github.otklik.cli;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.text.normalize.TextNormalizer;
import io.github.otklik.text.phrase.EmergingPhrase;
import io.github.otklik.text.phrase.PhraseRanking;
import io.github.otklik.text.theme.Theme;
import io.github.otklik.text.theme.ThemeCatalog;
import io.github.otklik.text.theme.ThemeKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code otklik text phrases --write-themes FILE}: the listed phrases as an
 * {@code otklik-text-themes/1} file for a person to edit (rename codes, give a code of a form's
 * problem to merge with its pain point, add phrases and excludes, drop what is noise) and feed back
 * with {@code --themes}. A phrase becomes a theme {@code phrase:<transliterated label>} titled with its
 * label, whose one phrase is the label (which normalises to the phrase's own stems, so the theme
 * matches exactly the texts counted for it). Phrases come in group order, then rank order; a phrase
 * listed in several groups is written once; a phrase that is part of a longer phrase of the same
 * group held by as many texts on both sides is left out (the longer one says the same, more
 * precisely: «квитанция», «не приходит» under «квитанция не приходит»); a phrase whose stems equal a phrase of a theme already
 * counted (standard or {@code --themes}) is left out. The themes of the {@code --themes} file come
 * first, unchanged, so that the file written is the next {@code --themes} file.
 */
final class PhraseThemes {
    /** The prefix of generated codes, so that a generated theme never merges with a form's problem by accident. */
    static final String PREFIX = "phrase:";
    private static final int MAX_SLUG = 60;

    private PhraseThemes() {
    }

    /**
     * The catalogue to write.
     *
     * @param groups the rankings, in output order
     * @param counted the catalogue the run counts (to leave out phrases it already has)
     * @param own the themes of the {@code --themes} file, or null
     * @param language the texts' language
     * @return the agency's themes followed by one theme per new phrase
     */
    static ThemeCatalog of(Iterable<PhraseRanking> groups, ThemeCatalog counted, ThemeCatalog own, Language language) {
        TextNormalizer normalizer = TextNormalizer.of(language);
        Set<List<String>> known = new HashSet<>();
        for (Theme t : counted.themes()) {
            for (String p : t.phrases()) {
                known.add(normalizer.stems(p));
            }
        }
        Set<String> codes = new HashSet<>(counted.codes());
        List<Theme> out = new ArrayList<>(own == null ? List.of() : own.themes());
        for (PhraseRanking r : groups) {
            for (EmergingPhrase p : r.phrases()) {
                if (partOfAnother(p, r.phrases()) || !known.add(p.figures().stems())) {
                    continue;
                }
                String code = unique(PREFIX + slug(p.text().label(), p.figures().stems()), codes);
                out.add(Theme.builder(code).title(LocalizedText.of(p.text().label())).kind(ThemeKind.PROBLEM).phrase(p.text().label()).build());
            }
        }
        return ThemeCatalog.of(language, out);
    }

    /** Whether a longer phrase of the group holds {@code p}'s stems in a row and has the same counts on both sides. */
    static boolean partOfAnother(EmergingPhrase p, List<EmergingPhrase> group) {
        List<String> stems = p.figures().stems();
        for (EmergingPhrase q : group) {
            List<String> longer = q.figures().stems();
            if (longer.size() > stems.size() && q.figures().dissatisfied() == p.figures().dissatisfied()
                    && q.figures().other() == p.figures().other() && java.util.Collections.indexOfSubList(longer, stems) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String unique(String code, Set<String> taken) {
        String c = code;
        for (int i = 2; !taken.add(c); i++) {
            c = code + "-" + i;
        }
        return c;
    }

    /** The label in Latin letters, digits and hyphens (Russian letters transliterated), at most 60 characters. */
    static String slug(String label, List<String> stems) {
        StringBuilder sb = new StringBuilder();
        label.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            String t = translit(cp);
            if (t == null) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                    sb.append('-');
                }
            } else {
                sb.append(t);
            }
        });
        String s = sb.toString().replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return s.isEmpty() ? Integer.toHexString(String.join(" ", stems).hashCode()) : s;
    }

    private static final String[] CYRILLIC = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private static String translit(int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            return String.valueOf((char) cp);
        }
        if (cp >= 'а' && cp <= 'я') {
            return CYRILLIC[cp - 'а'];
        }
        return cp == 'ё' ? "e" : null;
    }
}
