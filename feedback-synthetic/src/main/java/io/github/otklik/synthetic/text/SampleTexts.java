package io.github.otklik.synthetic.text;

import io.github.otklik.core.appeal.AppealKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Plausible Russian free text for sample data, deterministic by seed: survey comments that match
 * the respondent's mood and the problems they ticked, and appeal texts that match the appeal's
 * kind and reason. A small template grammar ({@code TextGrammar}): several wordings and
 * inflections per standard problem code, openers and closers, praise and neutral remarks,
 * suggestions, a planted pain per process for a sample themes file to find (paper applications
 * for {@code svc-housing}, the state fee for {@code svc-large-family}), occasional typos, and
 * occasional personal data (phone numbers, e-mail addresses, a passport number) so that masking
 * has work to do. Not thread-safe: one instance per generating thread.
 *
 * <pre>{@code
 * SampleTexts texts = new SampleTexts(7);
 * String comment = texts.comment("svc-housing", 0.2, List.of("queue", "rude-staff"));
 * String appeal = texts.appeal(AppealKind.COMPLAINT, "svc-birth", "missed-deadline");
 * }</pre>
 */
public final class SampleTexts {
    private final SplittableRandom random;

    /**
     * A generator of texts.
     *
     * @param seed the seed: the same seed and calls give the same texts
     */
    public SampleTexts(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * A survey comment.
     *
     * @param process the process the response is about, or {@code ""}
     * @param mood the overall answer on a 0…1 scale (0 the lowest point, 1 the highest; 0.5 for "don't know")
     * @param problems the problem codes the respondent ticked, in any order
     * @return one to four sentences
     */
    public String comment(String process, double mood, List<String> problems) {
        Objects.requireNonNull(process, "process");
        List<String> sentences = new ArrayList<>();
        List<String> codes = problems.stream().filter(TextGrammar.PROBLEMS::containsKey).toList();
        List<String> planted = TextGrammar.PLANTED.getOrDefault(process, List.of());
        if (mood < 0.35 || (mood <= 0.5 && !codes.isEmpty())) {
            add(sentences, pick(TextGrammar.NEGATIVE_OPENERS));
            problemSentences(sentences, codes, 1 + random.nextInt(2));
            if (!planted.isEmpty() && random.nextDouble() < 0.45) {
                add(sentences, sentence(pick(planted)));
            }
            if (random.nextDouble() < 0.25) {
                add(sentences, pick(TextGrammar.SUGGESTIONS));
            }
            add(sentences, pick(TextGrammar.NEGATIVE_CLOSERS));
        } else if (mood >= 0.7) {
            add(sentences, pick(TextGrammar.POSITIVE));
            if (random.nextDouble() < 0.3) {
                add(sentences, pick(TextGrammar.POSITIVE));
            }
            if (!codes.isEmpty() && random.nextDouble() < 0.5) {
                add(sentences, "Единственное — " + pick(TextGrammar.PROBLEMS.get(pick(codes))) + ".");
            } else if (random.nextDouble() < 0.15) {
                add(sentences, pick(TextGrammar.SUGGESTIONS));
            }
        } else {
            add(sentences, pick(TextGrammar.NEUTRAL));
            if (!codes.isEmpty() && random.nextDouble() < 0.6) {
                add(sentences, "Но " + pick(TextGrammar.PROBLEMS.get(pick(codes))) + ".");
            }
            if (!planted.isEmpty() && random.nextDouble() < 0.15) {
                add(sentences, sentence(pick(planted)));
            }
        }
        if (random.nextDouble() < 0.06) {
            add(sentences, contact());
        }
        return finish(sentences, " ");
    }

    /**
     * An appeal's text.
     *
     * @param kind the kind of appeal
     * @param process the process it is about, or {@code ""}
     * @param reason its reason code, or {@code ""}
     * @return a few sentences; a line break now and then
     */
    public String appeal(AppealKind kind, String process, String reason) {
        Objects.requireNonNull(kind, "kind");
        List<String> sentences = new ArrayList<>();
        List<String> planted = TextGrammar.PLANTED.getOrDefault(process, List.of());
        double contact;
        switch (kind) {
            case REQUEST -> {
                add(sentences, pick(TextGrammar.REQUESTS));
                contact = 0.3;
            }
            case PROPOSAL -> {
                add(sentences, pick(TextGrammar.PROPOSALS));
                contact = 0.1;
            }
            case COMPLAINT -> {
                add(sentences, pick(TextGrammar.APPEAL_OPENERS));
                List<String> codes = TextGrammar.PROBLEMS.containsKey(reason) ? List.of(reason) : List.of();
                problemSentences(sentences, codes, 1 + random.nextInt(2));
                if (!planted.isEmpty() && random.nextDouble() < 0.4) {
                    add(sentences, sentence(pick(planted)));
                }
                contact = 0.35;
            }
            default -> {
                add(sentences, pick(TextGrammar.APPEAL_OPENERS));
                if (random.nextDouble() < 0.4 && TextGrammar.PROBLEMS.containsKey(reason)) {
                    problemSentences(sentences, List.of(reason), 1);
                } else {
                    add(sentences, pick(TextGrammar.REQUESTS));
                }
                contact = 0.3;
            }
        }
        if (random.nextDouble() < 0.8) {
            add(sentences, pick(TextGrammar.APPEAL_CLOSERS));
        }
        if (random.nextDouble() < contact) {
            add(sentences, contact());
        }
        return finish(sentences, random.nextDouble() < 0.2 ? "\n" : " ");
    }

    /** {@code n} sentences about {@code codes} (a random standard problem when there is none), no wording twice. */
    private void problemSentences(List<String> out, List<String> codes, int n) {
        List<String> keys = codes.isEmpty() ? List.copyOf(new java.util.TreeSet<>(TextGrammar.PROBLEMS.keySet())) : codes;
        for (int i = 0; i < n; i++) {
            String s = sentence(pick(TextGrammar.PROBLEMS.get(pick(keys))));
            if (!out.contains(s)) {
                out.add(s);
            }
        }
    }

    private String contact() {
        return switch (random.nextInt(5)) {
            case 0 -> "Мой телефон " + phone() + ".";
            case 1 -> "Перезвоните мне, пожалуйста: " + phone() + ".";
            case 2 -> "Ответ прошу направить на " + email() + ".";
            case 3 -> "Если что, пишите на " + email() + " или звоните " + phone() + ".";
            default -> "Паспорт " + String.format(Locale.ROOT, "%02d %02d %06d", 10 + random.nextInt(90), random.nextInt(100),
                    random.nextInt(1_000_000)) + ", данные можно проверить.";
        };
    }

    private String phone() {
        int code = 900 + random.nextInt(100);
        int a = random.nextInt(1000);
        int b = random.nextInt(100);
        int c = random.nextInt(100);
        return switch (random.nextInt(4)) {
            case 0 -> String.format(Locale.ROOT, "+7 %d %03d-%02d-%02d", code, a, b, c);
            case 1 -> String.format(Locale.ROOT, "8(%d)%03d%02d%02d", code, a, b, c);
            case 2 -> String.format(Locale.ROOT, "8 %d %03d %02d %02d", code, a, b, c);
            default -> String.format(Locale.ROOT, "+7%d%03d%02d%02d", code, a, b, c);
        };
    }

    private String email() {
        return pick(TextGrammar.NAMES) + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100))) + "@" + pick(TextGrammar.DOMAINS);
    }

    /** A phrase as a sentence: slots filled, first letter capital, a full stop unless it has its own mark. */
    private String sentence(String phrase) {
        String s = fill(phrase);
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' ? s : s + (random.nextDouble() < 0.1 ? "!" : ".");
    }

    private void add(List<String> out, String sentence) {
        if (!sentence.isEmpty()) {
            out.add(fill(sentence));
        }
    }

    private String fill(String template) {
        String s = template;
        while (s.contains("{")) {
            int open = s.indexOf('{');
            int close = s.indexOf('}', open);
            String slot = s.substring(open + 1, close);
            s = s.substring(0, open) + slot(slot) + s.substring(close + 1);
        }
        return s;
    }

    private String slot(String name) {
        return switch (name) {
            case "doc" -> pick(TextGrammar.DOCS);
            case "place" -> pick(TextGrammar.PLACES);
            case "site" -> pick(TextGrammar.SITES);
            case "window" -> Integer.toString(1 + random.nextInt(12));
            case "days" -> days(2 + random.nextInt(40));
            case "date" -> String.format(Locale.ROOT, "%02d.%02d.2025", 1 + random.nextInt(28), 1 + random.nextInt(3));
            case "fix" -> pick(TextGrammar.FIXES);
            case "fix2" -> pick(TextGrammar.FIXES2);
            default -> throw new IllegalStateException("unknown slot " + name);
        };
    }

    /** {@code n} days in words of the right case: 2 дня, 5 дней, 21 день. */
    static String days(int n) {
        int last = n % 10;
        int lastTwo = n % 100;
        String word = lastTwo >= 11 && lastTwo <= 14 ? "дней" : last == 1 ? "день" : last >= 2 && last <= 4 ? "дня" : "дней";
        return n + " " + word;
    }

    /** Joins the sentences; now and then a typo (two letters swapped) or a text written all in lower case without the last stop. */
    private String finish(List<String> sentences, String separator) {
        String text = String.join(separator, sentences);
        if (random.nextDouble() < 0.08) {
            text = typo(text);
        }
        if (random.nextDouble() < 0.12) {
            text = text.toLowerCase(Locale.ROOT);
            if (text.endsWith(".")) {
                text = text.substring(0, text.length() - 1);
            }
        }
        return text;
    }

    private String typo(String text) {
        String[] words = text.split(" ", -1);
        int i = random.nextInt(words.length);
        String w = words[i];
        if (w.length() < 6 || !w.chars().allMatch(Character::isLetter)) {
            return text;
        }
        int at = 1 + random.nextInt(w.length() - 3);
        words[i] = w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
        return String.join(" ", words);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
