package io.github.otklik.text.mask;

import io.github.otklik.core.text.Language;
import io.github.otklik.text.normalize.NfkcText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replaces personal data in a text by tokens before the text leaves the library
 * ({@code spec/formats.md} §7). The rules look at the Unicode NFKC form of the text (so full-width
 * digits and no-break spaces count as digits and spaces) and replace what they find in the text as
 * written; in this order, each rule claims what it finds where nothing was claimed before:
 * <ol>
 * <li><b>e-mail</b> {@code [e-mail]}: {@code local@domain.tld}, letters of any script;</li>
 * <li><b>named identifiers</b>, whatever their check digits: 11 digits after «СНИЛС»
 *     {@code [СНИЛС]}, 10 or 12 digits after «ИНН» {@code [ИНН]}, series and number after
 *     «паспорт» or «серия» ({@code серия 45 06 номер 123456}) {@code [паспорт]};</li>
 * <li><b>СНИЛС layout</b> {@code 123-456-789 01} (or {@code 123-456-789-01}), whatever its check
 *     number: nothing else is written so;</li>
 * <li><b>passport layouts</b> {@code 45 06 123456}, {@code 4506 123456}, {@code 4506 № 123456};</li>
 * <li><b>bank cards</b> {@code [карта]}: 13 to 19 digits, in a row or in groups joined by single
 *     spaces or dashes, passing the Luhn check (the longest such stretch of whole groups; before
 *     phones, so that the tail of a card is not taken for one);</li>
 * <li><b>phones</b> {@code [телефон]}: {@code +7}, {@code 8} or {@code 7} and ten digits; {@code +}
 *     and 8 to 15 digits (international) — with or without spaces, dashes, dots and brackets
 *     between digits, never swallowing a date or a time;</li>
 * <li><b>ИНН</b>: 10 or 12 digits in a row whose check digits hold;</li>
 * <li><b>phones without a prefix</b>: ten digits starting with 9 ({@code 916 123-45-67}), and local
 *     numbers written with dashes ({@code 2-15-30}, {@code 123-45-67}, {@code (8482) 12-34-56});</li>
 * <li><b>СНИЛС</b>: 11 digits in a row (or {@code 123 456 789 01}) whose check number holds.</li>
 * </ol>
 * Kept as they are: 10- and 12-digit numbers that fail the ИНН check and do not start with 9, 11-digit
 * numbers that fail the СНИЛС check and do not start with 7 or 8, 13–19-digit numbers that fail Luhn
 * — unless a name (ИНН, СНИЛС, паспорт) stands before them; dates, times, amounts
 * ({@code 1 500 руб.}), application numbers ({@code № 12345/2025}), years and short numbers. Names
 * and postal addresses are not personal data in the sense of §7 and are not masked. Masking a
 * masked text changes nothing (tokens hold no digit and no {@code @}).
 *
 * <pre>{@code
 * PersonalDataMasker.of(Language.RU).mask("звоните 8 (916) 123-45-67, ivan@mail.ru").text();
 * // "звоните [телефон], [e-mail]"
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class PersonalDataMasker {
    private final Language language;

    private PersonalDataMasker(Language language) {
        this.language = language;
    }

    /**
     * A masker whose tokens are written in {@code language}.
     *
     * @param language Russian ({@code [телефон]}) or English ({@code [phone]})
     * @return the masker
     */
    public static PersonalDataMasker of(Language language) {
        return new PersonalDataMasker(Objects.requireNonNull(language, "language"));
    }

    /**
     * The language of the replacement tokens.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * Masks {@code text}.
     *
     * @param text any text
     * @return the text with personal data replaced, and where the replacements stand
     */
    public MaskedText mask(String text) {
        Objects.requireNonNull(text, "text");
        if (!mayHoldPersonalData(text)) { // NFKC never adds an '@' or a digit to a text without them
            return new MaskedText(text, List.of());
        }
        NfkcText mapped = NfkcText.of(text);
        String s = mapped.normalized();
        Detectors.Shape shape = Detectors.Shape.of(s);
        Detectors.Claims claims = new Detectors.Claims();
        if (shape.at()) {
            Detectors.claimAll(s, Detectors.EMAIL, PersonalDatum.EMAIL, claims);
        }
        if (shape.keyword() && shape.digits() >= 10) {
            Detectors.claimGroup(s, Detectors.SNILS_NAMED, 1, 1, PersonalDatum.SNILS, claims);
            Detectors.claimGroup(s, Detectors.INN_NAMED, 1, 1, PersonalDatum.INN, claims);
            Detectors.claimGroup(s, Detectors.PASSPORT_NAMED, 1, 2, PersonalDatum.PASSPORT, claims);
        }
        int run = shape.longestRun();
        if (run >= 11) {
            Detectors.claimAll(s, Detectors.SNILS_LAYOUT, PersonalDatum.SNILS, claims);
        }
        if (shape.digits() >= 10) {
            Detectors.claimAll(s, Detectors.PASSPORT_LAYOUT, PersonalDatum.PASSPORT, claims);
        }
        if (run >= 13) {
            Detectors.claimCards(s, claims);
        }
        List<int[]> dates = run >= 5 ? Detectors.dates(s) : List.of();
        if (run >= 11) {
            Detectors.claimPhones(s, Detectors.PHONE_RU, claims, dates);
        }
        if (shape.plus() && run >= 8) {
            Detectors.claimPhones(s, Detectors.PHONE_INTL, claims, dates);
        }
        if (run >= 10) {
            Detectors.claimChecked(s, Detectors.INN_BARE, PersonalDatum.INN, Checksums::isInn, claims);
            Detectors.claimPhones(s, Detectors.PHONE_MOBILE, claims, dates);
        }
        if (shape.dash() && run >= 5) {
            Detectors.claimPhones(s, Detectors.PHONE_LOCAL, claims, dates);
        }
        if (run >= 11) {
            Detectors.claimChecked(s, Detectors.SNILS_BARE, PersonalDatum.SNILS, Checksums::isSnils, claims);
        }
        return build(mapped, claims);
    }

    /**
     * No rule can match a text with fewer than five digits and no {@code @}; only ASCII digits and
     * {@code @} are cheap to count, so any other character that NFKC may turn into one (full-width
     * forms, circled or superscript digits) sends the text to the full check.
     */
    private static boolean mayHoldPersonalData(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '@' || (c >= '0' && c <= '9' && ++digits >= 5) || (c > 0x7f && c < 0x400) || c >= 0x2000) {
                return true;
            }
        }
        return false;
    }

    private MaskedText build(NfkcText mapped, Detectors.Claims claims) {
        String s = mapped.original();
        if (claims.spans.isEmpty()) {
            return new MaskedText(s, List.of());
        }
        StringBuilder out = new StringBuilder(s.length());
        List<MaskSpan> spans = new ArrayList<>(claims.spans.size());
        PersonalDatum[] kinds = PersonalDatum.values();
        int at = 0;
        for (int[] c : claims.spans) {
            int start = Math.max(at, mapped.originalStart(c[0])); // a shared cluster goes to the earlier span
            int end = mapped.originalEnd(c[1]);
            if (end <= start) {
                continue;
            }
            out.append(s, at, start);
            PersonalDatum datum = kinds[c[2]];
            int maskedStart = out.length();
            out.append(datum.token(language));
            spans.add(new MaskSpan(datum, start, end, maskedStart, out.length()));
            at = end;
        }
        out.append(s, at, s.length());
        return new MaskedText(out.toString(), spans);
    }

    @Override
    public String toString() {
        return "PersonalDataMasker[" + language.code() + "]";
    }
}
