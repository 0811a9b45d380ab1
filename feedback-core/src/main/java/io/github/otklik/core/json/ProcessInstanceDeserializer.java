package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessOutcome;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reads an object keyed by the process-instance CSV columns ({@code spec/formats.md} §4) as a
 * {@link ProcessInstance}. Required: {@code id, agency, process, startedAt}; {@code touches} is an
 * integer ≥ 1; {@code finishedAt} must not precede {@code startedAt}, and {@code outcome} needs
 * {@code finishedAt}.
 */
final class ProcessInstanceDeserializer extends StdDeserializer<ProcessInstance> {
    static final ProcessInstanceDeserializer INSTANCE = new ProcessInstanceDeserializer();
    private static final List<Object> FIELDS = List.of("id", "agency", "process", "channel", "startedAt", "finishedAt",
            "touches", "outcome", "negativeReason");

    private ProcessInstanceDeserializer() {
        super(ProcessInstance.class);
    }

    @Override
    public ProcessInstance deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String id = null;
        String agency = null;
        String process = null;
        Channel channel = null;
        Instant startedAt = null;
        Instant finishedAt = null;
        Long touches = null;
        ProcessOutcome outcome = null;
        String negativeReason = null;
        final Class<?> self = ProcessInstance.class;
        final String none = "";
        for (JsonToken t = Wire.startObject(p, self, none); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> id = Wire.string(p, self, none, name);
                case "agency" -> agency = Wire.string(p, self, none, name);
                case "process" -> process = Wire.string(p, self, none, name);
                case "channel" -> channel = Wire.enumValue(p, self, none, name, Channel.class);
                case "startedAt" -> startedAt = Wire.instant(p, self, none, name);
                case "finishedAt" -> finishedAt = Wire.instant(p, self, none, name);
                case "touches" -> {
                    long n = Wire.integer(p, self, none, name);
                    if (n < 1 || n > Integer.MAX_VALUE) {
                        throw Wire.invalid(p, self, none, name, n, Integer.class, "touches must be an integer >= 1, was " + n);
                    }
                    touches = n;
                }
                case "outcome" -> outcome = Wire.enumValue(p, self, none, name, ProcessOutcome.class);
                case "negativeReason" -> negativeReason = Wire.string(p, self, none, name);
                default -> ctxt.handleUnknownProperty(p, this, self, name);
            }
        }
        ProcessInstance.Builder b = ProcessInstance.builder(Wire.required(p, self, none, "id", id))
                .agency(Wire.required(p, self, none, "agency", agency))
                .process(Wire.required(p, self, none, "process", process))
                .startedAt(Wire.required(p, self, none, "startedAt", startedAt));
        if (finishedAt != null && finishedAt.isBefore(startedAt)) {
            throw Wire.invalid(p, self, none, "finishedAt", finishedAt, Instant.class,
                    "finishedAt " + finishedAt + " is before startedAt " + startedAt);
        }
        if (outcome != null && finishedAt == null) {
            throw Wire.invalid(p, self, none, "outcome", outcome.name(), ProcessOutcome.class,
                    "outcome " + outcome + " is set on an instance in progress (no finishedAt)");
        }
        if (channel != null) {
            b.channel(channel);
        }
        if (finishedAt != null) {
            b.finishedAt(finishedAt);
        }
        if (touches != null) {
            b.touches(touches.intValue());
        }
        if (outcome != null) {
            b.outcome(outcome);
        }
        if (negativeReason != null) {
            b.negativeReason(negativeReason);
        }
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
