package io.github.otklik.forms.export.html;

import java.util.List;

/** The fixed wording of a printed questionnaire, in Russian and English, side by side. */
enum Phrases {
    /** Russian. */
    RU,
    /** English. */
    EN;

    /**
     * The phrases of {@code lang}: {@code "ru"} (also for {@code null}) or {@code "en"}.
     *
     * @throws IllegalArgumentException for any other language
     */
    static Phrases of(String lang) {
        if (lang == null || lang.equals("ru")) {
            return RU;
        }
        if (lang.equals("en")) {
            return EN;
        }
        throw new IllegalArgumentException("unsupported language \"" + lang + "\": use ru or en");
    }

    private String pick(String ru, String en) {
        return this == RU ? ru : en;
    }

    String lang() { return pick("ru", "en"); }

    String formLabel(String id, String version) {
        return pick("Анкета " + id + ", версия " + version, "Questionnaire " + id + ", version " + version);
    }

    String howToMark() {
        return pick("Отметьте подходящие ответы знаком ✓ или ✗ в квадрате.", "Mark the answers that apply with ✓ or ✗ in the box.");
    }

    String requiredNote() {
        return pick("Вопросы со знаком * обязательны для ответа.", "Questions marked * must be answered.");
    }

    String oneAnswer() { return pick("(один ответ)", "(one answer)"); }

    String severalAnswers() { return pick("(несколько ответов)", "(several answers)"); }

    /** The label of the "difficult to answer" box; in English as the standard forms' own texts call it. */
    String dontKnow() { return pick("Затрудняюсь ответить", "Can't say"); }

    String scaleLegend(int min, int max) {
        return pick(min + " — совсем не удовлетворены … " + max + " — полностью удовлетворены",
                min + " — not satisfied at all … " + max + " — fully satisfied");
    }

    String yes() { return pick("Да", "Yes"); }

    String no() { return pick("Нет", "No"); }

    String endsSurvey() {
        return pick("→ если выбрали этот ответ, анкета закончена, спасибо",
                "→ if you chose this answer, the questionnaire ends here, thank you");
    }

    String maxLength(int n) { return pick("(не более " + n + " знаков)", "(at most " + n + " characters)"); }

    String number() { return pick("(укажите число)", "(write a number)"); }

    String numberBetween(String min, String max) {
        return pick("(укажите число от " + min + " до " + max + ")", "(write a number from " + min + " to " + max + ")");
    }

    String numberAtLeast(String min) { return pick("(укажите число не меньше " + min + ")", "(write a number of at least " + min + ")"); }

    String numberAtMost(String max) { return pick("(укажите число не больше " + max + ")", "(write a number of at most " + max + ")"); }

    String decimalSeparator() { return pick(",", "."); }

    String answerIf(String condition) { return pick("Отвечайте, если ", "Answer if ") + condition; }

    String chose(int question, String values) {
        return pick("в вопросе " + question + " вы выбрали ", "in question " + question + " you chose ") + values;
    }

    String didNotChoose(int question, String value) {
        return pick("в вопросе " + question + " вы не выбрали ", "in question " + question + " you did not choose ") + value;
    }

    String choseNoneOf(int question, String values) {
        return pick("в вопросе " + question + " вы не выбрали ни один из ответов: ",
                "in question " + question + " you chose none of ") + values;
    }

    String answered(int question) { return pick("вы ответили на вопрос ", "you answered question ") + question; }

    String notAnswered(int question) { return pick("вы не ответили на вопрос ", "you did not answer question ") + question; }

    String notThat(String condition) { return pick("неверно, что ", "it is not the case that ") + condition; }

    String anonymous() {
        return pick("Анкета анонимная: не указывайте в ней своё имя, должность или подразделение.",
                "This questionnaire is anonymous: do not write your name, position or unit on it.");
    }

    String thanks() { return pick("Спасибо за участие в опросе!", "Thank you for taking part in the survey!"); }

    /** {@code text} in this language's quotation marks. */
    String quote(String text) { return pick("«" + text + "»", "“" + text + "”"); }

    /** {@code items} joined as "a, b or c". */
    String orList(List<String> items) { return list(items, pick(" или ", " or ")); }

    /** The conjunction between the clauses of an {@code all} condition. */
    String and() { return pick(" и ", " and "); }

    /** The conjunction between the clauses of an {@code any} condition. */
    String or() { return pick(" или ", " or "); }

    /** {@code items} joined as "a, b, c" (for "none of"). */
    String commaList(List<String> items) { return String.join(", ", items); }

    private static String list(List<String> items, String last) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
