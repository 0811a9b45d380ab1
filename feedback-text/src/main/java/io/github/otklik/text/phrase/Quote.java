package io.github.otklik.text.phrase;

import io.github.otklik.text.TextSource;

import java.util.Objects;
import java.util.Optional;

/**
 * A short masked window of a dissatisfied client's text around a phrase: at most
 * {@value #MAX_LENGTH} characters, cut at white space where it can be, {@code …} where it was cut,
 * white space runs written as one space, personal data replaced by tokens. Internal use only:
 * quotes never go into a public output. Immutable.
 */
public final class Quote {
    /** The longest quote, in UTF-16 units. */
    public static final int MAX_LENGTH = 240;

    private final String text;
    private final TextSource source;
    private final String recordId;

    Quote(String text, TextSource source, String recordId) {
        this.text = Objects.requireNonNull(text, "text");
        this.source = Objects.requireNonNull(source, "source");
        this.recordId = recordId;
    }

    /**
     * The masked window.
     *
     * @return the quote
     */
    public String text() {
        return text;
    }

    /**
     * Where the text comes from.
     *
     * @return a survey comment or an appeal
     */
    public TextSource source() {
        return source;
    }

    /**
     * The response or appeal the quote comes from; never given for internal (anonymous) forms.
     *
     * @return the record id, when the text is attributable
     */
    public Optional<String> recordId() {
        return Optional.ofNullable(recordId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quote q && text.equals(q.text) && source == q.source && Objects.equals(recordId, q.recordId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, source, recordId);
    }

    @Override
    public String toString() {
        return text;
    }
}
