package io.github.otklik.cli;

import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.Language;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.label.Classifier;
import io.github.otklik.metrics.label.Labels;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.Status;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.input.PainMapFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person reads holds no code where a label is known: both report editions and the pain-map
 * HTML and Markdown, on the demo and on generated data, are reduced to their visible text (tags,
 * scripts and styles stripped, entities decoded) and scanned word by word for the catalogue's codes
 * (aspect, problem, reason, negative-reason, topic and life-situation codes, process ids) and the
 * enum names (IN_PERSON, BUDGET_ORG_EMPLOYEE, HIGH, SURVEY_ASPECT, …).
 */
class VisibleCodesTest {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_:-]+");
    /** The words of the built-in English labels (and MFC, the centres' abbreviation), which English text may use. */
    private static final Set<String> ENGLISH_WORDS = englishWords();

    @Test
    void theDemosReportsAndPainMapShowNoCode(@TempDir Path dir) throws Exception {
        CliRun demo = CliRun.of("demo", "--out", dir.toString(), "--responses", "600");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Set<String> codes = codes(dir.resolve("registry.json"), Classifier.load(dir.resolve("classifier.json")));
        for (String f : List.of("report.html", "report-public.html", "painmap.html", "painmap.md")) {
            assertNoCode(f, visible(Files.readString(dir.resolve(f))), codes, Language.RU);
        }
        Path en = dir.resolve("report-en.html");
        CliRun report = CliRun.of("report", "--responses", dir.resolve("responses.jsonl").toString(), "--appeals",
                dir.resolve("appeals.csv").toString(), "--processes", dir.resolve("processes.csv").toString(), "--registry",
                dir.resolve("registry.json").toString(), "--targets", dir.resolve("targets.json").toString(), "--classifier",
                dir.resolve("classifier.json").toString(), "--period", "2025-Q1", "--compare", "2024-Q4", "--lang", "en", "-o", en.toString());
        assertThat(report.exitCode()).as(report.err()).isLessThanOrEqualTo(1);
        assertNoCode("report-en.html", visible(Files.readString(en)), codes, Language.EN);
    }

    @Test
    void generatedDataShowsNoCodeThatHasALabel(@TempDir Path dir) throws Exception {
        assertThat(CliRun.of("generate", "--out", dir.toString(), "--responses", "800", "--appeals", "400", "--processes", "400").exitCode())
                .isZero();
        Set<String> codes = codes(dir.resolve("registry.json"), Classifier.empty());
        // without a classifier the registry's life situations have no names: their ids are what the report can show
        PainMapFiles.registry(dir.resolve("registry.json")).forEach(p -> codes.removeAll(p.lifeSituations()));
        String[] inputs = {"--responses", dir.resolve("responses.jsonl").toString(), "--appeals", dir.resolve("appeals.csv").toString(),
            "--processes", dir.resolve("processes.csv").toString(), "--registry", dir.resolve("registry.json").toString(), "--period", "2025-Q1"};
        for (String[] run : List.of(new String[] {"report", "-o", "report.html"}, new String[] {"report", "--audience", "public", "-o", "public.html"},
                new String[] {"painmap", "--format", "html", "-o", "painmap.html"}, new String[] {"painmap", "--format", "md", "-o", "painmap.md"})) {
            List<String> args = new ArrayList<>(List.of(run).subList(0, run.length - 2));
            args.addAll(List.of(inputs));
            args.add("-o");
            args.add(dir.resolve(run[run.length - 1]).toString());
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isLessThanOrEqualTo(1);
            assertNoCode(run[run.length - 1], visible(Files.readString(dir.resolve(run[run.length - 1]))), codes, Language.RU);
        }
    }

    /** Fails with every code found, and where. */
    static void assertNoCode(String file, String text, Set<String> codes, Language lang) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            // in English text a lower-case word such as "staff" or "other", or one the English labels use ("law-making"), is a word
            boolean plainWord = lang == Language.EN && (word.matches("[a-z]+") || ENGLISH_WORDS.contains(word));
            if (!plainWord && codes.contains(word)) {
                int at = m.start();
                found.add(word + " in «" + text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ') + "»");
            }
        }
        assertThat(found).as("codes in the visible text of " + file).isEmpty();
    }

    /** The codes that have labels: the standard forms', the classifier's, the registry's, and the enums' names. */
    static Set<String> codes(Path registry, Classifier classifier) {
        Set<String> codes = new TreeSet<>();
        for (Form f : FormCatalog.standard().forms()) {
            for (Question q : f.questions()) {
                q.aspect().ifPresent(codes::add);
                if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                    c.options().stream().map(Option::value).forEach(codes::add);
                }
            }
        }
        codes.addAll(classifier.reasons().keySet());
        codes.addAll(classifier.negativeReasons().keySet());
        codes.addAll(classifier.topics().keySet());
        codes.addAll(classifier.lifeSituations().keySet());
        if (registry != null) {
            PainMapFiles.registry(registry).stream().map(Process::id).forEach(codes::add);
        }
        for (Class<? extends Enum<?>> type : List.of(Channel.class, ClientCategory.class, ClientKind.class, AppealKind.class,
                AppealOutcome.class, ProcessOutcome.class, ProcessType.class, Level.class, Status.class, Source.class, Kind.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                codes.add(e.name());
            }
        }
        codes.add(Dimension.UNSPECIFIED);
        codes.add("aspect:");
        return codes;
    }

    private static Set<String> englishWords() {
        Set<String> words = new TreeSet<>(Set.of("MFC"));
        Labels labels = Labels.standard();
        for (String code : codes(null, Classifier.empty())) {
            for (String text : List.of(labels.aspect(code, Language.EN), labels.problem(code, Language.EN))) {
                if (!text.equals(code)) {
                    Matcher m = WORD.matcher(text);
                    while (m.find()) {
                        words.add(m.group().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return words;
    }

    /** The text a browser shows: no scripts, styles or tags; entities and Markdown escapes decoded. */
    static String visible(String page) {
        String s = page.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]+>", "\n");
        return s.replaceAll("\\\\(.)", "$1").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }
}
