package io.github.otklik.report;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.ClientSplit;
import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.metrics.label.DateWording;
import io.github.otklik.metrics.label.Labels;
import io.github.otklik.metrics.report.MetricsReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.github.otklik.report.Context.esc;

/**
 * The analytic report of a period (seed 002: results as of the date with infographics, main
 * conclusions, the pain map, the survey link, the dates, the number of respondents and the
 * instruments) as one self-contained HTML page: inline CSS and SVG, no script, no network, A4
 * print layout. External and internal clients are reported apart: the headline, conclusions,
 * charts, segments and trends are external clients'; the agency edition adds a section of its own
 * for internal clients. The edition follows the metrics' {@code Disclosure}: a public report
 * carries no appeal or process figures, nothing from internal forms, and hides small cells —
 * those figures are not in a public {@link MetricsReport} at all. Every text from data is escaped.
 *
 * <pre>{@code
 * ClientSplit split = MetricsEngine.from(spec).runByClients(inputs, rejects::add);
 * String html = AnalyticReport.builder(split)
 *     .agency("Министерство социальной политики")
 *     .surveyUrl("https://example.org/survey")
 *     .lang(Language.RU)
 *     .build().render();
 * }</pre>
 */
public final class AnalyticReport {
    private final Context context;
    private final List<ReportSection> sections;

    private AnalyticReport(Builder b) {
        Texts t = new Texts(b.lang);
        MetricsReport all = b.all;
        Optional<MetricsReport> internal = all.disclosure().shows(Content.INTERNAL_CLIENTS) ? Optional.ofNullable(b.internal) : Optional.empty();
        this.context = new Context(b.external, internal, all, t, labels(b, all), DateWording.of(b.lang),
                b.agency, b.surveyUrl);
        List<ReportSection> s = new ArrayList<>();
        s.add(new ConclusionsSection(context));
        s.add(SatisfactionSection.external(context));
        s.add(new LifeSituationSection(context));
        SatisfactionSection.internal(context).ifPresent(s::add);
        s.add(new AppealsSection(context));
        s.add(new ProcessesSection(context));
        s.add(new TargetsSection(context));
        s.addAll(b.sections);
        this.sections = List.copyOf(s);
    }

    private static Labels labels(Builder b, MetricsReport all) {
        Labels.Builder l = b.labels == null ? Labels.builder().forms(all.spec().forms()) : b.labels.toBuilder();
        b.processNames.forEach(l::process);
        return l.build();
    }

    /**
     * A builder for the report of one set of figures grouped by process, used for every chart
     * (its total group gives the headline). Prefer {@link #builder(ClientSplit)}, which keeps
     * external and internal clients apart.
     *
     * @param byProcess the period's metrics grouped by process
     * @return a builder
     */
    public static Builder builder(MetricsReport byProcess) {
        return new Builder(byProcess, byProcess, null);
    }

    /**
     * A builder for the report of a run split by clients, grouped by process: external clients'
     * figures for the headline and charts, internal clients' for their own section, every
     * client's for what was read and the appeals.
     *
     * @param byProcess the split run, grouped by process
     * @return a builder
     */
    public static Builder builder(ClientSplit byProcess) {
        return new Builder(byProcess.all(), byProcess.external(), byProcess.internal().orElse(null));
    }

    /**
     * Checks a survey link as {@link Builder#surveyUrl} does.
     *
     * @param url the link
     * @throws IllegalArgumentException when it is not an http(s) address
     */
    public static void checkSurveyUrl(String url) {
        Builder.checkedUrl(url);
    }

    /**
     * The sections in the order they are rendered, built-in and supplied alike.
     *
     * @return an unmodifiable list
     */
    public List<ReportSection> sections() {
        return sections;
    }

    /**
     * The complete HTML document.
     *
     * @return the page
     */
    public String render() {
        Texts t = context.t();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(t.t("title") + " — " + context.dates().period(context.all().period()))).append("</title>\n<style>")
                .append(Style.CSS).append("</style>\n</head>\n<body>\n");
        TitlePage.render(h, context);
        for (ReportSection s : sections) {
            String body = s.html();
            if (!body.isEmpty()) {
                h.append("<section class=\"").append(esc(s.id())).append("\"><h2>").append(esc(s.title())).append("</h2>\n").append(body)
                        .append("</section>\n");
            }
        }
        h.append("<footer>").append(esc(t.t("footer"))).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Builder of {@link AnalyticReport}; not thread-safe. */
    public static final class Builder {
        private final MetricsReport all;
        private final MetricsReport external;
        private final MetricsReport internal;
        private final Map<String, LocalizedText> processNames = new LinkedHashMap<>();
        private String agency;
        private String surveyUrl;
        private Language lang = Language.RU;
        private Labels labels;
        private final List<ReportSection> sections = new ArrayList<>();

        private Builder(MetricsReport all, MetricsReport external, MetricsReport internal) {
            this.all = Objects.requireNonNull(all, "all");
            this.external = Objects.requireNonNull(external, "external");
            this.internal = internal;
        }

        /**
         * A display name for a process (from the process registry).
         *
         * @param id the process id
         * @param name its name
         * @return this builder
         */
        public Builder processName(String id, LocalizedText name) {
            processNames.put(Objects.requireNonNull(id), Objects.requireNonNull(name));
            return this;
        }

        /**
         * The names shown in place of codes (default: the built-in names and the texts of the
         * agency's own forms of the figures' catalogue). Names given by {@link #processName} are
         * added to them.
         *
         * @param labels the labels, typically with the agency's classifier and registry
         * @return this builder
         */
        public Builder labels(Labels labels) {
            this.labels = Objects.requireNonNull(labels, "labels");
            return this;
        }

        /**
         * The agency's name for the title page.
         *
         * @param name the name
         * @return this builder
         */
        public Builder agency(String name) {
            this.agency = Objects.requireNonNull(name);
            return this;
        }

        /**
         * The permanent survey link for the title page.
         *
         * @param url an absolute {@code http} or {@code https} address
         * @return this builder
         * @throws IllegalArgumentException when the link is not an http(s) address (a {@code javascript:} link would run on click)
         */
        public Builder surveyUrl(String url) {
            this.surveyUrl = checkedUrl(url);
            return this;
        }

        /**
         * The report's language (default Russian).
         *
         * @param language ru or en
         * @return this builder
         */
        public Builder lang(Language language) {
            this.lang = Objects.requireNonNull(language, "lang");
            return this;
        }

        /**
         * Appends a section after the built-in ones, such as the pain map.
         *
         * @param section the section
         * @return this builder
         */
        public Builder section(ReportSection section) {
            sections.add(Objects.requireNonNull(section));
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         */
        public AnalyticReport build() {
            return new AnalyticReport(this);
        }

        static String checkedUrl(String url) {
            Objects.requireNonNull(url, "url");
            boolean web = url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7);
            if (!web || url.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f) || url.length() <= (url.charAt(4) == ':' ? 7 : 8)) {
                throw new IllegalArgumentException("the survey link must be an http or https address, was \"" + url.replaceAll("\\p{Cntrl}", "?") + "\"");
            }
            return url;
        }
    }
}
