package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.process.Touchpoint;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code {"id", "name", "channels"}} as a {@link Touchpoint}: {@code id} (a well-formed
 * identifier) and {@code name} required, {@code channels} exact enum names without repeats,
 * defaulting to none.
 */
final class TouchpointDeserializer extends StdDeserializer<Touchpoint> {
    static final TouchpointDeserializer INSTANCE = new TouchpointDeserializer();
    private static final List<Object> FIELDS = List.of("id", "name", "channels");

    private TouchpointDeserializer() {
        super(Touchpoint.class);
    }

    @Override
    public Touchpoint deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        final Class<?> self = Touchpoint.class;
        final String none = "";
        String id = null;
        LocalizedText name = null;
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (JsonToken t = Wire.startObject(p, self, none); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = Wire.string(p, self, none, field);
                case "name" -> name = Wire.nested(p, ctxt, self, none, field, LocalizedTextDeserializer.INSTANCE::read);
                case "channels" -> {
                    List<Channel> list = Wire.enumValues(p, ctxt, self, none, field, Channel.class);
                    channels = EnumSet.noneOf(Channel.class);
                    for (int i = 0; i < list.size(); i++) {
                        if (!channels.add(list.get(i))) {
                            throw Wire.invalidElement(p, self, none, field, i, list.get(i).name(), Channel.class,
                                    "channel " + list.get(i) + " is listed twice");
                        }
                    }
                }
                default -> ctxt.handleUnknownProperty(p, this, self, field);
            }
        }
        Wire.required(p, self, none, "id", id);
        if (!Identifiers.isIdentifier(id)) {
            throw Wire.invalid(p, self, none, "id", id, String.class,
                    "touchpoint id is not a valid identifier: " + Identifiers.describe(id));
        }
        return new Touchpoint(id, Wire.required(p, self, none, "name", name), channels);
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
