package io.github.otklik.core.client;

import java.util.Objects;
import java.util.Optional;

/**
 * Who gave the feedback: a kind and, optionally, a category. Immutable; the category always
 * agrees with the kind ({@code INTERNAL} allows only {@code EMPLOYEE}, {@code EXTERNAL} never).
 */
public final class Client {
    // every client there can be, made once (a response names one): [kind][category ordinal + 1, 0 for none]
    private static final Client[][] ALL = new Client[ClientKind.values().length][ClientCategory.values().length + 1];

    static {
        for (ClientKind k : ClientKind.values()) {
            ALL[k.ordinal()][0] = new Client(k, null);
            for (ClientCategory c : ClientCategory.values()) {
                if (c.kind() == k) {
                    ALL[k.ordinal()][c.ordinal() + 1] = new Client(k, c);
                }
            }
        }
    }

    private final ClientKind kind;
    private final ClientCategory category;

    private Client(ClientKind kind, ClientCategory category) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.category = category;
    }

    /** A client of {@code kind} with no category. */
    public static Client of(ClientKind kind) {
        return ALL[Objects.requireNonNull(kind, "kind").ordinal()][0];
    }

    /**
     * A client of {@code kind} and {@code category}.
     *
     * @throws IllegalArgumentException when the category belongs to the other kind
     */
    public static Client of(ClientKind kind, ClientCategory category) {
        Objects.requireNonNull(category, "category");
        if (category.kind() != kind) {
            throw new IllegalArgumentException("category " + category + " is not allowed for a client of kind " + kind);
        }
        return ALL[kind.ordinal()][category.ordinal() + 1];
    }

    /**
     * The client's kind.
     *
     * @return the client's kind
     */
    public ClientKind kind() {
        return kind;
    }

    /**
     * The client's category, when given.
     *
     * @return the client's category, when given
     */
    public Optional<ClientCategory> category() {
        return Optional.ofNullable(category);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Client c && kind == c.kind && category == c.category;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, category);
    }

    @Override
    public String toString() {
        return category == null ? kind.name() : kind + "/" + category;
    }
}
