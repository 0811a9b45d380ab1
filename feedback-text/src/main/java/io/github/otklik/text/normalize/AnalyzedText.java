package io.github.otklik.text.normalize;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One text after normalisation ({@code spec/formats.md} §7): for every word in order, the
 * lower-cased NFKC word ({@code ё} written {@code е}), its stem, whether it is a number or a stop
 * word, and where it stands in the text as written ({@code [start, end)} in UTF-16 units, mapped
 * back from the NFKC form by {@link NfkcText}), so that labels and quotes can be cut from the text
 * the stems came from. Immutable, thread-safe.
 */
public final class AnalyzedText {
    private final String text;
    private final String[] words;
    private final String[] stems;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] numbers;
    private final boolean[] stopWords;

    AnalyzedText(String text, String[] words, String[] stems, int[] starts, int[] ends, boolean[] numbers, boolean[] stopWords) {
        this.text = text;
        this.words = words;
        this.stems = stems;
        this.starts = starts;
        this.ends = ends;
        this.numbers = numbers;
        this.stopWords = stopWords;
    }

    /**
     * The text offsets refer to: the input as written (its NFKC form only in the rare case
     * {@link NfkcText} describes).
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The number of words.
     *
     * @return how many words the text has (0 for a text of spaces and punctuation)
     */
    public int size() {
        return stems.length;
    }

    /**
     * Whether the text has no word at all.
     *
     * @return {@code size() == 0}
     */
    public boolean isEmpty() {
        return stems.length == 0;
    }

    /**
     * The stem of word {@code i}.
     *
     * @param i the word's position, 0 ≤ i &lt; {@link #size()}
     * @return the Snowball stem
     */
    public String stem(int i) {
        return stems[i];
    }

    /**
     * Word {@code i}, lower-cased, {@code ё} written {@code е}, before stemming.
     *
     * @param i the word's position
     * @return the normalised word
     */
    public String word(int i) {
        return words[i];
    }

    /**
     * Where word {@code i} starts in {@link #text()}.
     *
     * @param i the word's position
     * @return the offset of its first UTF-16 unit
     */
    public int start(int i) {
        return starts[i];
    }

    /**
     * Where word {@code i} ends in {@link #text()}.
     *
     * @param i the word's position
     * @return the offset just after its last UTF-16 unit
     */
    public int end(int i) {
        return ends[i];
    }

    /**
     * Whether word {@code i} is a number (Lucene's {@code <NUM>} token type: {@code 2025},
     * {@code 12.03.2025}, {@code 1,5}).
     *
     * @param i the word's position
     * @return true for a number
     */
    public boolean isNumber(int i) {
        return numbers[i];
    }

    /**
     * Whether word {@code i} is in the language's stop-word set (Lucene's Russian or English set).
     *
     * @param i the word's position
     * @return true for a stop word
     */
    public boolean isStopWord(int i) {
        return stopWords[i];
    }

    /**
     * The text of words {@code from} to {@code to} (inclusive) as written in {@link #text()}.
     *
     * @param from the first word
     * @param to the last word, {@code from ≤ to}
     * @return {@code text().substring(start(from), end(to))}
     */
    public String surface(int from, int to) {
        return text.substring(starts[from], ends[to]);
    }

    /**
     * The stems in order.
     *
     * @return an unmodifiable list of {@link #size()} stems
     */
    public List<String> stems() {
        return Collections.unmodifiableList(Arrays.asList(stems));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalyzedText a && text.equals(a.text) && Arrays.equals(stems, a.stems) && Arrays.equals(words, a.words)
                && Arrays.equals(starts, a.starts) && Arrays.equals(ends, a.ends);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, Arrays.hashCode(stems));
    }

    @Override
    public String toString() {
        return "AnalyzedText" + Arrays.toString(stems);
    }
}
