package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.text.LocalizedText;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/** Reads {@code {"ru": …, "en": …}} ({@code ru} required) as a {@link LocalizedText}. */
final class LocalizedTextDeserializer extends StdDeserializer<LocalizedText> {
    static final LocalizedTextDeserializer INSTANCE = new LocalizedTextDeserializer();
    private static final List<Object> FIELDS = List.of("ru", "en");

    private LocalizedTextDeserializer() {
        super(LocalizedText.class);
    }

    @Override
    public LocalizedText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, "");
    }

    /** Reads the object at the current token; {@code prefix} names the enclosing path in messages. */
    LocalizedText read(JsonParser p, DeserializationContext ctxt, String prefix) throws IOException {
        String ru = null;
        String en = null;
        for (JsonToken t = Wire.startObject(p, LocalizedText.class, prefix); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "ru" -> ru = Wire.string(p, LocalizedText.class, prefix, name);
                case "en" -> en = Wire.string(p, LocalizedText.class, prefix, name);
                default -> ctxt.handleUnknownProperty(p, this, LocalizedText.class, name);
            }
        }
        Wire.required(p, LocalizedText.class, prefix, "ru", ru);
        return en == null ? LocalizedText.of(ru) : LocalizedText.of(ru, en);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
