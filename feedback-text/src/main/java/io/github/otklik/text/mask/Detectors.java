package io.github.otklik.text.mask;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns {@link PersonalDataMasker} applies, in its order. Each finds candidate stretches in
 * the NFKC text and claims those that hold and overlap nothing claimed before. Digit boundaries are
 * checked with look-arounds on digits only, so values glued to letters ({@code тел.89161234567},
 * {@code ИНН7707083893}) are found as well.
 */
final class Detectors {
    /** A gap allowed between two digits of a phone number: up to two of space, dash, dot, or a bracket with spaces. */
    private static final String GAP = "(?:[ \\t]?[()][ \\t]?|[ \\t.\\-\\u2010-\\u2015]{1,2})?";
    private static final String DASH = "[\\-\\u2010-\\u2015]";

    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");
    /** СНИЛС after its name: masked whatever its check number (group 1). */
    static final Pattern SNILS_NAMED = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:снилс|snils)(?!\\p{L})[^\\d\\n]{0,15}?(\\d{3}[ \\-]?\\d{3}[ \\-]?\\d{3}[ \\-]?\\d{2})(?!\\d)");
    /** ИНН after its name: masked whatever its check digits (group 1). */
    static final Pattern INN_NAMED = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:инн|inn)(?!\\p{L})[^\\d\\n]{0,15}?(\\d{12}|\\d{10})(?!\\d)");
    /** A passport after «паспорт» or «серия»: series (group 1) to number (group 2). */
    static final Pattern PASSPORT_NAMED = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:паспорт\\p{L}*|passport|сери[яиюей]|series)(?!\\p{L})[^\\d\\n]{0,20}?"
                    + "(?<!\\d)(\\d{2} ?\\d{2})(?:[ \\t:,.№#]|номер|н\\.|no\\.?)*?(\\d{6})(?!\\d)");
    /** The layout of a СНИЛС, 123-456-789 01 (or with a dash before the check number): nothing else is written so. */
    static final Pattern SNILS_LAYOUT = Pattern.compile("(?<!\\d)\\d{3}" + DASH + "\\d{3}" + DASH + "\\d{3}[ \\-\\u2010-\\u2015]\\d{2}(?!\\d)");
    /** Passport layouts without a keyword: 45 06 123456, 4506 123456, 4506 № 123456 (NFKC writes № as No). */
    static final Pattern PASSPORT_LAYOUT = Pattern.compile("(?<![\\d+])(?:\\d{2} \\d{2}|\\d{4}) (?:(?:№|No|N)\\.? ?)?\\d{6}(?!\\d)");
    /** +7, 8 or 7 followed by ten digits, with any usual separators. */
    static final Pattern PHONE_RU = Pattern.compile("(?<![\\d+])(?:\\+[ \\t]?7|[78])(?:" + GAP + "\\d){10}(?!\\d)");
    /** + and 8 to 15 digits: an international number. */
    static final Pattern PHONE_INTL = Pattern.compile("(?<![\\d+])\\+[ \\t]?[1-9](?:" + GAP + "\\d){7,14}(?!\\d)");
    /** A mobile number without its trunk prefix: ten digits starting with 9. */
    static final Pattern PHONE_MOBILE = Pattern.compile("(?<![\\d+])(?:\\(9\\d{2}\\)|9\\d{2})(?:" + GAP + "\\d){7}(?!\\d)");
    /** A local number with dashes, 2-15-30, 12-34-56, 123-45-67, optionally after a code in brackets. */
    static final Pattern PHONE_LOCAL = Pattern.compile(
            "(?<![\\d.,:/\\-])(?:\\(\\d{3,5}\\)[ \\t]?)?\\d{1,3}" + DASH + "\\d{2}" + DASH + "\\d{2}(?!\\d|[.,:/\\-\\u2010-\\u2015]\\d)");
    /** Ten or twelve digits in a row: an ИНН when its check digits hold. */
    static final Pattern INN_BARE = Pattern.compile("(?<!\\d)(?:\\d{12}|\\d{10})(?!\\d)");
    /** Eleven digits in a row or as 123 456 789 01: a СНИЛС when its check number holds. */
    static final Pattern SNILS_BARE = Pattern.compile("(?<!\\d)\\d{3} ?\\d{3} ?\\d{3} ?\\d{2}(?!\\d)");
    /** Dates and times, which phone patterns must not swallow: 12.03.2025, 12/03/25, 2025-03-12, 14:30. */
    static final Pattern DATE_OR_TIME = Pattern.compile(
            "(?<!\\d)(?:(?:0?[1-9]|[12]\\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2})(?!\\d)");

    private Detectors() {
    }

    /**
     * What a text holds, found in one scan, so that rules that cannot match are not run: an
     * {@code @}, a {@code +}, a dash, a name of an identifier, the number of digits, and the longest
     * run of digits joined by gaps of at most three of space, dot, dash and brackets (every rule's
     * digits but the named ones and the passport layout lie in one such run).
     */
    record Shape(boolean at, boolean plus, boolean dash, boolean keyword, int digits, int longestRun) {
        private static final String[] KEYWORDS = {"снилс", "snils", "инн", "inn", "паспорт", "passport", "сери", "series"};

        static Shape of(String s) {
            boolean at = false;
            boolean plus = false;
            boolean dash = false;
            int digits = 0;
            int run = 0;
            int longest = 0;
            int gap = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                    run = gap <= 3 ? run + 1 : 1;
                    gap = 0;
                    longest = Math.max(longest, run);
                    continue;
                }
                if (c == '@') {
                    at = true;
                } else if (c == '+') {
                    plus = true;
                } else if (c == '-' || (c >= '\u2010' && c <= '\u2015')) {
                    dash = true;
                }
                boolean separator = c == ' ' || c == '\t' || c == '.' || c == '-' || c == '(' || c == ')' || (c >= '\u2010' && c <= '\u2015');
                gap = separator && run > 0 ? gap + 1 : 4;
            }
            boolean keyword = false;
            if (digits >= 10) {
                String lower = s.toLowerCase(java.util.Locale.ROOT);
                for (String k : KEYWORDS) {
                    keyword |= lower.contains(k);
                }
            }
            return new Shape(at, plus, dash, keyword, digits, longest);
        }
    }

    /** Claimed stretches, kept sorted by start and disjoint. */
    static final class Claims {
        final List<int[]> spans = new ArrayList<>(); // {start, end, datum ordinal}

        boolean free(int start, int end) {
            for (int[] s : spans) {
                if (start < s[1] && s[0] < end) {
                    return false;
                }
            }
            return true;
        }

        boolean claim(int start, int end, PersonalDatum datum) {
            if (!free(start, end)) {
                return false;
            }
            int i = 0;
            while (i < spans.size() && spans.get(i)[0] < start) {
                i++;
            }
            spans.add(i, new int[] {start, end, datum.ordinal()});
            return true;
        }

        boolean claimedAt(int offset) {
            return !free(offset, offset + 1);
        }
    }

    /** Claims every match of {@code p} (group {@code group}, or from group 1 to {@code group} when {@code span}). */
    static void claimAll(String s, Pattern p, PersonalDatum datum, Claims claims) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            claims.claim(m.start(), m.end(), datum);
        }
    }

    static void claimGroup(String s, Pattern p, int fromGroup, int toGroup, PersonalDatum datum, Claims claims) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            claims.claim(m.start(fromGroup), m.end(toGroup), datum);
        }
    }

    /** Claims the matches of {@code p} whose digits pass {@code check}. */
    static void claimChecked(String s, Pattern p, PersonalDatum datum, java.util.function.Predicate<String> check, Claims claims) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (check.test(digits(s, m.start(), m.end()))) {
                claims.claim(m.start(), m.end(), datum);
            }
        }
    }

    /** Claims phone matches that do not overlap a date or a time; a rejected match is retried one character on. */
    static void claimPhones(String s, Pattern p, Claims claims, List<int[]> dates) {
        Matcher m = p.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            if (overlapsAny(dates, m.start(), m.end())) {
                from = m.start() + 1;
                continue;
            }
            claims.claim(m.start(), m.end(), PersonalDatum.PHONE);
            from = m.end();
        }
    }

    static List<int[]> dates(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = DATE_OR_TIME.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean overlapsAny(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bank cards: every run of digits joined by single spaces or dashes, outside claimed stretches;
     * the longest stretch of whole groups with 13 to 19 digits that passes the Luhn check is claimed.
     */
    static void claimCards(String s, Claims claims) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(s.charAt(i)) || (i > 0 && isDigit(s.charAt(i - 1))) || claims.claimedAt(i)) {
                i++;
                continue;
            }
            List<int[]> groups = new ArrayList<>(); // {start, end} of digit groups
            int j = i;
            while (true) {
                int g = j;
                while (j < n && isDigit(s.charAt(j)) && !claims.claimedAt(j)) {
                    j++;
                }
                groups.add(new int[] {g, j});
                if (j + 1 < n && (s.charAt(j) == ' ' || s.charAt(j) == '-') && isDigit(s.charAt(j + 1)) && !claims.claimedAt(j + 1)) {
                    j++;
                } else {
                    break;
                }
            }
            claimLongestCard(s, groups, claims);
            i = Math.max(j, i + 1);
        }
    }

    private static void claimLongestCard(String s, List<int[]> groups, Claims claims) {
        int best = -1;
        int bestFrom = 0;
        int bestTo = 0;
        for (int a = 0; a < groups.size(); a++) {
            int count = 0;
            for (int b = a; b < groups.size(); b++) {
                count += groups.get(b)[1] - groups.get(b)[0];
                if (count > 19) {
                    break;
                }
                if (count >= 13 && count > best && Checksums.isCard(digits(s, groups.get(a)[0], groups.get(b)[1]))) {
                    best = count;
                    bestFrom = groups.get(a)[0];
                    bestTo = groups.get(b)[1];
                }
            }
        }
        if (best > 0) {
            claims.claim(bestFrom, bestTo, PersonalDatum.CARD);
        }
    }

    static String digits(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
