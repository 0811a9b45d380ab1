package io.github.otklik.text.normalize;

import io.github.otklik.core.text.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Text normalisation of {@code spec/formats.md} §7, the one both theme phrases and texts go
 * through: Unicode NFKC, lower case, {@code ё → е}, words split at Unicode word boundaries, every
 * word reduced to its stem by the Snowball Russian stemmer (English for {@link Language#EN}). All of
 * it but NFKC is a Lucene analysis chain; NFKC is {@link java.text.Normalizer}, with offsets
 * mapped back to the text as written ({@link NfkcText}), so labels and quotes show the client's
 * own characters.
 *
 * <pre>{@code
 * TextNormalizer ru = TextNormalizer.of(Language.RU);
 * ru.stems("Не смог оплатить госпошлину");   // [не, смог, оплат, госпошлин]
 * ru.stems("оплаты госпошлины");             // [оплат, госпошлин]
 * }</pre>
 *
 * <p>Stop words are not removed (theme matching keeps them, as the contract does); each word says
 * whether it is one ({@link AnalyzedText#isStopWord(int)}), from Lucene's Russian or English set,
 * for the phrase statistics. Words longer than {@value StemAnalyzer#MAX_WORD} UTF-16 units are split.
 * Immutable and thread-safe.
 */
public final class TextNormalizer {
    private static final String FIELD = "text";
    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private final Language language;
    private final Analyzer analyzer;
    private final CharArraySet stopWords;

    private TextNormalizer(Language language) {
        this.language = language;
        this.analyzer = new StemAnalyzer(language);
        this.stopWords = language == Language.EN ? EnglishAnalyzer.ENGLISH_STOP_WORDS_SET : RussianAnalyzer.getDefaultStopSet();
    }

    /**
     * A normaliser for texts in {@code language}.
     *
     * @param language Russian (Snowball Russian stemmer, Lucene's Russian stop words) or English
     *     (Snowball English stemmer, Lucene's English stop words)
     * @return a new normaliser
     */
    public static TextNormalizer of(Language language) {
        return new TextNormalizer(Objects.requireNonNull(language, "language"));
    }

    /**
     * The language whose stemmer and stop words this normaliser uses.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * Normalises and analyses {@code text}.
     *
     * @param text any text
     * @return its NFKC form with words, stems, offsets and flags
     */
    public AnalyzedText analyze(String text) {
        NfkcText mapped = NfkcText.of(Objects.requireNonNull(text, "text"));
        String nfkc = mapped.normalized();
        int capacity = Math.max(4, nfkc.length() / 5);
        String[] words = new String[capacity];
        String[] stems = new String[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        boolean[] numbers = new boolean[capacity];
        boolean[] stops = new boolean[capacity];
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream(FIELD, nfkc)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (keyword.isKeyword()) { // the word itself; its stem follows at the same position
                    if (n == words.length) {
                        int grown = n * 2;
                        words = Arrays.copyOf(words, grown);
                        stems = Arrays.copyOf(stems, grown);
                        starts = Arrays.copyOf(starts, grown);
                        ends = Arrays.copyOf(ends, grown);
                        numbers = Arrays.copyOf(numbers, grown);
                        stops = Arrays.copyOf(stops, grown);
                    }
                    words[n] = term.toString();
                    starts[n] = mapped.originalStart(offset.startOffset());
                    ends[n] = mapped.originalEnd(offset.endOffset());
                    numbers[n] = NUM.equals(type.type());
                    stops[n] = stopWords.contains(term.buffer(), 0, term.length());
                } else {
                    stems[n++] = term.toString();
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new AnalyzedText(mapped.original(), Arrays.copyOf(words, n), Arrays.copyOf(stems, n), Arrays.copyOf(starts, n),
                Arrays.copyOf(ends, n), Arrays.copyOf(numbers, n), Arrays.copyOf(stops, n));
    }

    /**
     * The stems of {@code text}, in order.
     *
     * @param text any text
     * @return the stems; empty when the text has no word
     */
    public List<String> stems(String text) {
        return analyze(text).stems();
    }

    /**
     * Whether {@code word} (lower-cased, {@code ё} as {@code е}) is a stop word of the language.
     *
     * @param word a normalised word
     * @return true when Lucene's stop-word set of the language holds it
     */
    public boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    /**
     * The Lucene analyzer behind {@link #analyze}: after {@code ё → е} it emits every word twice at
     * one position, the lower-cased word (with {@code KeywordAttribute} set) and then its stem. For
     * integrations that want a token loop of their own; it does not apply NFKC.
     *
     * @return the analyzer, thread-safe
     */
    public Analyzer luceneAnalyzer() {
        return analyzer;
    }

    @Override
    public String toString() {
        return "TextNormalizer[" + language.code() + "]";
    }
}
