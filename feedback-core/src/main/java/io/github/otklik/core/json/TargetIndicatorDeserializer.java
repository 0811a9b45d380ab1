package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.process.TargetIndicator;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Reads {@code {"metric", "target", "direction"}} (all required; {@code direction} is
 * {@code atLeast} or {@code atMost}, {@code target} a finite number) as a {@link TargetIndicator}.
 */
final class TargetIndicatorDeserializer extends StdDeserializer<TargetIndicator> {
    static final TargetIndicatorDeserializer INSTANCE = new TargetIndicatorDeserializer();
    private static final List<Object> FIELDS = List.of("metric", "target", "direction");

    private TargetIndicatorDeserializer() {
        super(TargetIndicator.class);
    }

    @Override
    public TargetIndicator deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, "");
    }

    /** Reads the object at the current token; {@code prefix} names the enclosing path in messages. */
    TargetIndicator read(JsonParser p, DeserializationContext ctxt, String prefix) throws IOException {
        final Class<?> self = TargetIndicator.class;
        String metric = null;
        Double target = null;
        TargetIndicator.Direction direction = null;
        for (JsonToken t = Wire.startObject(p, self, prefix); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "metric" -> {
                    metric = Wire.string(p, self, prefix, name);
                    if (metric.isEmpty()) {
                        throw Wire.invalid(p, self, prefix, name, metric, String.class, "metric must not be empty");
                    }
                }
                case "target" -> {
                    target = Wire.number(p, self, prefix, name);
                    if (!Double.isFinite(target)) {
                        throw Wire.invalid(p, self, prefix, name, target, Double.class, "target must be finite, was " + target);
                    }
                }
                case "direction" -> {
                    String text = Wire.string(p, self, prefix, name);
                    try {
                        direction = TargetIndicator.Direction.fromWireName(text);
                    } catch (IllegalArgumentException e) {
                        throw Wire.invalid(p, self, prefix, name, text, TargetIndicator.Direction.class, e.getMessage());
                    }
                }
                default -> ctxt.handleUnknownProperty(p, this, self, name);
            }
        }
        return new TargetIndicator(Wire.required(p, self, prefix, "metric", metric),
                Wire.required(p, self, prefix, "target", target),
                Wire.required(p, self, prefix, "direction", direction));
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
