package io.github.otklik.synthetic.text;

import io.github.otklik.core.appeal.AppealKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SampleTextsTest {
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._]+@[a-z]+\\.(ru|com)");
    private static final Pattern PHONE = Pattern.compile("(\\+7|8)[ (]?9\\d\\d");

    private static List<String> comments(long seed, int n, double mood, List<String> problems) {
        SampleTexts texts = new SampleTexts(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(texts.comment("svc-birth", mood, problems));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameTextsAndAnotherSeedOthers() {
        assertThat(comments(3, 50, 0.2, List.of("queue"))).isEqualTo(comments(3, 50, 0.2, List.of("queue")));
        assertThat(comments(4, 50, 0.2, List.of("queue"))).isNotEqualTo(comments(3, 50, 0.2, List.of("queue")));
    }

    @Test
    void aDissatisfiedCommentSpeaksOfTheProblemTickedInVariedWords() {
        List<String> texts = comments(5, 300, 0.0, List.of("queue"));
        Set<String> queueWordings = new HashSet<>();
        int speaking = 0;
        for (String t : texts) {
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            speaking += List.of("очеред", "ожидани", "ждал", "прождал").stream().anyMatch(lower::contains) ? 1 : 0;
            TextGrammar.PROBLEMS.get("queue").stream().filter(p -> lower.contains(p.toLowerCase(java.util.Locale.ROOT).substring(0, 12)))
                    .forEach(queueWordings::add);
        }
        assertThat(speaking).as("all but the few with a typo in the very word").isGreaterThan(texts.size() * 9 / 10);
        assertThat(queueWordings).hasSizeGreaterThanOrEqualTo(4);
        assertThat(new HashSet<>(texts)).hasSizeGreaterThan(100);
    }

    @Test
    void aSatisfiedCommentPraises() {
        for (String t : comments(6, 100, 1.0, List.of())) {
            assertThat(TextGrammar.POSITIVE.stream().anyMatch(p -> t.toLowerCase(java.util.Locale.ROOT).contains(p.toLowerCase(java.util.Locale.ROOT)
                    .substring(0, 10)))).as(t).isTrue();
        }
    }

    @Test
    void somePersonalDataIsThereForMaskingToRemove() {
        SampleTexts texts = new SampleTexts(8);
        int emails = 0;
        int phones = 0;
        for (int i = 0; i < 1000; i++) {
            String t = texts.appeal(AppealKind.COMPLAINT, "svc-housing", "missed-deadline");
            emails += EMAIL.matcher(t).find() ? 1 : 0;
            phones += PHONE.matcher(t).find() ? 1 : 0;
        }
        assertThat(emails).isBetween(50, 300);
        assertThat(phones).isBetween(50, 300);
    }

    @Test
    void thePlantedPainAppearsForItsProcessOnly() {
        SampleTexts texts = new SampleTexts(9);
        int housing = 0;
        int birth = 0;
        for (int i = 0; i < 500; i++) {
            housing += texts.comment("svc-housing", 0.1, List.of("queue")).contains("бумаг") ? 1 : 0;
            birth += texts.comment("svc-birth", 0.1, List.of("queue")).contains("бумаг") ? 1 : 0;
        }
        assertThat(housing).isGreaterThan(100);
        assertThat(birth).isZero();
    }

    @Test
    void daysAreInTheRightCase() {
        assertThat(List.of(1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111)).extracting(SampleTexts::days).containsExactly(
                "1 день", "2 дня", "4 дня", "5 дней", "11 дней", "12 дней", "14 дней", "21 день", "22 дня", "25 дней", "101 день", "111 дней");
    }

    @Test
    void everyTemplateSlotIsFilled() {
        SampleTexts texts = new SampleTexts(10);
        for (String code : TextGrammar.PROBLEMS.keySet()) {
            for (int i = 0; i < 30; i++) {
                assertThat(texts.comment("svc-large-family", 0.0, List.of(code))).doesNotContain("{", "}");
                assertThat(texts.appeal(AppealKind.values()[i % AppealKind.values().length], "svc-large-family", code)).doesNotContain("{", "}");
            }
        }
    }
}
