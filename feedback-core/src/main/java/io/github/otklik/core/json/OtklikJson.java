package io.github.otklik.core.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Ready-made Jackson mappers for the Otklik formats. */
public final class OtklikJson {
    private OtklikJson() {
    }

    /**
     * A new mapper on every call (so callers may reconfigure it freely), with {@link OtklikModule}
     * and {@link JavaTimeModule} registered, {@link SerializationFeature#WRITE_DATES_AS_TIMESTAMPS}
     * off (other {@code java.time} values are written as ISO-8601 strings) and {@link
     * StreamReadFeature#STRICT_DUPLICATE_DETECTION} on (a key repeated within one object fails, as
     * {@code spec/formats.md} requires). Everything else is Jackson's default.
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new OtklikModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
