package io.github.otklik.text.mask;

import io.github.otklik.core.text.Language;

/**
 * A kind of personal data (персональные данные) that {@link PersonalDataMasker} replaces, with the
 * token that stands in its place ({@code spec/formats.md} §7).
 */
public enum PersonalDatum {
    /** An e-mail address. */
    EMAIL("[e-mail]", "[e-mail]"),
    /** A phone number (+7 / 8, international, local). */
    PHONE("[телефон]", "[phone]"),
    /** СНИЛС, the insurance account number of the Social Fund. */
    SNILS("[СНИЛС]", "[SNILS]"),
    /** ИНН, the taxpayer number (10 digits for organisations, 12 for persons). */
    INN("[ИНН]", "[INN]"),
    /** A passport's series and number. */
    PASSPORT("[паспорт]", "[passport]"),
    /** A bank card number. */
    CARD("[карта]", "[card]");

    private final String ru;
    private final String en;

    PersonalDatum(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    /**
     * The replacement token in {@code language}: {@code [телефон]} or {@code [phone]}, and so on.
     * Tokens hold no digit and no {@code @}, so masking a masked text changes nothing.
     *
     * @param language the language of the output
     * @return the token, in square brackets
     */
    public String token(Language language) {
        return language == Language.EN ? en : ru;
    }
}
