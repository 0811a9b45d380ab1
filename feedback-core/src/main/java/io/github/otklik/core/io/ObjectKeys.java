package io.github.otklik.core.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys seen in one JSON object of a response line, to reject a repeated one as Jackson's strict
 * duplicate detection does (same place, same message) at a fraction of its cost: the known keys of
 * {@code spec/formats.md} §2 in a bit set, others in a set made only when an object has any. One
 * instance per object; not thread-safe.
 */
final class ObjectKeys {
    static final int ID = 0;
    static final int FORM = 1;
    static final int FORM_VERSION = 2;
    static final int SUBMITTED_AT = 3;
    static final int AGENCY = 4;
    static final int PROCESS = 5;
    static final int CHANNEL = 6;
    static final int CLIENT = 7;
    static final int ANONYMOUS = 8;
    static final int ANSWERS = 9;
    static final int RESPONDENT = 10;
    static final int KIND = 0; // of the client object
    static final int CATEGORY = 1;

    private int seen;
    private Set<String> others;

    /** The bit of a known top-level key, or −1. */
    static int top(String name) {
        return switch (name) {
            case "id" -> ID;
            case "form" -> FORM;
            case "formVersion" -> FORM_VERSION;
            case "submittedAt" -> SUBMITTED_AT;
            case "agency" -> AGENCY;
            case "process" -> PROCESS;
            case "channel" -> CHANNEL;
            case "client" -> CLIENT;
            case "anonymous" -> ANONYMOUS;
            case "answers" -> ANSWERS;
            case "respondent" -> RESPONDENT;
            default -> -1;
        };
    }

    /** The bit of a known key of the client object, or −1. */
    static int client(String name) {
        return switch (name) {
            case "kind" -> KIND;
            case "category" -> CATEGORY;
            default -> -1;
        };
    }

    /** Rejects {@code name} (known by {@code bit}, or −1) when this object had it before. */
    void check(JsonParser p, String name, int bit) throws JsonParseException {
        if (bit >= 0) {
            if ((seen & (1 << bit)) != 0) {
                throw duplicate(p, name);
            }
            seen |= 1 << bit;
            return;
        }
        if (others == null) {
            others = new HashSet<>();
        }
        if (!others.add(name)) {
            throw duplicate(p, name);
        }
    }

    /** Jackson's strict-duplicate exception for {@code name}, at the parser's position. */
    static JsonParseException duplicate(JsonParser p, String name) {
        return new JsonParseException(p, "Duplicate field '" + name + "'");
    }

    /** Skips the current value, rejecting a repeated key in any object inside it. */
    static void skip(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Set<String> names = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (names == null) {
                    names = new HashSet<>();
                }
                if (!names.add(name)) {
                    throw duplicate(p, name);
                }
                p.nextToken();
                skip(p);
            }
        } else if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                skip(p);
            }
        }
    }
}
