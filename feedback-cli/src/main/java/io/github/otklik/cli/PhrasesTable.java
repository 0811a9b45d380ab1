package io.github.otklik.cli;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.text.phrase.EmergingPhrase;
import io.github.otklik.text.phrase.PhraseFigures;
import io.github.otklik.text.phrase.PhraseRanking;
import io.github.otklik.text.phrase.Quote;

import java.util.Locale;
import java.util.Map;

/** The {@code --format table} rendering of {@code otklik text phrases}: fixed-width text for people, quotes under their phrase. */
final class PhrasesTable {
    private PhrasesTable() {
    }

    static String render(PhrasesRun run) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Otklik text phrases %s (%s..%s, %s), as of %s, by %s, top %d, min count %d%n",
                run.period().label(), run.period().from(), run.period().to(), run.zone(), run.asOf(), run.by(), run.top(), run.minCount()));
        sb.append(String.format(Locale.ROOT, "%s; %s%n", input("responses", run.responses()), input("appeals", run.appeals())));
        if (run.groups().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nno texts in the period%n"));
        }
        for (Map.Entry<String, PhraseRanking> e : run.groups().entrySet()) {
            PhraseRanking r = e.getValue();
            sb.append(String.format(Locale.ROOT, "%n%s: %d dissatisfied texts, %d other%n", e.getKey() == null ? "all texts" : "process " + e.getKey(),
                    r.dissatisfiedTexts(), r.otherTexts()));
            if (r.phrases().isEmpty()) {
                sb.append("  (no phrase over-represented among dissatisfied clients)\n");
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%4s  %-32s %18s %18s %9s%n", "#", "phrase", "dissatisfied", "other", "G2"));
            int rank = 0;
            for (EmergingPhrase p : r.phrases()) {
                PhraseFigures f = p.figures();
                sb.append(String.format(Locale.ROOT, "%4d  %-32s %18s %18s %9.2f%n", ++rank, p.text().label(),
                        count(f.dissatisfied(), f.dissatisfiedShare()), count(f.other(), f.otherShare()), f.score()));
                for (Quote q : p.text().quotes()) {
                    sb.append("        \u00ab").append(q.text()).append("\u00bb (").append(PhrasesJson.source(q.source()));
                    q.recordId().ifPresent(id -> sb.append(' ').append(id));
                    sb.append(")\n");
                }
            }
        }
        return sb.toString();
    }

    private static String count(long x, double share) {
        return String.format(Locale.ROOT, "%d (%.1f%%)", x, 100 * share);
    }

    private static String input(String name, ReadSummary s) {
        return s == null ? name + ": not given"
                : String.format(Locale.ROOT, "%s: read %d, accepted %d, rejected %d", name, s.read(), s.accepted(), s.rejected());
    }
}
