package io.github.otklik.report.text;

import io.github.otklik.core.text.Html;
import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.stats.Normal;
import io.github.otklik.metrics.stats.Wilson;
import io.github.otklik.report.ReportSection;
import io.github.otklik.text.TextSource;
import io.github.otklik.text.phrase.EmergingPhrase;
import io.github.otklik.text.phrase.Grouping;
import io.github.otklik.text.phrase.PhraseFigures;
import io.github.otklik.text.phrase.PhraseRanking;
import io.github.otklik.text.phrase.PhraseRankings;
import io.github.otklik.text.phrase.Quote;
import io.github.otklik.text.theme.ThemeCatalog;
import io.github.otklik.text.theme.ThemeCount;
import io.github.otklik.text.theme.ThemeCounts;
import io.github.otklik.text.theme.ThemeFigures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The report section "what clients write" (что пишут клиенты), agency edition only: per process,
 * the share of its texts (survey comments and appeal texts of the period) that match each theme, as
 * x of n with the 95 % Wilson interval; the phrases over-represented among dissatisfied clients, with
 * their counts on both sides and G²; and masked quotes.
 *
 * <pre>{@code
 * TextSection.builder(themes, themeFigures).phrases(rankings).disclosure(report.disclosure())
 *     .lang(Language.RU).build().ifPresent(reportBuilder::section);
 * }</pre>
 *
 * <p><b>Privacy.</b> {@link Builder#build()} gives nothing in an edition that does not show free text
 * ({@code Disclosure.shows(Content.FREE_TEXT)}: not in the public one), so no figure or word of it
 * can reach a public report. Quotes are the finder's masked windows; a phrase held by fewer than
 * {@code minCell} dissatisfied texts shows none (so neither does a process with fewer dissatisfied
 * texts than that), and a quote of an internal (anonymous) form never names its record. Every text
 * from data — titles, process names, labels, quotes, ids — is HTML-escaped. Immutable.
 */
public final class TextSection implements ReportSection {
    /** Themes listed per process at most, the most frequent first. */
    public static final int MAX_THEMES = 10;

    private final String title;
    private final String html;

    private TextSection(String title, String html) {
        this.title = title;
        this.html = html;
    }

    /**
     * A builder of the section over the theme counts of the period.
     *
     * @param themes the catalogue counted (titles of the themes)
     * @param figures the theme counts per process
     * @return a new builder: agency edition, Russian, no phrases
     */
    public static Builder builder(ThemeCatalog themes, ThemeFigures figures) {
        return new Builder(themes, figures);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String html() {
        return html;
    }

    /** Builder of {@link TextSection}; not thread-safe. */
    public static final class Builder {
        private final ThemeCatalog themes;
        private final ThemeFigures figures;
        private PhraseRankings phrases;
        private Disclosure disclosure = Disclosure.agency();
        private Language lang = Language.RU;
        private final Map<String, LocalizedText> processNames = new HashMap<>();

        private Builder(ThemeCatalog themes, ThemeFigures figures) {
            this.themes = Objects.requireNonNull(themes, "themes");
            this.figures = Objects.requireNonNull(figures, "figures");
        }

        /**
         * The emerging phrases per process.
         *
         * @param rankings rankings grouped by process
         * @return this builder
         * @throws IllegalArgumentException when the rankings are not grouped by process
         */
        public Builder phrases(PhraseRankings rankings) {
            if (rankings.grouping() != Grouping.PROCESS) {
                throw new IllegalArgumentException("the section lists phrases per process: rank them with Grouping.PROCESS");
            }
            this.phrases = rankings;
            return this;
        }

        /**
         * The edition's policy: whether free text is shown at all, and the smallest cell for quotes.
         *
         * @param disclosure the report's disclosure
         * @return this builder
         */
        public Builder disclosure(Disclosure disclosure) {
            this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
            return this;
        }

        /**
         * The language of headings and numbers.
         *
         * @param lang Russian or English
         * @return this builder
         */
        public Builder lang(Language lang) {
            this.lang = Objects.requireNonNull(lang, "lang");
            return this;
        }

        /**
         * A display name for process {@code id}.
         *
         * @param id a process id
         * @param name its name (from the process registry)
         * @return this builder
         */
        public Builder processName(String id, LocalizedText name) {
            processNames.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * The section.
         *
         * @return the section; empty when the edition does not show free text, or no process has a text
         */
        public Optional<TextSection> build() {
            if (!disclosure.shows(Content.FREE_TEXT) || figures.byProcess().isEmpty()) {
                return Optional.empty();
            }
            StringBuilder h = new StringBuilder(16 * 1024);
            h.append("<p class=\"small\">").append(esc(lang.pick(
                    "Комментарии к анкетам и тексты обращений за период. Доля — тексты процесса, в которых есть тема, из всех его текстов "
                            + "(95 % доверительный интервал Уилсона). Фразы — чаще встречаются у неудовлетворённых клиентов (оценка не выше "
                            + "порога формы, жалобы), чем у остальных; G² — логарифм отношения правдоподобия (3,84 — p = 0,05). Цитаты "
                            + "обезличены. Только для служебного пользования.",
                    "Survey comments and appeal texts of the period. Share: the process's texts that match the theme, of all its texts "
                            + "(95% Wilson interval). Phrases: more frequent among dissatisfied clients (overall at most the form's threshold, "
                            + "complaints) than among the others; G² is the log-likelihood ratio (3.84 is p = 0.05). Quotes are masked. "
                            + "For internal use only."))).append("</p>\n");
            int processes = 0;
            for (Map.Entry<String, ThemeCounts> e : figures.byProcess().entrySet()) {
                processes++;
                process(h, e.getKey(), e.getValue());
            }
            String t = lang.pick("Что пишут клиенты", "What clients write") + " (" + processes + ")";
            return Optional.of(new TextSection(t, h.toString()));
        }

        private void process(StringBuilder h, String id, ThemeCounts counts) {
            LocalizedText name = processNames.get(id);
            h.append("<h3>").append(esc(name == null ? id : name.in(lang.code()))).append("</h3>\n");
            Optional<PhraseRanking> ranking = phrases == null ? Optional.empty() : phrases.process(id);
            h.append("<p class=\"small\">").append(esc(lang.pick("Текстов: ", "Texts: ") + lang.integer(counts.texts())));
            ranking.ifPresent(r -> h.append(esc(lang.pick(", от неудовлетворённых клиентов: ", ", from dissatisfied clients: ")
                    + lang.integer(r.dissatisfiedTexts()))));
            h.append("</p>\n");
            themes(h, counts);
            ranking.ifPresent(r -> phrases(h, r));
        }

        private void themes(StringBuilder h, ThemeCounts counts) {
            List<ThemeCount> list = new ArrayList<>(counts.counts());
            if (list.isEmpty()) {
                h.append("<p class=\"suppressed\">").append(esc(lang.pick("Ни одна тема не найдена.", "No theme found."))).append("</p>\n");
                return;
            }
            list.sort(Comparator.comparingLong(ThemeCount::x).reversed().thenComparing(ThemeCount::code));
            h.append("<table class=\"data themes\"><tr><th>").append(esc(lang.pick("Тема", "Theme"))).append("</th><th>")
                    .append(esc(lang.pick("Тексты", "Texts"))).append("</th><th>").append(esc(lang.pick("Доля", "Share")))
                    .append("</th><th>").append(esc(lang.pick("95 % ДИ", "95% CI"))).append("</th></tr>\n");
            for (ThemeCount c : list.subList(0, Math.min(MAX_THEMES, list.size()))) {
                Wilson.Interval ci = Wilson.interval(c.x(), c.n(), Normal.Z95);
                String themeTitle = themes.theme(c.code()).flatMap(t -> t.title()).map(t -> t.in(lang.code())).orElse(c.code());
                h.append("<tr><td>").append(esc(themeTitle)).append("</td><td>").append(esc(lang.integer(c.x()) + lang.pick(" из ", " of ")
                        + lang.integer(c.n()))).append("</td><td>").append(esc(lang.percent(c.share()))).append("</td><td>")
                        .append(esc(lang.percent(Math.max(0, ci.low())) + " — " + lang.percent(Math.min(1, ci.high())))).append("</td></tr>\n");
            }
            h.append("</table>\n");
            if (list.size() > MAX_THEMES) {
                h.append("<p class=\"small\">").append(esc(lang.pick("Ещё тем: ", "More themes: ") + (list.size() - MAX_THEMES))).append("</p>\n");
            }
        }

        private void phrases(StringBuilder h, PhraseRanking r) {
            if (r.phrases().isEmpty()) {
                return;
            }
            h.append("<table class=\"data phrases\"><tr><th>").append(esc(lang.pick("Фраза", "Phrase"))).append("</th><th>")
                    .append(esc(lang.pick("Неудовлетворённые", "Dissatisfied"))).append("</th><th>")
                    .append(esc(lang.pick("Остальные", "Others"))).append("</th><th>G²</th></tr>\n");
            for (EmergingPhrase p : r.phrases()) {
                PhraseFigures f = p.figures();
                h.append("<tr><td>").append(esc(p.text().label()));
                List<Quote> quotes = f.dissatisfied() >= disclosure.minCell() ? p.text().quotes() : List.of();
                if (!quotes.isEmpty()) {
                    h.append("<ul class=\"quotes small\">");
                    for (Quote q : quotes) {
                        h.append("<li>").append(esc("«" + q.text() + "»"));
                        String where = q.source() == TextSource.APPEAL ? lang.pick("обращение", "appeal") : lang.pick("комментарий", "comment");
                        h.append(" <span class=\"small\">(").append(esc(q.recordId().map(rid -> where + " " + rid).orElse(where))).append(")</span></li>");
                    }
                    h.append("</ul>");
                }
                h.append("</td><td>").append(esc(lang.integer(f.dissatisfied()) + lang.pick(" из ", " of ") + lang.integer(f.dissatisfiedTexts())
                        + " (" + lang.percent(f.dissatisfiedShare()) + ")")).append("</td><td>")
                        .append(esc(lang.integer(f.other()) + lang.pick(" из ", " of ") + lang.integer(f.otherTexts())
                                + " (" + lang.percent(f.otherShare()) + ")")).append("</td><td>").append(esc(lang.fixed(f.score(), 1)))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        private static String esc(String text) {
            return Html.escape(text);
        }
    }
}
