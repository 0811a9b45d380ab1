package io.github.otklik.core.io;

import io.github.otklik.core.response.AnswerValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass of {@link ResponseLineScanner} over one line: a recursive-descent reader of RFC 8259
 * over the line's bytes that validates everything and decodes only the response's fields. Any
 * doubt ends the pass with {@link Undecided}, and the line goes to the Jackson path. A cursor may
 * read line after line: it keeps the top-level answers and respondent maps of the last line, which
 * the response builder copies, and reuses them for the next. Not thread-safe: one per thread.
 */
final class ScanCursor {
    /** Deeper lines are left to Jackson, which enforces {@link ResponseJsonlReader#MAX_DEPTH}. */
    static final int MAX_DEPTH = 32;
    /** Longer number tokens are left to Jackson (its limit is 1,000 characters). */
    static final int MAX_NUMBER = 200;
    /** Longer keys, in bytes or characters, are left to Jackson (its limit is 50,000). */
    static final int MAX_KEY = 1_000;
    /** Longer strings, in bytes or characters, are left to Jackson (its limit is 20,000,000). */
    static final int MAX_STRING = 1 << 20;

    /** The line is not decided here; no stack trace, one shared instance (it holds nothing). */
    static final class Undecided extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Undecided INSTANCE = new Undecided();

        private Undecided() {
            super("left to the Jackson path", null, false, false);
        }
    }

    /** Integers from 0 to this are answered by shared instances (scale answers, counts). */
    private static final int SMALL = 127;
    private static final AnswerValue.IntegerValue[] SMALL_INTEGERS = new AnswerValue.IntegerValue[SMALL + 1];

    static {
        for (int i = 0; i <= SMALL; i++) {
            SMALL_INTEGERS[i] = new AnswerValue.IntegerValue(i);
        }
    }

    private final ScannedKeys keys;
    private final Members answers = new Members(); // of the last line; copied by the response builder
    private final Members respondent = new Members();
    // per nesting level, the names met in the object being read there; made on first use
    private final Names[] names = new Names[MAX_DEPTH + 1];
    private byte[] b;
    private int end;
    private int pos;
    // the last key read by key(): an ASCII range without escapes, or the decoded name
    private int keyFrom;
    private int keyTo;
    private String keyName;
    // the shared entry of the last string(true), when it gave one; else null
    private ScannedKeys.Entry shared;
    // whether short text values are shared: in the answers (codes), not in the respondent's data
    private boolean shareTexts;
    // whether the last string stringEnd() walked was all ASCII
    private boolean ascii;

    ScanCursor(ScannedKeys keys) {
        this.keys = keys;
    }

    /**
     * The fields of the line from {@code from} to {@code to} of {@code b}, checked; throws
     * {@link Undecided} for anything the scanner does not accept. The maps of the fields' answers
     * and respondent are valid until the next call.
     */
    ResponseFields line(byte[] b, int from, int to) {
        this.shared = null;
        this.shareTexts = false;
        begin(b, from, to);
        pos++;
        ResponseFields r = new ResponseFields();
        SeenKeys seen = new SeenKeys(1);
        ws();
        if (at() == '}') {
            pos++;
        } else {
            while (true) {
                if (at() != '"') {
                    throw Undecided.INSTANCE;
                }
                boolean simple = key();
                int known = simple ? topKey(keyFrom, keyTo) : ObjectKeys.top(keyName);
                seen.add(known, simple);
                colon();
                switch (known) {
                    case ObjectKeys.ID -> r.id = stringValue(false);
                    case ObjectKeys.FORM -> r.form = stringValue(true);
                    case ObjectKeys.FORM_VERSION -> r.formVersion = stringValue(true);
                    case ObjectKeys.SUBMITTED_AT -> r.submittedAt = stringValue(false);
                    case ObjectKeys.AGENCY -> r.agency = stringValue(true);
                    case ObjectKeys.PROCESS -> r.process = stringValue(true);
                    case ObjectKeys.CHANNEL -> r.channel = stringValue(true);
                    case ObjectKeys.CLIENT -> client(r);
                    case ObjectKeys.ANONYMOUS -> r.anonymous = bool();
                    case ObjectKeys.ANSWERS -> {
                        shareTexts = true;
                        r.answers = members(2, answers.cleared());
                        shareTexts = false;
                    }
                    case ObjectKeys.RESPONDENT -> r.respondent = members(2, respondent.cleared());
                    default -> skip(2);
                }
                if (!nextMember()) {
                    break;
                }
            }
        }
        ws();
        if (pos != end) {
            throw Undecided.INSTANCE;
        }
        r.checkFields();
        return r;
    }

    /**
     * Whether the bytes from {@code from} to {@code to} are one JSON object the scanner accepts as
     * well-formed (the grammar, UTF-8, repeated keys, depth and number forms of {@link #line}),
     * decoding no string and reading no field: the floor of any reader built on this scanner,
     * measured beside it by the benchmarks.
     */
    boolean wellFormed(byte[] b, int from, int to) {
        try {
            begin(b, from, to);
            skip(1);
            ws();
            return pos == end;
        } catch (Undecided e) {
            return false;
        }
    }

    /** Starts on the line from {@code from} to {@code to} of {@code b}, at its opening brace. */
    private void begin(byte[] b, int from, int to) {
        this.b = b;
        this.pos = from;
        this.end = to;
        ws();
        if (at() != '{') {
            throw Undecided.INSTANCE;
        }
    }

    private void client(ResponseFields r) {
        if (at() != '{') {
            throw Undecided.INSTANCE;
        }
        pos++;
        r.clientSeen = true;
        SeenKeys seen = new SeenKeys(2);
        ws();
        if (at() == '}') {
            pos++;
            return;
        }
        while (true) {
            if (at() != '"') {
                throw Undecided.INSTANCE;
            }
            boolean simple = key();
            int known = simple ? clientKey(keyFrom, keyTo) : ObjectKeys.client(keyName);
            seen.add(known, simple);
            colon();
            switch (known) {
                case ObjectKeys.KIND -> r.clientKind = stringValue(true);
                case ObjectKeys.CATEGORY -> r.clientCategory = stringValue(true);
                default -> skip(3);
            }
            if (!nextMember()) {
                return;
            }
        }
    }

    /**
     * The keys met so far in an object whose known keys are numbered ({@link ObjectKeys}): those in
     * a bit set, any other in the {@link Names} of the object's nesting level; a repeated key
     * leaves the line undecided.
     */
    private final class SeenKeys {
        private final int level;
        private int known;
        private Names others; // on the first other key

        SeenKeys(int level) {
            this.level = level;
        }

        /** Records the key {@link #key()} just read ({@code simple}: as a byte range), known as {@code index} or −1. */
        void add(int index, boolean simple) {
            if (index >= 0) {
                if ((known & (1 << index)) != 0) {
                    throw Undecided.INSTANCE;
                }
                known |= 1 << index;
                return;
            }
            if (others == null) {
                others = names(level);
            }
            others.add(simple ? keys.ascii(b, keyFrom, keyTo) : keyName);
        }
    }

    /** The names of an object at {@code level} (at most {@link #MAX_DEPTH}), emptied for a new object. */
    private Names names(int level) {
        Names n = names[level];
        if (n == null) {
            n = names[level] = new Names();
        }
        return n.cleared();
    }

    /**
     * The names met so far in one object, all interned ({@link ScannedKeys} and {@link #key()}
     * intern every name): compared by reference in a reused array, in a hash set beyond its length.
     * One per nesting level, reused by every object read there.
     */
    private static final class Names {
        private final String[] seen = new String[16];
        private int count;
        private Set<String> more;

        Names cleared() {
            count = 0;
            more = null;
            return this;
        }

        /** Adds {@code name}; a repeated one leaves the line undecided. */
        void add(String name) {
            if (more != null) {
                if (!more.add(name)) {
                    throw Undecided.INSTANCE;
                }
                return;
            }
            for (int j = 0; j < count; j++) {
                if (seen[j] == name) {
                    throw Undecided.INSTANCE;
                }
            }
            if (count < seen.length) {
                seen[count++] = name;
            } else {
                more = new HashSet<>(Arrays.asList(seen));
                more.add(name);
            }
        }
    }

    /** After a member's value: {@code true} on a comma (the next key follows), {@code false} on the closing brace. */
    private boolean nextMember() {
        ws();
        byte c = at();
        pos++;
        if (c == ',') {
            ws();
            return true;
        }
        if (c == '}') {
            return false;
        }
        throw Undecided.INSTANCE;
    }

    private int topKey(int f, int t) {
        switch (t - f) {
            case 2:
                return is(f, "id") ? ObjectKeys.ID : -1;
            case 4:
                return is(f, "form") ? ObjectKeys.FORM : -1;
            case 6:
                return is(f, "agency") ? ObjectKeys.AGENCY : is(f, "client") ? ObjectKeys.CLIENT : -1;
            case 7:
                return is(f, "answers") ? ObjectKeys.ANSWERS : is(f, "process") ? ObjectKeys.PROCESS
                        : is(f, "channel") ? ObjectKeys.CHANNEL : -1;
            case 9:
                return is(f, "anonymous") ? ObjectKeys.ANONYMOUS : -1;
            case 10:
                return is(f, "respondent") ? ObjectKeys.RESPONDENT : -1;
            case 11:
                return is(f, "formVersion") ? ObjectKeys.FORM_VERSION : is(f, "submittedAt") ? ObjectKeys.SUBMITTED_AT : -1;
            default:
                return -1;
        }
    }

    private int clientKey(int f, int t) {
        switch (t - f) {
            case 4:
                return is(f, "kind") ? ObjectKeys.KIND : -1;
            case 8:
                return is(f, "category") ? ObjectKeys.CATEGORY : -1;
            default:
                return -1;
        }
    }

    /** Whether the bytes from {@code f} are {@code literal} (the caller has matched the length). */
    private boolean is(int f, String literal) {
        for (int i = 0, n = literal.length(); i < n; i++) {
            if (b[f + i] != literal.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the key whose opening quote is at {@code pos}. A key of printable ASCII without escapes
     * is left as a byte range ({@code keyFrom}, {@code keyTo}; returns {@code true}); any other is
     * decoded into {@code keyName} (returns {@code false}).
     */
    private boolean key() {
        int from = pos + 1;
        int i = plain(from);
        if (i >= end) {
            throw Undecided.INSTANCE;
        }
        if (b[i] == '"') {
            if (i - from > MAX_KEY) {
                throw Undecided.INSTANCE;
            }
            keyFrom = from;
            keyTo = i;
            pos = i + 1;
            return true;
        }
        // an escape, a control character or a byte of a multi-byte character
        keyName = string();
        if (keyName.length() > MAX_KEY) {
            throw Undecided.INSTANCE;
        }
        keyName = keyName.intern();
        return false;
    }

    private void colon() {
        ws();
        if (at() != ':') {
            throw Undecided.INSTANCE;
        }
        pos++;
        ws();
    }

    /** A string field's value; {@code canonical}: a short ASCII one as the shared instance of its bytes. */
    private String stringValue(boolean canonical) {
        if (at() != '"') {
            throw Undecided.INSTANCE; // another type: the Jackson path reports it
        }
        return canonical ? string(true) : string();
    }

    private boolean bool() {
        byte c = at();
        if (c == 't') {
            literal("true");
            return true;
        }
        if (c == 'f') {
            literal("false");
            return false;
        }
        throw Undecided.INSTANCE;
    }

    /**
     * The members of the object at {@code pos} (nesting level {@code level}), keys in input order,
     * read into the empty {@code m}, which the response builder or {@link AnswerValue.ObjectValue}
     * copies.
     */
    private Members members(int level, Members m) {
        if (at() != '{' || level > MAX_DEPTH) {
            throw Undecided.INSTANCE;
        }
        pos++;
        ws();
        if (at() == '}') {
            pos++;
            return m;
        }
        while (true) {
            if (at() != '"') {
                throw Undecided.INSTANCE;
            }
            String k = key() ? keys.ascii(b, keyFrom, keyTo) : keyName;
            colon();
            if (!m.add(k, value(level + 1))) { // a repeated key: the Jackson path reports it
                throw Undecided.INSTANCE;
            }
            if (!nextMember()) {
                return m;
            }
        }
    }

    /** The value at {@code pos}; a container it opens is at nesting level {@code level}. */
    private AnswerValue value(int level) {
        switch (at()) {
            case '"':
                return text();
            case '{':
                return new AnswerValue.ObjectValue(members(level, new Members()));
            case '[':
                return array(level);
            case 't':
                literal("true");
                return new AnswerValue.BooleanValue(true);
            case 'f':
                literal("false");
                return new AnswerValue.BooleanValue(false);
            case 'n':
                literal("null");
                return AnswerValue.NullValue.INSTANCE;
            default:
                return number();
        }
    }

    private AnswerValue array(int level) {
        if (level > MAX_DEPTH) {
            throw Undecided.INSTANCE;
        }
        pos++;
        ws();
        if (at() == ']') {
            pos++;
            return new AnswerValue.ArrayValue(List.of());
        }
        // one or two items (the usual multiple choice) go straight into an immutable list
        AnswerValue first = value(level + 1);
        if (arrayEnds()) {
            return new AnswerValue.ArrayValue(List.of(first));
        }
        AnswerValue second = value(level + 1);
        if (arrayEnds()) {
            return new AnswerValue.ArrayValue(List.of(first, second));
        }
        List<AnswerValue> items = new ArrayList<>();
        items.add(first);
        items.add(second);
        do {
            items.add(value(level + 1));
        } while (!arrayEnds());
        return new AnswerValue.ArrayValue(items);
    }

    /** After an item: {@code false} on a comma (the next item follows), {@code true} on the closing bracket. */
    private boolean arrayEnds() {
        ws();
        byte c = at();
        pos++;
        if (c == ',') {
            ws();
            return false;
        }
        if (c == ']') {
            return true;
        }
        throw Undecided.INSTANCE;
    }

    /** Validates the value at {@code pos} (repeated keys included) without keeping it. */
    private void skip(int level) {
        byte c = at();
        if (c == '{') {
            if (level > MAX_DEPTH) {
                throw Undecided.INSTANCE;
            }
            pos++;
            ws();
            if (at() == '}') {
                pos++;
                return;
            }
            Names seen = names(level);
            while (true) {
                if (at() != '"') {
                    throw Undecided.INSTANCE;
                }
                seen.add(key() ? keys.ascii(b, keyFrom, keyTo) : keyName);
                colon();
                skip(level + 1);
                if (!nextMember()) {
                    return;
                }
            }
        }
        if (c == '[') {
            if (level > MAX_DEPTH) {
                throw Undecided.INSTANCE;
            }
            pos++;
            ws();
            if (at() == ']') {
                pos++;
                return;
            }
            while (true) {
                skip(level + 1);
                ws();
                byte d = at();
                pos++;
                if (d == ']') {
                    return;
                }
                if (d != ',') {
                    throw Undecided.INSTANCE;
                }
                ws();
            }
        }
        if (c == '"') {
            skipString();
        } else {
            value(level); // another scalar: validated as it is read
        }
    }

    private void literal(String word) {
        int n = word.length();
        if (pos + n > end) {
            throw Undecided.INSTANCE;
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != word.charAt(i)) {
                throw Undecided.INSTANCE;
            }
        }
        pos += n;
    }

    /** An RFC 8259 number token, as {@code AnswerValueReader} maps Jackson's. */
    private AnswerValue number() {
        int from = pos;
        int i = pos;
        boolean negative = i < end && b[i] == '-';
        if (negative) {
            i++;
        }
        if (i >= end) {
            throw Undecided.INSTANCE;
        }
        int digitsFrom = i;
        byte c = b[i];
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            i++;
            while (i < end && isDigit(b[i])) {
                i++;
            }
        } else {
            throw Undecided.INSTANCE;
        }
        int digitsTo = i;
        boolean integral = true;
        if (i < end && b[i] == '.') {
            int d = ++i;
            while (i < end && isDigit(b[i])) {
                i++;
            }
            if (i == d) {
                throw Undecided.INSTANCE;
            }
            integral = false;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int d = i;
            while (i < end && isDigit(b[i])) {
                i++;
            }
            if (i == d) {
                throw Undecided.INSTANCE;
            }
            integral = false;
        }
        if (i - from > MAX_NUMBER) {
            throw Undecided.INSTANCE;
        }
        pos = i;
        if (integral && digitsTo - digitsFrom <= 18) {
            long v = 0;
            for (int k = digitsFrom; k < digitsTo; k++) {
                v = v * 10 + (b[k] - '0');
            }
            return !negative && v <= SMALL ? SMALL_INTEGERS[(int) v] : new AnswerValue.IntegerValue(negative ? -v : v);
        }
        String token = new String(b, from, i - from, StandardCharsets.ISO_8859_1);
        if (integral) {
            BigInteger n = new BigInteger(token);
            return n.bitLength() < 64 ? new AnswerValue.IntegerValue(n.longValue()) : new AnswerValue.DecimalValue(new BigDecimal(n));
        }
        try {
            return new AnswerValue.DecimalValue(new BigDecimal(token));
        } catch (NumberFormatException e) { // an exponent beyond an int: Jackson calls the line malformed
            throw Undecided.INSTANCE;
        }
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** The string whose opening quote is at {@code pos}, decoded; {@code pos} moves past its closing quote. */
    private String string() {
        return string(false);
    }

    /**
     * The string at {@code pos}, as {@link #string()}; {@code canonical}: a short ASCII string
     * without escapes is the shared instance of its bytes ({@link ScannedKeys#value}).
     */
    private String string(boolean canonical) {
        shared = null;
        int from = pos + 1;
        int i = stringEnd(from);
        if (i < 0) {
            return escaped(from, -i - 1);
        }
        pos = i + 1;
        if (ascii && canonical && i - from <= ScannedKeys.MAX_VALUE) {
            shared = keys.value(b, from, i);
            return shared.string();
        }
        return new String(b, from, i - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** Validates the string at {@code pos} as {@link #string()} does, decoding it only when it has escapes. */
    private void skipString() {
        int from = pos + 1;
        int i = stringEnd(from);
        if (i < 0) {
            escaped(from, -i - 1); // rare: validated by decoding, with the same limits
        } else {
            pos = i + 1;
        }
    }

    /**
     * Walks a string's content from {@code from} (after its opening quote): the index of its closing
     * quote when it has no escape, with {@link #ascii} set; {@code -1 - i} when the byte at {@code i}
     * is its first backslash (the bytes before it are valid UTF-8 without escapes). Throws
     * {@link Undecided} for a raw control character, malformed UTF-8, no closing quote or a string
     * longer than {@link #MAX_STRING} bytes.
     */
    private int stringEnd(int from) {
        int i = from;
        boolean plainAscii = true;
        while (true) {
            i = plain(i);
            if (i >= end) {
                throw Undecided.INSTANCE;
            }
            byte c = b[i];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                return -1 - i;
            }
            if (c >= 0) {
                throw Undecided.INSTANCE; // a raw control character
            }
            // a run of multi-byte characters: two-byte ones (Cyrillic, Latin-1) inline, others by utf8()
            do {
                if (c >= (byte) 0xC2 && c <= (byte) 0xDF && i + 1 < end && (b[i + 1] & 0xC0) == 0x80) {
                    i += 2;
                } else {
                    i = utf8(i);
                }
            } while (i < end && (c = b[i]) < 0);
            plainAscii = false;
        }
        if (i - from > MAX_STRING) {
            throw Undecided.INSTANCE;
        }
        ascii = plainAscii;
        return i;
    }

    /** A text value: a short ASCII one (a choice code) is the shared instance of its bytes. */
    private AnswerValue text() {
        String s = string(shareTexts);
        return shared != null ? shared.text() : new AnswerValue.TextValue(s);
    }

    /** The index of the first quote, backslash, control character or non-ASCII byte from {@code i}, or {@code end}. */
    private int plain(int i) {
        return Swar.stringSpecial(b, i, end);
    }

    /** The rest of a string with escapes, from {@code i} (a backslash); {@code b[from, i)} is valid UTF-8 without escapes. */
    private String escaped(int from, int i) {
        StringBuilder sb = new StringBuilder(i - from + 16);
        sb.append(new String(b, from, i - from, StandardCharsets.UTF_8));
        while (true) {
            if (i >= end || sb.length() > MAX_STRING) {
                throw Undecided.INSTANCE;
            }
            byte c = b[i];
            if (c == '"') {
                pos = i + 1;
                return sb.toString();
            }
            if (c == '\\') {
                if (i + 1 >= end) {
                    throw Undecided.INSTANCE;
                }
                switch (b[i + 1]) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (i + 5 >= end) {
                            throw Undecided.INSTANCE;
                        }
                        int cp = (hex(b[i + 2]) << 12) | (hex(b[i + 3]) << 8) | (hex(b[i + 4]) << 4) | hex(b[i + 5]);
                        if (cp >= 0xD800 && cp <= 0xDFFF) {
                            throw Undecided.INSTANCE; // surrogates, paired or not: the Jackson path decides
                        }
                        sb.append((char) cp);
                        i += 6;
                        continue;
                    }
                    default -> throw Undecided.INSTANCE;
                }
                i += 2;
            } else if (c < 0x20) {
                if (c >= 0) {
                    throw Undecided.INSTANCE;
                }
                int next = utf8(i);
                sb.append(new String(b, i, next - i, StandardCharsets.UTF_8));
                i = next;
            } else {
                sb.append((char) c);
                i++;
            }
        }
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw Undecided.INSTANCE;
    }

    /**
     * The index after the well-formed UTF-8 sequence at {@code i} (Unicode table 3-7): no
     * continuation byte first, no overlong form, no surrogate (U+D800–U+DFFF), nothing above
     * U+10FFFF, no sequence cut short.
     */
    private int utf8(int i) {
        int c = b[i] & 0xFF;
        if (c < 0xC2) {
            throw Undecided.INSTANCE; // a continuation byte, or an overlong two-byte form
        }
        if (c < 0xE0) {
            continuation(i + 1);
            return i + 2;
        }
        if (c < 0xF0) { // the second byte's range excludes overlong forms (E0) and surrogates (ED)
            return sequence(i, 3, c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF);
        }
        if (c < 0xF5) { // … overlong forms (F0) and what lies above U+10FFFF (F4)
            return sequence(i, 4, c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF);
        }
        throw Undecided.INSTANCE;
    }

    /**
     * The index after the {@code length}-byte sequence whose lead byte is at {@code i}: its second
     * byte within {@code low}–{@code high}, the others continuation bytes.
     */
    private int sequence(int i, int length, int low, int high) {
        if (i + length - 1 >= end) {
            throw Undecided.INSTANCE;
        }
        int c1 = b[i + 1] & 0xFF;
        if (c1 < low || c1 > high) {
            throw Undecided.INSTANCE;
        }
        for (int k = 2; k < length; k++) {
            continuation(i + k);
        }
        return i + length;
    }

    private void continuation(int i) {
        if (i >= end || (b[i] & 0xC0) != 0x80) {
            throw Undecided.INSTANCE;
        }
    }

    private byte at() {
        if (pos >= end) {
            throw Undecided.INSTANCE;
        }
        return b[pos];
    }

    private void ws() {
        if (pos < end && b[pos] > ' ') {
            return; // compact JSON: no whitespace at all
        }
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }
}
