package io.github.otklik.core.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A JSON object of a configuration file, from {@link ConfigValue#asObject} (a record with known
 * fields) or {@link ConfigValue#asMap} (a map whose member names are data). Members keep their
 * document order; a repeated name is a problem of the document, reported before any reader runs.
 * Read one document on one thread.
 */
public final class ConfigObject {
    private final ConfigValue value;
    private final Map<String, ConfigValue> members;

    ConfigObject(ConfigValue value) {
        this.value = value;
        this.members = value.members;
    }

    /**
     * The object as a value, to report a problem of the object as a whole.
     *
     * @return the value
     */
    public ConfigValue asValue() {
        return value;
    }

    /**
     * Where the object is in its document.
     *
     * @return the path, {@code ""} for the root
     */
    public String path() {
        return value.path();
    }

    /**
     * The member names, in document order.
     *
     * @return the names
     */
    public List<String> fields() {
        return List.copyOf(members.keySet());
    }

    /**
     * Whether the object has a member {@code field} (a {@code null} member counts).
     *
     * @param field the name
     * @return whether it is there
     */
    public boolean has(String field) {
        return members.containsKey(field);
    }

    /**
     * Member {@code field}, which must be there: otherwise the problem {@code PATH.field: required
     * field is missing} is recorded and the object abandoned.
     *
     * @param field the name
     * @return the member's value
     */
    public ConfigValue required(String field) {
        ConfigValue v = members.get(field);
        if (v == null) {
            value.problems.add(Problems.member(value.path(), field), "required field is missing");
            throw new Problems.Abandon();
        }
        return v;
    }

    /**
     * Member {@code field}, which must be there: otherwise {@code PATH.field: MISSING} is recorded
     * and the object abandoned — for a file format that words a missing member its own way.
     *
     * @param field the name
     * @param missing the problem recorded when the member is missing
     * @return the member's value
     */
    public ConfigValue required(String field, String missing) {
        ConfigValue v = members.get(field);
        if (v == null) {
            value.problems.add(Problems.member(value.path(), field), missing);
            throw new Problems.Abandon();
        }
        return v;
    }

    /**
     * Member {@code field}, when the object has it; a {@code null} member is there (and is not a string, number, …).
     *
     * @param field the name
     * @return the member's value, or empty
     */
    public Optional<ConfigValue> optional(String field) {
        return Optional.ofNullable(members.get(field));
    }

    /**
     * Reads required member {@code field} in isolation ({@link ConfigValue#attempt}): a problem in
     * it, or its absence, is recorded, and reading goes on.
     *
     * @param field the name
     * @param reader reads the member's value; must not return null
     * @param <T> what it reads
     * @return what {@code reader} returned, or empty when the member is missing or was abandoned
     */
    public <T> Optional<T> attempt(String field, Function<? super ConfigValue, ? extends T> reader) {
        ConfigValue v = members.get(field);
        if (v == null) {
            value.problems.add(Problems.member(value.path(), field), "required field is missing");
            return Optional.empty();
        }
        return v.attempt(reader);
    }

    /**
     * Hands every member to {@code action} in document order, each in isolation: a problem in one
     * member is recorded, and the next member is read.
     *
     * @param action takes the member's name and value
     */
    public void forEach(BiConsumer<String, ConfigValue> action) {
        members.forEach((name, member) -> member.attempt(m -> {
            action.accept(name, m);
            return Boolean.TRUE;
        }));
    }
}
