package io.github.otklik.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JSON array of a configuration file, from {@link ConfigValue#asArray}; elements are at paths
 * {@code PATH[0]}, {@code PATH[1]}, …. Read one document on one thread.
 */
public final class ConfigArray {
    private final ConfigValue value;

    ConfigArray(ConfigValue value) {
        this.value = value;
    }

    /**
     * The array as a value, to report a problem of the array as a whole.
     *
     * @return the value
     */
    public ConfigValue asValue() {
        return value;
    }

    /**
     * Where the array is in its document.
     *
     * @return the path, {@code ""} for the root
     */
    public String path() {
        return value.path();
    }

    /**
     * The number of elements.
     *
     * @return the size
     */
    public int size() {
        return value.elements.size();
    }

    /**
     * The elements, in order.
     *
     * @return the values
     */
    public List<ConfigValue> values() {
        return value.elements;
    }

    /**
     * Reads every element with {@code reader}, each in isolation: a problem in one element is
     * recorded, and the next element is read.
     *
     * @param reader reads one element; must not return null
     * @param <T> what it reads
     * @return what {@code reader} returned for the elements it read, in order (the document is
     *         invalid when any was abandoned)
     */
    public <T> List<T> map(Function<? super ConfigValue, ? extends T> reader) {
        List<T> out = new ArrayList<>(size());
        for (ConfigValue e : value.elements) {
            Optional<? extends T> read = e.attempt(reader);
            read.ifPresent(out::add);
        }
        return List.copyOf(out);
    }
}
