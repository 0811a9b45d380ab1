package io.github.otklik.text;

import io.github.otklik.text.mask.PersonalDatum;

import java.util.Random;

/**
 * Valid personal data in the spellings people use, for tests. Check digits are computed here
 * constructively (not with the masker's own {@code Checksums}).
 */
public final class PersonalDataSamples {
    private static final String[] LOCAL = {"ivan", "i.petrova", "olga_s", "user+tag", "a.b.c", "test123", "maria-k"};
    private static final String[] DOMAINS = {"mail.ru", "yandex.ru", "gmail.com", "gov.ru", "почта.рф", "example.org", "sub.domain.ru"};

    private PersonalDataSamples() {
    }

    /** One value of a random kind. */
    public static String any(Random r) {
        return of(PersonalDatum.values()[r.nextInt(PersonalDatum.values().length)], r);
    }

    /** One value of {@code kind}, in a random spelling. */
    public static String of(PersonalDatum kind, Random r) {
        return switch (kind) {
            case EMAIL -> LOCAL[r.nextInt(LOCAL.length)] + "@" + DOMAINS[r.nextInt(DOMAINS.length)];
            case PHONE -> phone(r);
            case SNILS -> snils(r);
            case INN -> r.nextBoolean() ? inn10(r) : inn12(r);
            case PASSPORT -> passport(r);
            case CARD -> card(r);
        };
    }

    static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    /** Russian mobile and landline numbers, +7/8, and international ones, with many separators. */
    public static String phone(Random r) {
        String code = (r.nextInt(3) == 0 ? "4" : "9") + digits(r, 2);
        String a = digits(r, 3);
        String b = digits(r, 2);
        String c = digits(r, 2);
        return switch (r.nextInt(10)) {
            case 0 -> "+7 " + code + " " + a + "-" + b + "-" + c;
            case 1 -> "+7 (" + code + ") " + a + "-" + b + "-" + c;
            case 2 -> "8 (" + code + ") " + a + " " + b + " " + c;
            case 3 -> "8-" + code + "-" + a + "-" + b + "-" + c;
            case 4 -> "8." + code + "." + a + "." + b + "." + c;
            case 5 -> "+7" + code + a + b + c;
            case 6 -> "8" + code + a + b + c;
            case 7 -> "+44 20 " + digits(r, 4) + " " + digits(r, 4);
            case 8 -> "+375 (29) " + a + "-" + b + "-" + c;
            default -> "+1 " + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 4);
        };
    }

    /** A СНИЛС with a valid check number, as 123-456-789 01, 12345678901 or 123 456 789 01. */
    public static String snils(Random r) {
        String nine;
        do {
            nine = digits(r, 9);
        } while (Integer.parseInt(nine) <= 1_001_998);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        int check;
        if (sum < 100) {
            check = sum;
        } else if (sum <= 101) {
            check = 0;
        } else {
            check = sum % 101;
            if (check == 100) {
                check = 0;
            }
        }
        String cc = String.format("%02d", check);
        return switch (r.nextInt(3)) {
            case 0 -> nine.substring(0, 3) + "-" + nine.substring(3, 6) + "-" + nine.substring(6) + " " + cc;
            case 1 -> nine + cc;
            default -> nine.substring(0, 3) + " " + nine.substring(3, 6) + " " + nine.substring(6) + " " + cc;
        };
    }

    /** A 10-digit ИНН with a valid check digit, not starting with 7, 8 or 9 (so not also a phone shape). */
    public static String inn10(Random r) {
        String nine = (1 + r.nextInt(6)) + digits(r, 8);
        return nine + weighted(nine, new int[] {2, 4, 10, 3, 5, 9, 4, 6, 8});
    }

    /** A 12-digit ИНН with valid check digits. */
    public static String inn12(Random r) {
        String ten = (1 + r.nextInt(9)) + digits(r, 9);
        String eleven = ten + weighted(ten, new int[] {7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
        return eleven + weighted(eleven, new int[] {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10;
    }

    /** A passport's series and number: 45 06 123456, 4506 123456, серия 4506 № 123456, серия 45 06 номер 123456. */
    public static String passport(Random r) {
        String s1 = digits(r, 2);
        String s2 = digits(r, 2);
        String n = digits(r, 6);
        return switch (r.nextInt(4)) {
            case 0 -> s1 + " " + s2 + " " + n;
            case 1 -> s1 + s2 + " " + n;
            case 2 -> "серия " + s1 + s2 + " № " + n;
            default -> "паспорт серия " + s1 + " " + s2 + " номер " + n;
        };
    }

    /** A Luhn-valid card number of 13 to 19 digits, in a row or in groups of four. */
    public static String card(Random r) {
        int length = 13 + r.nextInt(7);
        String body = (2 + r.nextInt(4)) + digits(r, length - 2);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) { // the check digit will be rightmost, so body's rightmost is doubled
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        String all = body + (10 - sum % 10) % 10;
        if (r.nextBoolean()) {
            return all;
        }
        String sep = r.nextBoolean() ? " " : "-";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < all.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append(sep);
            }
            b.append(all.charAt(i));
        }
        return b.toString();
    }
}
