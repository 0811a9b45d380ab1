package io.github.otklik.core.response;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The answers of a {@link SurveyResponse}: a read-only map in answer order over two arrays, a
 * fraction of the objects of a hash map's entries. A key is found by reference first (answer keys
 * and form question ids are interned), then by hash and {@code equals}; beyond {@value #LINEAR}
 * answers through a hash index. Only its response's builder writes it, before handing it over;
 * every mutator of {@link Map} throws. Immutable once built.
 */
final class AnswerMap extends AbstractMap<String, AnswerValue> {
    /** Up to this many answers a key is found by a scan, beyond it through a hash index. */
    static final int LINEAR = 16;
    /** The map of no answers. */
    static final AnswerMap EMPTY = new AnswerMap(0);

    private String[] keys;
    private int[] hashes; // of the keys
    private AnswerValue[] values;
    private int size;
    private long present; // bit (hash & 63) of every key: a new key mostly needs no search
    private HashMap<String, Integer> index; // beyond LINEAR answers

    AnswerMap(int capacity) {
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new AnswerValue[capacity];
    }

    /** A copy of {@code other}, for a builder to change. */
    AnswerMap(AnswerMap other) {
        keys = Arrays.copyOf(other.keys, Math.max(other.size, 4));
        hashes = Arrays.copyOf(other.hashes, keys.length);
        values = Arrays.copyOf(other.values, keys.length);
        size = other.size;
        present = other.present;
        index = other.index == null ? null : new HashMap<>(other.index);
    }

    /** Sets the answer to {@code key}: in its place when it is answered already, else last. */
    void set(String key, AnswerValue value) {
        int h = key.hashCode();
        long bit = 1L << h; // the shift takes the low six bits
        if ((present & bit) != 0) {
            int i = indexOf(key);
            if (i >= 0) {
                values[i] = value;
                return;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, Math.max(4, size * 2));
            hashes = Arrays.copyOf(hashes, keys.length);
            values = Arrays.copyOf(values, keys.length);
        }
        keys[size] = key;
        hashes[size] = h;
        values[size] = value;
        present |= bit;
        size++;
        if (index != null) {
            index.put(key, size - 1);
        } else if (size > LINEAR) {
            index = new HashMap<>(size * 2);
            for (int k = 0; k < size; k++) {
                index.put(keys[k], k);
            }
        }
    }

    private int indexOf(Object key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        String[] ks = keys;
        int n = size;
        for (int i = 0; i < n; i++) {
            if (ks[i] == key) {
                return i;
            }
        }
        if (!(key instanceof String s)) {
            return -1;
        }
        int h = s.hashCode();
        int[] hs = hashes;
        for (int i = 0; i < n; i++) {
            if (hs[i] == h && ks[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public AnswerValue get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super AnswerValue> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, AnswerValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, AnswerValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, AnswerValue> next() {
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
