package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Reads a process registry entry ({@code spec/painmap.md}) as a {@link Process}. Required:
 * {@code id} (a well-formed identifier), {@code name}, {@code type}; the lists default to empty and
 * {@code annualVolume} is an integer ≥ 0.
 */
final class ProcessDeserializer extends StdDeserializer<Process> {
    static final ProcessDeserializer INSTANCE = new ProcessDeserializer();
    private static final List<Object> FIELDS = List.of("id", "name", "type", "group", "touchpoints", "lifeSituations",
            "owner", "annualVolume", "targets");

    private ProcessDeserializer() {
        super(Process.class);
    }

    @Override
    public Process deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String id = null;
        LocalizedText name = null;
        ProcessType type = null;
        String group = null;
        List<String> touchpoints = List.of();
        List<String> lifeSituations = List.of();
        String owner = null;
        Long annualVolume = null;
        List<TargetIndicator> targets = List.of();
        final Class<?> self = Process.class;
        final String none = "";
        for (JsonToken t = Wire.startObject(p, self, none); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = Wire.string(p, self, none, field);
                case "name" -> name = Wire.nested(p, ctxt, self, none, field, LocalizedTextDeserializer.INSTANCE::read);
                case "type" -> type = Wire.enumValue(p, self, none, field, ProcessType.class);
                case "group" -> group = Wire.string(p, self, none, field);
                case "touchpoints" -> touchpoints = Wire.strings(p, ctxt, self, none, field);
                case "lifeSituations" -> lifeSituations = Wire.strings(p, ctxt, self, none, field);
                case "owner" -> owner = Wire.string(p, self, none, field);
                case "annualVolume" -> {
                    long volume = Wire.integer(p, self, none, field);
                    if (volume < 0) {
                        throw Wire.invalid(p, self, none, field, volume, Long.class,
                                "annualVolume must not be negative, was " + volume);
                    }
                    annualVolume = volume;
                }
                case "targets" -> targets = Wire.array(p, ctxt, self, none, field, TargetIndicatorDeserializer.INSTANCE::read);
                default -> ctxt.handleUnknownProperty(p, this, self, field);
            }
        }
        Wire.required(p, self, none, "id", id);
        if (!Identifiers.isIdentifier(id)) {
            throw Wire.invalid(p, self, none, "id", id, String.class,
                    "process id is not a valid identifier: " + Identifiers.describe(id));
        }
        Process.Builder b = Process.builder(id, Wire.required(p, self, none, "name", name),
                Wire.required(p, self, none, "type", type));
        if (group != null) {
            b.group(group);
        }
        touchpoints.forEach(b::touchpoint);
        lifeSituations.forEach(b::lifeSituation);
        if (owner != null) {
            b.owner(owner);
        }
        if (annualVolume != null) {
            b.annualVolume(annualVolume);
        }
        targets.forEach(b::target);
        return b.build();
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
