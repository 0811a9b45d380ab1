package io.github.otklik.text.mask;

import io.github.otklik.core.text.Language;
import io.github.otklik.text.PersonalDataSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class PersonalDataMaskerTest {
    private static final PersonalDataMasker RU = PersonalDataMasker.of(Language.RU);
    private static final String[] PREFIXES = {"", "Мой номер ", "тел.", "(", "«", "данные:", "звонил", "\n", "Пишите на "};
    private static final String[] SUFFIXES = {"", ".", ",", ")", "»", "!", " спасибо", "где", "\n", "; жду ответа"};
    private static final String[] EMAIL_PREFIXES = {"", "Пишите на ", "(", "«", "e-mail: ", "<", "\n"};
    private static final String[] EMAIL_SUFFIXES = {"", ".", ",", ")", "»", "!", " спасибо", ">", "\n"};

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "звоните 8 (916) 123-45-67, ivan@mail.ru|звоните [телефон], [e-mail]",
        "+7 916 1234567|[телефон]",
        "тел.89161234567!|тел.[телефон]!",
        "8.916.123.45.67|[телефон]",
        "+44 20 7946 0958|[телефон]",
        "тел. 2-15-30|тел. [телефон]",
        "(8482) 12-34-56|[телефон]",
        "звонил89161234567раз|звонил[телефон]раз",
        "СНИЛС 112-233-445 95|СНИЛС [СНИЛС]",
        "11223344595|[СНИЛС]",
        "снилс: 12345678901|снилс: [СНИЛС]",
        "123-456-789 01|[СНИЛС]",
        "ИНН 7707083893|ИНН [ИНН]",
        "инн 500100732259|инн [ИНН]",
        "ИНН7707083893,|ИНН[ИНН],",
        "7707083893|[ИНН]",
        "ИНН 1234567890|ИНН [ИНН]",
        "паспорт серия 45 06 номер 123456|паспорт серия [паспорт]",
        "4506 123456|[паспорт]",
        "45 06 123456|[паспорт]",
        "серия 4506 № 123456 выдан|серия [паспорт] выдан",
        "карта 4111 1111 1111 1111|карта [карта]",
        "4111-1111-1111-1111|[карта]",
        "378282246310005|[карта]",
        "4222222222222|[карта]",
        "иван@почта.рф|[e-mail]",
        "<i.petrova@gov.ru>|<[e-mail]>",
    })
    void masksEachKindInItsSpellings(String text, String masked) {
        assertThat(RU.mask(text).text()).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Оплатил 12.03.2025 в 14:30 сумму 1 500 руб.",
        "по заявлению № 12345/2025 от 2025-03-12",
        "в 2024 и 2025 годах, 3 раза, кабинет 204",
        "1234567890",
        "номер заявления 3456789012",
        "12345678901",
        "4111 1111 1111 1112",
        "стоимость 150 000 000 рублей, 15%",
        "с 9:00 до 18:00, перерыв 13.00-14.00",
        "приказ № 59-ФЗ, пункт 7.1.2",
    })
    void leavesOrdinaryNumbersAlone(String text) {
        assertThat(RU.mask(text).text()).isEqualTo(text);
        assertThat(RU.mask(text).isMasked()).isFalse();
    }

    @Test
    void writesEnglishTokensForEnglishOutput() {
        assertThat(PersonalDataMasker.of(Language.EN).mask("call +7 916 123-45-67 or 4111 1111 1111 1111").text())
                .isEqualTo("call [phone] or [card]");
    }

    @Test
    void findsFullWidthDigitsAndKeepsTheOtherCharactersAsWritten() {
        MaskedText m = RU.mask("№ 5, тел.\u00a0８９１６１２３４５６７ …");
        assertThat(m.text()).isEqualTo("№ 5, тел.\u00a0[телефон] …");
        assertThat(m.spans()).singleElement().satisfies(s -> {
            assertThat(s.datum()).isEqualTo(PersonalDatum.PHONE);
            assertThat(s.start()).isEqualTo(10);
            assertThat(s.end()).isEqualTo(21);
        });
    }

    @Test
    void mapsOffsetsAroundReplacements() {
        String text = "до ivan@mail.ru после";
        MaskedText m = RU.mask(text);
        assertThat(m.text()).isEqualTo("до [e-mail] после");
        int after = text.indexOf("после");
        assertThat(m.text().substring(m.maskedStart(after), m.maskedEnd(after + 5))).isEqualTo("после");
        assertThat(m.maskedStart(text.indexOf("mail"))).isEqualTo(3); // inside a span: the token's start
        assertThat(m.overlapsMask(0, 2)).isFalse();
        assertThat(m.overlapsMask(5, 6)).isTrue();
    }

    static Gen<String[]> valuesInContext(PersonalDatum kind) {
        return integers().between(0, Integer.MAX_VALUE).map(seed -> {
            Random r = new Random(seed);
            String[] prefixes = kind == PersonalDatum.EMAIL ? EMAIL_PREFIXES : PREFIXES;
            String[] suffixes = kind == PersonalDatum.EMAIL ? EMAIL_SUFFIXES : SUFFIXES;
            return new String[] {prefixes[r.nextInt(prefixes.length)], PersonalDataSamples.of(kind, r), suffixes[r.nextInt(suffixes.length)]};
        });
    }

    @Test
    void masksEveryGeneratedValueInEveryPositionAndKeepsItsContext() {
        for (PersonalDatum kind : PersonalDatum.values()) {
            qt().withExamples(400).forAll(valuesInContext(kind)).checkAssert(v -> {
                String text = v[0] + v[1] + v[2];
                String masked = RU.mask(text).text();
                assertThat(masked).as("%s in %s", kind, text).doesNotContainPattern("[0-9@]").startsWith(v[0]).endsWith(v[2]).contains("[");
                assertThat(RU.mask(text).spans()).as(text).isNotEmpty();
            });
        }
    }

    @Test
    void masksValuesInsideLongerSentencesWithOrdinaryNumbersAround() {
        qt().withExamples(500).forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
            Random r = new Random(seed);
            String value = PersonalDataSamples.any(r);
            String text = "Обращался 12.03.2025 в 14:30, оплатил 1 500 руб. Мои данные " + value + ", заявление № 12345/2025.";
            String masked = RU.mask(text).text();
            assertThat(masked).as(text).startsWith("Обращался 12.03.2025 в 14:30, оплатил 1 500 руб. Мои данные ")
                    .endsWith(", заявление № 12345/2025.").doesNotContain(value);
            String middle = masked.substring(62, masked.length() - 25);
            assertThat(middle).as(text).doesNotContainPattern("[0-9@]");
        });
    }

    @Test
    void ordinaryNumbersSurviveInGeneratedSentences() {
        qt().withExamples(500).forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
            Random r = new Random(seed);
            String date = String.format("%02d.%02d.%d", 1 + r.nextInt(28), 1 + r.nextInt(12), 2000 + r.nextInt(30));
            String amount = (1 + r.nextInt(999)) + " " + String.format("%03d", r.nextInt(1000)) + " руб.";
            String number = "№ " + (1 + r.nextInt(99_999)) + "/" + (2000 + r.nextInt(30));
            String time = String.format("%d:%02d", r.nextInt(24), r.nextInt(60));
            String text = "Заявление " + number + " подал " + date + " в " + time + ", заплатил " + amount + " и ждал "
                    + (1 + r.nextInt(90)) + " дней, в " + (1990 + r.nextInt(40)) + " году.";
            assertThat(RU.mask(text).text()).isEqualTo(text);
        });
    }

    @Test
    void maskingIsIdempotent() {
        qt().withExamples(300).forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
            Random r = new Random(seed);
            String text = "Текст " + PersonalDataSamples.any(r) + " и " + PersonalDataSamples.any(r) + " конец";
            String once = RU.mask(text).text();
            assertThat(RU.mask(once).text()).isEqualTo(once);
        });
    }
}
