package io.github.otklik.bench;

import io.github.otklik.core.text.Language;
import io.github.otklik.text.TextItem;
import io.github.otklik.text.TextSource;
import io.github.otklik.text.mask.PersonalDataMasker;
import io.github.otklik.text.normalize.AnalyzedText;
import io.github.otklik.text.normalize.TextNormalizer;
import io.github.otklik.text.phrase.CandidateAccumulator;
import io.github.otklik.text.phrase.Grouping;
import io.github.otklik.text.phrase.PhraseAggregator;
import io.github.otklik.text.phrase.PhraseFinder;
import io.github.otklik.text.phrase.PhraseSketch;
import io.github.otklik.text.phrase.PhraseSketchAggregator;
import io.github.otklik.text.phrase.SketchAccumulator;
import io.github.otklik.text.theme.ThemeAccumulator;
import io.github.otklik.text.theme.ThemeAggregator;
import io.github.otklik.text.theme.ThemeCatalog;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * (6) Free text: texts per second for the steps of {@code feedback-text} on 10,000 realistic Russian
 * comments and appeal texts (greetings, complaints in many inflections, praise, typos, dates and
 * amounts, personal data in one text of six), against the practical limit, Lucene's own
 * {@link RussianAnalyzer} token loop over the same texts (tokenise, lower-case, stop words, Snowball
 * stems). Steps: normalisation alone; normalisation and masking; theme matching with the standard
 * catalogue (normalising each text); each pass of the phrase statistics (normalising and masking
 * each text); and all of it with one analysis per text for the themes. Scores are texts per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TextBenchmark {
    /** Texts per invocation. */
    public static final int TEXTS = 10_000;

    private static final String[] OPENINGS = {"", "Здравствуйте. ", "Добрый день! ", "Хочу сказать, что ", "Честно говоря, "};
    private static final String[] COMPLAINTS = {"Очередь была огромная, простояли два часа", "в очереди стоял с самого утра",
        "сроки нарушили, результат выдали с опозданием", "сотрудник нагрубил и не стал ничего объяснять", "сайт не работает третий день",
        "портал выдает ошибку при загрузке документов", "пришлось приходить несколько раз из-за одной справки",
        "не смог оплатить госпошлину через портал", "потребовали кучу справок, которые есть у них же", "ответили формальной отпиской",
        "переслали обращение в другое ведомство, а вопрос так и не решён", "негде сесть, душно и тесно"};
    private static final String[] PRAISE = {"Всё понравилось, спасибо сотрудникам", "Быстро и удобно", "Получил результат вовремя",
        "Вежливый персонал, всё объяснили", "Удобная запись через портал"};
    private static final String[] EXTRAS = {"", "", " Был 12.03.2025 в 14:30.", " Оплатил 1 500 руб.", " Заявление № 12345/2025.",
        " Перезвоните 8 (916) 123-45-67.", " Пишите на ivan.petrov@mail.ru."};

    List<TextItem> items;
    List<String> texts;
    TextNormalizer normalizer;
    PersonalDataMasker masker;
    Analyzer lucene;
    ThemeAggregator themes;
    PhraseSketchAggregator sketchPass;
    PhraseAggregator countPass;

    @Setup
    public void setUp() {
        Random r = new Random(6);
        items = new ArrayList<>(TEXTS);
        texts = new ArrayList<>(TEXTS);
        for (int i = 0; i < TEXTS; i++) {
            boolean dissatisfied = r.nextInt(100) < 35;
            StringBuilder b = new StringBuilder(OPENINGS[r.nextInt(OPENINGS.length)]);
            if (dissatisfied) {
                b.append(typo(r, COMPLAINTS[r.nextInt(COMPLAINTS.length)])).append(". ");
                if (r.nextBoolean()) {
                    b.append(capitalise(COMPLAINTS[r.nextInt(COMPLAINTS.length)])).append('.');
                }
            } else {
                b.append(typo(r, PRAISE[r.nextInt(PRAISE.length)])).append('.');
            }
            b.append(EXTRAS[r.nextInt(EXTRAS.length)]);
            String text = b.toString();
            texts.add(text);
            items.add(TextItem.builder(r.nextInt(4) == 0 ? TextSource.APPEAL : TextSource.SURVEY_COMMENT, "t-" + i)
                    .process("svc-" + r.nextInt(12)).at(Instant.parse("2025-02-01T10:00:00Z")).text(text).dissatisfied(dissatisfied).build());
        }
        normalizer = TextNormalizer.of(Language.RU);
        masker = PersonalDataMasker.of(Language.RU);
        lucene = new RussianAnalyzer();
        themes = ThemeAggregator.builder(ThemeCatalog.standard()).build();
        PhraseFinder finder = PhraseFinder.builder(Language.RU).grouping(Grouping.PROCESS).build();
        sketchPass = finder.sketchAggregator();
        SketchAccumulator acc = sketchPass.create();
        items.forEach(item -> sketchPass.add(acc, item));
        PhraseSketch sketch = sketchPass.result(acc);
        countPass = finder.aggregator(sketch);
    }

    private static String typo(Random r, String s) {
        if (r.nextInt(5) > 0 || s.length() < 6) {
            return s;
        }
        int p = 1 + r.nextInt(s.length() - 3);
        return s.substring(0, p) + s.charAt(p + 1) + s.charAt(p) + s.substring(p + 2);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The limit: Lucene's RussianAnalyzer token loop (tokenise, lower-case, stop words, stems). */
    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public long luceneRussianAnalyzer() {
        long tokens = 0;
        for (String text : texts) {
            try (TokenStream ts = lucene.tokenStream("text", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    tokens += term.length();
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokens;
    }

    /** NFKC, the §7 chain, words with their stems, offsets and flags. */
    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void normalize(Blackhole bh) {
        for (String text : texts) {
            bh.consume(normalizer.analyze(text));
        }
    }

    /** Normalisation and personal-data masking. */
    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void normalizeAndMask(Blackhole bh) {
        for (String text : texts) {
            AnalyzedText t = normalizer.analyze(text);
            bh.consume(masker.mask(t.text()));
        }
    }

    /** Theme counts per process with the standard catalogue (normalising every text). */
    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public Object themes() {
        ThemeAccumulator acc = themes.create();
        for (TextItem item : items) {
            themes.add(acc, item);
        }
        return themes.result(acc);
    }

    /** Phrase statistics, pass one: the sketch of dissatisfied texts' phrases. */
    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public Object phrasesSketch() {
        SketchAccumulator acc = sketchPass.create();
        for (TextItem item : items) {
            sketchPass.add(acc, item);
        }
        return sketchPass.result(acc);
    }

    /** Phrase statistics, pass two: exact counts of the candidates, labels, quotes, ranking. */
    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public Object phrasesCount() {
        CandidateAccumulator acc = countPass.create();
        for (TextItem item : items) {
            countPass.add(acc, item);
        }
        return countPass.result(acc);
    }

    /** Everything a report needs from the texts: themes (one analysis per text) and both phrase passes. */
    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void all(Blackhole bh) {
        ThemeAccumulator t = themes.create();
        SketchAccumulator s = sketchPass.create();
        CandidateAccumulator c = countPass.create();
        for (TextItem item : items) {
            themes.add(t, item, normalizer.analyze(item.text()));
            sketchPass.add(s, item);
            countPass.add(c, item);
        }
        bh.consume(themes.result(t));
        bh.consume(sketchPass.result(s));
        bh.consume(countPass.result(c));
    }
}
