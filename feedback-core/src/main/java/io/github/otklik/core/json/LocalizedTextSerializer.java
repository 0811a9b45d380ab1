package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.text.LocalizedText;

import java.io.IOException;

/** Writes a {@link LocalizedText} as {@code {"ru": …, "en": …}}, {@code en} only when present. */
final class LocalizedTextSerializer extends StdSerializer<LocalizedText> {
    static final LocalizedTextSerializer INSTANCE = new LocalizedTextSerializer();

    private LocalizedTextSerializer() {
        super(LocalizedText.class);
    }

    @Override
    public void serialize(LocalizedText text, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(text);
        g.writeStringField("ru", text.ru());
        Wire.writeOptional(g, "en", text.en());
        g.writeEndObject();
    }
}
