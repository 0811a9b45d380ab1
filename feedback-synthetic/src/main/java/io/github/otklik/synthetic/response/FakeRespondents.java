package io.github.otklik.synthetic.response;

import io.github.otklik.core.response.AnswerValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static java.util.Map.entry;

/** Fake personal data for named responses: a Russian name and an e-mail address at {@code example.org}. */
final class FakeRespondents {
    private static final List<Map.Entry<String, String>> MEN = List.of(
            entry("Иван", "ivan"), entry("Сергей", "sergey"), entry("Алексей", "aleksey"),
            entry("Дмитрий", "dmitry"), entry("Андрей", "andrey"), entry("Михаил", "mikhail"),
            entry("Николай", "nikolay"), entry("Павел", "pavel"));
    private static final List<Map.Entry<String, String>> WOMEN = List.of(
            entry("Анна", "anna"), entry("Елена", "elena"), entry("Ольга", "olga"),
            entry("Татьяна", "tatyana"), entry("Мария", "maria"), entry("Наталья", "natalya"),
            entry("Ирина", "irina"), entry("Светлана", "svetlana"));
    /** Surnames (Russian, Latin) in the masculine form; the feminine one adds "а"/"a". */
    private static final List<Map.Entry<String, String>> SURNAMES = List.of(
            entry("Иванов", "ivanov"), entry("Петров", "petrov"), entry("Смирнов", "smirnov"),
            entry("Кузнецов", "kuznetsov"), entry("Соколов", "sokolov"), entry("Попов", "popov"),
            entry("Лебедев", "lebedev"), entry("Новиков", "novikov"), entry("Морозов", "morozov"),
            entry("Волков", "volkov"), entry("Фёдоров", "fedorov"), entry("Никитин", "nikitin"));

    private FakeRespondents() {
    }

    /** A fake {@code {"name": …, "email": …}} drawn from {@code random}. */
    static Map<String, AnswerValue> next(SplittableRandom random) {
        boolean woman = random.nextBoolean();
        List<Map.Entry<String, String>> first = woman ? WOMEN : MEN;
        Map.Entry<String, String> name = first.get(random.nextInt(first.size()));
        Map.Entry<String, String> surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        String ending = woman ? "а" : "";
        String latinEnding = woman ? "a" : "";
        Map<String, AnswerValue> data = new LinkedHashMap<>();
        data.put("name", AnswerValue.of(name.getKey() + " " + surname.getKey() + ending));
        data.put("email", AnswerValue.of((name.getValue() + "." + surname.getValue() + latinEnding).toLowerCase(Locale.ROOT)
                + (10 + random.nextInt(90)) + "@example.org"));
        return data;
    }
}
