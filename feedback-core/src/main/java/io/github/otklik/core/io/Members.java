package io.github.otklik.core.io;

import io.github.otklik.core.response.AnswerValue;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The members of a JSON object as {@link ScanCursor} read them, in input order: a read-only map
 * over two arrays, handed to the response builder or to {@code AnswerValue.ObjectValue}, which
 * copy it; the cursor reuses the maps of a line's answers and respondent for the next line. Keys are unique:
 * {@link #add} refuses a repeated one (by a linear search while the object is small, by a hash set
 * beyond {@value #LINEAR} members). Not thread-safe.
 */
final class Members extends AbstractMap<String, AnswerValue> {
    /** Up to this many members, a repeated key is looked for by a linear search. */
    static final int LINEAR = 32;

    private String[] keys = new String[16];
    private AnswerValue[] values = new AnswerValue[16];
    private int size;
    private Set<String> seen; // beyond LINEAR members

    /** Empties this map for the next object, keeping its arrays; returns it. */
    Members cleared() {
        Arrays.fill(values, 0, size, null);
        Arrays.fill(keys, 0, size, null);
        size = 0;
        seen = null;
        return this;
    }

    /** Adds a member; {@code false} (and nothing added) when {@code key} is already a member. */
    boolean add(String key, AnswerValue value) {
        if (seen != null) {
            if (!seen.add(key)) {
                return false;
            }
        } else {
            int h = key.hashCode();
            for (int i = 0; i < size; i++) {
                String k = keys[i];
                if (k == key || (k.hashCode() == h && k.equals(key))) {
                    return false;
                }
            }
            if (size == LINEAR) {
                seen = new HashSet<>(Arrays.asList(keys).subList(0, size));
                seen.add(key);
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
        return true;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super AnswerValue> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, AnswerValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, AnswerValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, AnswerValue> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
