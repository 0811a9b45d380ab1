/**
 * What clients write ({@code docs/text.md}): normalisation of free text with Lucene's analysers,
 * theme counts per process, emerging phrases of dissatisfied clients, and the personal-data
 * masking every text passes before it leaves the library.
 */
module io.github.otklik.text {
    requires transitive io.github.otklik.metrics;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports io.github.otklik.text;
    exports io.github.otklik.text.mask;
    exports io.github.otklik.text.normalize;
    exports io.github.otklik.text.phrase;
    exports io.github.otklik.text.theme;
}
