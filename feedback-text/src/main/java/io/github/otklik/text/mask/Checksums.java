package io.github.otklik.text.mask;

/**
 * The check digits of Russian identifiers and of bank cards, as {@link PersonalDataMasker} uses
 * them. Each method takes the digits alone (no separators) and answers false for anything else.
 */
public final class Checksums {
    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Checksums() {
    }

    /**
     * Whether {@code digits} is an 11-digit СНИЛС whose last two digits are its check number: the
     * sum of the first nine digits weighted 9…1, taken as is below 100, as 00 at 100 and 101, and
     * modulo 101 above (a remainder of 100 again giving 00). Numbers up to 001-001-998 have no check
     * number and are accepted whatever their last two digits.
     *
     * @param digits the digits of the number
     * @return true when the check number holds
     */
    public static boolean isSnils(CharSequence digits) {
        if (!allDigits(digits, 11)) {
            return false;
        }
        int number = 0;
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = digits.charAt(i) - '0';
            number = number * 10 + d;
            sum += d * (9 - i);
        }
        if (number <= 1_001_998) {
            return true;
        }
        int check = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
        return check == (digits.charAt(9) - '0') * 10 + (digits.charAt(10) - '0');
    }

    /**
     * Whether {@code digits} is an ИНН with valid check digits: 10 digits (organisations, one check
     * digit) or 12 digits (persons and entrepreneurs, two check digits); each check digit is the
     * weighted sum of the digits before it, modulo 11, modulo 10.
     *
     * @param digits the digits of the number
     * @return true when every check digit holds
     */
    public static boolean isInn(CharSequence digits) {
        if (allDigits(digits, 10)) {
            return check(digits, INN10) == digits.charAt(9) - '0';
        }
        if (allDigits(digits, 12)) {
            return check(digits, INN12_11) == digits.charAt(10) - '0' && check(digits, INN12_12) == digits.charAt(11) - '0';
        }
        return false;
    }

    /**
     * Whether {@code digits} (13 to 19 of them, the lengths of bank card numbers) pass the Luhn
     * check: doubling every second digit from the right, the digit sum is a multiple of 10.
     *
     * @param digits the digits of the number
     * @return true for a Luhn-valid number of 13 to 19 digits
     */
    public static boolean isCard(CharSequence digits) {
        int n = digits.length();
        if (n < 13 || n > 19 || !allDigits(digits, n)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int d = digits.charAt(n - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static int check(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10;
    }

    private static boolean allDigits(CharSequence s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
