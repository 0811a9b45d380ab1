package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessInstanceRules;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads an object keyed by the process-instance CSV columns ({@code spec/formats.md} §4) as a
 * {@link ProcessInstance}. Required: {@code id, agency, process, startedAt}; {@code touches} is an
 * integer token; the invariants are {@link ProcessInstanceRules}' ({@code touches} ≥ 1,
 * {@code finishedAt} not before {@code startedAt}, {@code outcome} only with {@code finishedAt}),
 * with their messages.
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
                    Optional<Violation> invalid = ProcessInstanceRules.touches(Long.toString(n));
                    if (invalid.isPresent()) {
                        throw Wire.invalid(p, self, none, name, n, Integer.class, invalid.get().message());
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
        Optional<Violation> early = finishedAt == null ? Optional.empty()
                : ProcessInstanceRules.finishNotBeforeStart(startedAt, finishedAt);
        if (early.isPresent()) {
            throw Wire.invalid(p, self, none, "finishedAt", finishedAt, Instant.class, early.get().message());
        }
        Optional<Violation> open = outcome == null ? Optional.empty()
                : ProcessInstanceRules.outcomeOnlyWhenFinished(outcome, finishedAt != null);
        if (open.isPresent()) {
            throw Wire.invalid(p, self, none, "outcome", outcome.name(), ProcessOutcome.class, open.get().message());
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
