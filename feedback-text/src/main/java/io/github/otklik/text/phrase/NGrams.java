package io.github.otklik.text.phrase;

import io.github.otklik.core.text.Language;
import io.github.otklik.text.mask.MaskedText;
import io.github.otklik.text.normalize.AnalyzedText;

import java.util.HashSet;
import java.util.Set;

/**
 * The candidate phrases of one text: every run of one to {@code maxWords} consecutive words that
 * <ul>
 * <li>stays within one stretch of the text: words are joined only by white space or by one hyphen
 *     ({@code из-за}); any other punctuation, and any masked personal datum, ends the stretch;</li>
 * <li>neither starts nor ends with a stop word — except that a negation ({@code не}, {@code нет},
 *     {@code ни}, {@code без}; {@code no}, {@code not}) may open a run of two or more words
 *     ({@code не работает}, {@code нет ответа});</li>
 * <li>is not made of stop words and numbers alone.</li>
 * </ul>
 * Each distinct run is reported once per text (texts are counted, not occurrences), at its first
 * occurrence, with a 64-bit hash of its stems folded onto the group's hash. Not thread-safe.
 */
final class NGrams {
    /** Receives the distinct runs of a text. */
    interface Sink {
        void accept(long hash, int from, int to);
    }

    private final int maxWords;
    private final Set<String> negations;
    private final Hashing hashing = new Hashing();
    private final Set<Long> seen = new HashSet<>();
    private long[] stemHashes = new long[64];

    NGrams(int maxWords, Language language) {
        this.maxWords = maxWords;
        this.negations = language == Language.EN ? Set.of("no", "not") : Set.of("не", "нет", "ни", "без");
    }

    long hash(CharSequence s) {
        return hashing.of(s);
    }

    /** Calls {@code sink} for every distinct run of {@code text}; {@code mask} marks the words to skip. */
    void forEach(AnalyzedText text, MaskedText mask, long groupHash, Sink sink) {
        int n = text.size();
        if (n == 0) {
            return;
        }
        if (stemHashes.length < n) {
            stemHashes = new long[Math.max(n, stemHashes.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            stemHashes[i] = hashing.of(text.stem(i));
        }
        seen.clear();
        String s = text.text();
        for (int from = 0; from < n; from++) {
            if (blocked(text, mask, from) || (text.isStopWord(from) && !negations.contains(text.word(from)))) {
                continue;
            }
            long h = Hashing.fold(groupHash, stemHashes[from]);
            boolean content = !text.isStopWord(from) && !text.isNumber(from);
            for (int to = from; to < n && to < from + maxWords; to++) {
                if (to > from) {
                    if (blocked(text, mask, to) || !joined(s, text.end(to - 1), text.start(to))) {
                        break;
                    }
                    h = Hashing.fold(h, stemHashes[to]);
                    content |= !text.isStopWord(to) && !text.isNumber(to);
                }
                boolean opensWithNegation = text.isStopWord(from);
                if (text.isStopWord(to) || !content || (opensWithNegation && to == from)) {
                    continue;
                }
                long key = h ^ (to - from + 1);
                if (seen.add(key)) {
                    sink.accept(key, from, to);
                }
            }
        }
    }

    private static boolean blocked(AnalyzedText text, MaskedText mask, int i) {
        return mask.isMasked() && mask.overlapsMask(text.start(i), text.end(i));
    }

    /** Whether the gap between two words keeps them in one stretch: white space only, or one hyphen. */
    static boolean joined(String s, int end, int start) {
        if (start - end == 1) {
            char c = s.charAt(end);
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                return true;
            }
        }
        for (int i = end; i < start; i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }
}
