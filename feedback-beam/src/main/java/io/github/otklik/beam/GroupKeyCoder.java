package io.github.otklik.beam;

import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic coder of {@link GroupKey}s, so that they can key a {@code GroupByKey} or a
 * {@code Combine.perKey}: the number of dimensions, then each dimension's wire name and value as
 * UTF-8. Equal keys always encode to equal bytes (Java serialisation gives no such promise).
 */
public final class GroupKeyCoder extends AtomicCoder<GroupKey> {
    private static final long serialVersionUID = 1L;
    private static final GroupKeyCoder INSTANCE = new GroupKeyCoder();
    private static final VarIntCoder SIZE = VarIntCoder.of();
    private static final StringUtf8Coder TEXT = StringUtf8Coder.of();

    private GroupKeyCoder() {
    }

    /**
     * The coder.
     *
     * @return the coder
     */
    public static GroupKeyCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(GroupKey key, OutputStream out) throws IOException {
        List<Dimension> dims = key.dimensions();
        List<String> values = key.values();
        SIZE.encode(dims.size(), out);
        for (int i = 0; i < dims.size(); i++) {
            TEXT.encode(dims.get(i).wireName(), out);
            TEXT.encode(values.get(i), out);
        }
    }

    @Override
    public GroupKey decode(InputStream in) throws IOException {
        int n = SIZE.decode(in);
        if (n == 0) {
            return GroupKey.total();
        }
        List<Dimension> dims = new ArrayList<>(n);
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = TEXT.decode(in);
            dims.add(Dimension.fromWireName(name).orElseThrow(() -> new CoderException("unknown dimension " + name)));
            values.add(TEXT.decode(in));
        }
        return GroupKey.of(dims, values);
    }

    @Override
    public void verifyDeterministic() {
        // deterministic: the encoding is a function of the key's dimensions and values
    }

    @Override
    public boolean consistentWithEquals() {
        return true;
    }
}
