package io.github.otklik.painmap.build;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.evidence.TextCounts;
import io.github.otklik.painmap.rules.RuleSet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The options of one build as {@link PainMapBuilder} resolved them, defaults filled in: what a
 * build depends on besides the metrics report. Immutable.
 *
 * @param rules the rule set, total and monotone
 * @param lang the language of names, titles and explanations
 * @param registry the registry's processes by id
 * @param manual the analysts' entries, no two of the same process and problem
 * @param measures the measures catalogue
 * @param titles the names of problem codes
 * @param asOf the map's date: deadlines count from it
 * @param texts the theme counts of free text by process id ({@code TEXT} evidence)
 */
record BuildOptions(RuleSet rules, Language lang, Map<String, Process> registry, List<ManualEntry> manual, MeasuresCatalogue measures,
        ProblemTitles titles, LocalDate asOf, Map<String, TextCounts> texts) {

    /** Checks non-null parts and copies the collections. */
    BuildOptions {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(lang, "lang");
        registry = Map.copyOf(registry);
        manual = List.copyOf(manual);
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(asOf, "asOf");
        texts = Map.copyOf(texts);
    }
}
