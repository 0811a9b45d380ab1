package io.github.otklik.cli;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.text.Language;
import io.github.otklik.text.phrase.Grouping;
import io.github.otklik.text.phrase.PhraseRanking;
import io.github.otklik.text.phrase.PhraseRankings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code otklik text phrases} run: its settings, what it read, and the rankings; what the JSON
 * and table writers print.
 *
 * @param period the reporting period
 * @param zone the reporting zone
 * @param asOf the instant the run is as of (given, or the period's default)
 * @param language the texts' language
 * @param top phrases listed per group at most
 * @param minCount fewest dissatisfied texts of a listed phrase
 * @param minCell fewest dissatisfied texts of a phrase with quotes
 * @param responses what was read of the responses (null when not given)
 * @param appeals what was read of the appeals (null when not given)
 * @param rankings the rankings
 */
record PhrasesRun(ReportingPeriod period, ZoneId zone, Instant asOf, Language language, int top, int minCount, int minCell,
                  ReadSummary responses, ReadSummary appeals, PhraseRankings rankings) {
    /** The format written by {@link PhrasesJson}. */
    static final String FORMAT = "otklik-text-phrases/1";

    /** The {@code --by} wire name: {@code process} or {@code none}. */
    String by() {
        return rankings.grouping() == Grouping.PROCESS ? "process" : "none";
    }

    /** The groups in output order: the overall one, or each process with texts in code-point order of its id; the key is null for overall. */
    Map<String, PhraseRanking> groups() {
        Map<String, PhraseRanking> out = new LinkedHashMap<>();
        if (rankings.grouping() == Grouping.OVERALL) {
            rankings.overall().ifPresent(r -> out.put(null, r));
        } else {
            out.putAll(rankings.byProcess());
        }
        return out;
    }
}
