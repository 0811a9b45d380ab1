package io.github.otklik.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Parses one line of a responses JSONL file ({@code spec/formats.md} §2) into its
 * {@link ResponseFields}: the structural verdict of the line and, when it is one JSON object, its
 * fields and their first problem.
 *
 * <p>The fast parse streams the tokens once with Jackson and finds repeated keys itself
 * ({@link ObjectKeys}): known keys in a bit set, so a well-formed line costs one pass and no key
 * set. A line it finds malformed (rare) is parsed again with Jackson's strict duplicate detection,
 * whose first error is the verdict, so that the reject says exactly what Jackson says and a
 * repeated key and a syntax error are reported in the order Jackson meets them. Nesting deeper
 * than {@link ResponseJsonlReader#MAX_DEPTH} levels is refused by both.
 *
 * <p>In front of both, unless the system property {@value #SCANNER_PROPERTY} is {@code false} when
 * the parser is made, a {@link ResponseLineScanner} decides the lines it can prove well-formed at
 * the speed of their bytes; every line it does not accept is parsed here, so verdicts and messages
 * are this class's. Immutable and thread-safe.
 */
final class ResponseLineParser {
    private final JsonFactory json;
    private final JsonFactory strictJson; // for the verdict on malformed lines
    private final ResponseLineScanner scanner; // null: every line through Jackson

    /** The system property that turns the byte-level scanner off ({@code false}); on by default. */
    static final String SCANNER_PROPERTY = "otklik.jsonl.scanner";

    ResponseLineParser() {
        this(!"false".equalsIgnoreCase(System.getProperty(SCANNER_PROPERTY)));
    }

    /** A parser with the byte-level scanner in front of Jackson ({@code scan}) or without it. */
    ResponseLineParser(boolean scan) {
        this.scanner = scan ? new ResponseLineScanner() : null;
        // repeated keys are detected by the parsing code below (ObjectKeys), exactly where Jackson's
        // STRICT_DUPLICATE_DETECTION would report them and with its message, at a fraction of its cost
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(ResponseJsonlReader.MAX_DEPTH).build())
                .build();
        this.strictJson = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(ResponseJsonlReader.MAX_DEPTH).build())
                .build();
    }

    /** Parses {@code length} bytes of {@code bytes} from {@code offset}: one line, without its line end. */
    ResponseFields parse(byte[] bytes, int offset, int length) {
        ResponseFields scanned = scanner == null ? null : scanner.scan(bytes, offset, length);
        return scanned != null ? scanned : parseJackson(bytes, offset, length);
    }

    /**
     * The fields of a line the byte-level scanner decides, read with {@code cursor} (one of this
     * parser's {@link #cursor()}s, used by one thread; the maps of the fields are valid until its
     * next line), or {@code null} when the scanner is off or leaves the line to
     * {@link #parseJackson}. A decided line is well-formed UTF-8 without NUL, byte order mark or
     * surrogate escape, so the line checks ({@code LineCheck}, lone surrogates) would find nothing
     * in it.
     */
    ResponseFields scan(ScanCursor cursor, byte[] bytes, int offset, int length) {
        return cursor == null ? null : scanner.scan(cursor, bytes, offset, length);
    }

    /** A scan cursor for one thread's lines; {@code null} when the scanner is off. */
    ScanCursor cursor() {
        return scanner == null ? null : scanner.cursor();
    }

    /** Parses a line with Jackson alone: the verdict and message of every line the scanner does not decide. */
    ResponseFields parseJackson(byte[] bytes, int offset, int length) {
        // Jackson looks a field name up in the factory's name table by its bytes padded with 0xFF
        // before decoding it, so a name holding a raw 0xFF byte ("\xffd", never UTF-8) would match a
        // name met on an earlier line ("d") and pass; such a line gets factories of its own, so that
        // its verdict does not depend on the lines read before
        boolean fresh = hasFF(bytes, offset, length);
        JsonFactory fast = fresh ? factory(false) : json;
        ResponseFields r = new ResponseFields();
        try (JsonParser p = fast.createParser(bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                r.problem = new Violation("", "line is not a JSON object");
                return r;
            }
            JsonToken t;
            ObjectKeys keys = new ObjectKeys();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int known = ObjectKeys.top(name);
                keys.check(p, name, known);
                p.nextToken();
                switch (known) {
                    case ObjectKeys.ID -> r.id = r.string(p, "id");
                    case ObjectKeys.FORM -> r.form = r.string(p, "form");
                    case ObjectKeys.FORM_VERSION -> r.formVersion = r.string(p, "formVersion");
                    case ObjectKeys.SUBMITTED_AT -> r.submittedAt = r.string(p, "submittedAt");
                    case ObjectKeys.AGENCY -> r.agency = r.string(p, "agency");
                    case ObjectKeys.PROCESS -> r.process = r.string(p, "process");
                    case ObjectKeys.CHANNEL -> r.channel = r.string(p, "channel");
                    case ObjectKeys.CLIENT -> parseClient(p, r);
                    case ObjectKeys.ANONYMOUS -> {
                        if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
                            r.anonymous = p.getBooleanValue();
                        } else {
                            r.typeProblem("anonymous", "a boolean", p);
                            ObjectKeys.skip(p);
                        }
                    }
                    case ObjectKeys.ANSWERS -> r.answers = r.object(p, "answers");
                    case ObjectKeys.RESPONDENT -> r.respondent = r.object(p, "respondent");
                    default -> ObjectKeys.skip(p);
                }
            }
            if (t != JsonToken.END_OBJECT) {
                r.problem = new Violation("", "line is not a JSON object");
                return r;
            }
            if (p.nextToken() != null) {
                r.problem = new Violation("", "malformed JSON: content after the end of the object");
                return r;
            }
        } catch (JsonProcessingException e) {
            // a malformed line (rare): the verdict is Jackson's strict one, which also decides
            // whether a repeated key or the syntax error comes first
            r.problem = strictProblem(fresh ? factory(true) : strictJson, bytes, offset, length, e);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        r.checkFields();
        return r;
    }

    /** The first problem Jackson's strict parse finds in a line the fast parse found malformed. */
    private static Violation strictProblem(JsonFactory strict, byte[] bytes, int offset, int length, JsonProcessingException fast) {
        JsonProcessingException first = fast;
        try (JsonParser p = strict.createParser(bytes, offset, length)) {
            while (p.nextToken() != null) {
                p.currentName(); // walk every token
            }
        } catch (JsonProcessingException e) {
            first = e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (first instanceof StreamConstraintsException) {
            String m = String.valueOf(first.getOriginalMessage());
            return m.contains("depth")
                    ? new Violation("", "JSON nests deeper than " + ResponseJsonlReader.MAX_DEPTH + " levels")
                    : new Violation("", "JSON value too long: " + firstLine(m.replaceAll(" \\(from `[^`]*`\\)", "")));
        }
        return first instanceof StreamConstraintsException
                ? new Violation("", "JSON nests deeper than " + ResponseJsonlReader.MAX_DEPTH + " levels")
                : new Violation("", "malformed JSON: " + firstLine(first.getOriginalMessage()));
    }

    private static boolean hasFF(byte[] bytes, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (bytes[i] == (byte) 0xFF) {
                return true;
            }
        }
        return false;
    }

    /** A factory with an empty name table: the fast one, or the strict one for the verdict. */
    private static JsonFactory factory(boolean strict) {
        JsonFactory f = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(ResponseJsonlReader.MAX_DEPTH).build())
                .build();
        return strict ? f.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build() : f;
    }

    private static void parseClient(JsonParser p, ResponseFields r) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            r.typeProblem("client", "an object", p);
            ObjectKeys.skip(p);
            return;
        }
        r.clientSeen = true;
        ObjectKeys keys = new ObjectKeys();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int known = ObjectKeys.client(name);
            keys.check(p, name, known);
            p.nextToken();
            switch (known) {
                case ObjectKeys.KIND -> r.clientKind = r.string(p, "client.kind");
                case ObjectKeys.CATEGORY -> r.clientCategory = r.string(p, "client.category");
                default -> ObjectKeys.skip(p);
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
