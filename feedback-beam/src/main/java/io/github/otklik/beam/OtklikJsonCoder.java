package io.github.otklik.beam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CustomCoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A coder of Otklik records — {@link SurveyResponse}, {@link Appeal}, {@link ProcessInstance} —
 * as their compact JSON ({@code spec/formats.md}), written and read by {@code OtklikModule}, so a
 * record decodes equal to the one encoded. Used where a runner materialises records between
 * stages; records never cross a shuffle in {@link OtklikPipelines}. Not deterministic (answers
 * keep their order, but nothing promises more), so never a key.
 *
 * @param <T> the record type
 */
public final class OtklikJsonCoder<T> extends CustomCoder<T> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER = OtklikJson.mapper();
    private static final ByteArrayCoder BYTES = ByteArrayCoder.of();

    /** The class of the values. */
    private final Class<T> type;
    private transient ObjectWriter writer;
    private transient ObjectReader reader;

    private OtklikJsonCoder(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * The coder of survey responses.
     *
     * @return the coder of survey responses
     */
    public static OtklikJsonCoder<SurveyResponse> responses() {
        return new OtklikJsonCoder<>(SurveyResponse.class);
    }

    /**
     * The coder of appeals.
     *
     * @return the coder of appeals
     */
    public static OtklikJsonCoder<Appeal> appeals() {
        return new OtklikJsonCoder<>(Appeal.class);
    }

    /**
     * The coder of process instances.
     *
     * @return the coder of process instances
     */
    public static OtklikJsonCoder<ProcessInstance> processInstances() {
        return new OtklikJsonCoder<>(ProcessInstance.class);
    }

    @Override
    public void encode(T value, OutputStream out) throws IOException {
        if (writer == null) {
            writer = MAPPER.writerFor(type);
        }
        BYTES.encode(writer.writeValueAsBytes(value), out);
    }

    @Override
    public T decode(InputStream in) throws IOException {
        if (reader == null) {
            reader = MAPPER.readerFor(type);
        }
        return reader.readValue(BYTES.decode(in));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OtklikJsonCoder<?> c && type.equals(c.type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return "OtklikJsonCoder<" + type.getSimpleName() + ">";
    }
}
