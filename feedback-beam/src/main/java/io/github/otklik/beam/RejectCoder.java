package io.github.otklik.beam;

import io.github.otklik.core.io.Reject;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A deterministic coder of {@link Reject}s: source, line, id and field (each may be absent) and
 * reason, field by field.
 */
public final class RejectCoder extends AtomicCoder<Reject> {
    private static final long serialVersionUID = 1L;
    private static final RejectCoder INSTANCE = new RejectCoder();
    private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
    private static final NullableCoder<String> OPTIONAL = NullableCoder.of(StringUtf8Coder.of());
    private static final VarLongCoder LINE = VarLongCoder.of();

    private RejectCoder() {
    }

    /**
     * The coder.
     *
     * @return the coder
     */
    public static RejectCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(Reject r, OutputStream out) throws IOException {
        TEXT.encode(r.source(), out);
        LINE.encode(r.line(), out);
        OPTIONAL.encode(r.id().orElse(null), out);
        OPTIONAL.encode(r.field().orElse(null), out);
        TEXT.encode(r.reason(), out);
    }

    @Override
    public Reject decode(InputStream in) throws IOException {
        String source = TEXT.decode(in);
        long line = LINE.decode(in);
        String id = OPTIONAL.decode(in);
        String field = OPTIONAL.decode(in);
        return Reject.of(source, line, id, field, TEXT.decode(in));
    }

    @Override
    public void verifyDeterministic() {
        // deterministic: field by field
    }

    @Override
    public boolean consistentWithEquals() {
        return true;
    }
}
