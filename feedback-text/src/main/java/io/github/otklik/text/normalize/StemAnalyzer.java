package io.github.otklik.text.normalize;

import io.github.otklik.core.text.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.Reader;

/**
 * The Lucene chain of {@code spec/formats.md} §7 after NFKC: {@code ё → е} (a one-to-one
 * {@link MappingCharFilter}, so offsets stay those of the input), {@link StandardTokenizer} (Unicode
 * word breaks, UAX #29), {@link LowerCaseFilter}, then {@link KeywordRepeatFilter} and a Snowball
 * {@link SnowballFilter}: every word comes out twice at one position, first as the lower-cased word
 * (marked keyword, so not stemmed), then as its stem. Thread-safe, as every Lucene analyzer is.
 */
final class StemAnalyzer extends Analyzer {
    /** Longest word the tokenizer emits whole, in UTF-16 units; longer runs are split. */
    static final int MAX_WORD = 100;

    private final Language language;
    private final NormalizeCharMap yo;

    StemAnalyzer(Language language) {
        this.language = language;
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        b.add("ё", "е");
        b.add("Ё", "Е");
        this.yo = b.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(yo, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(yo, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(MAX_WORD);
        TokenStream stream = new LowerCaseFilter(source);
        stream = new KeywordRepeatFilter(stream);
        stream = new SnowballFilter(stream, stemmer());
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private SnowballStemmer stemmer() {
        return language == Language.EN ? new EnglishStemmer() : new RussianStemmer();
    }
}
