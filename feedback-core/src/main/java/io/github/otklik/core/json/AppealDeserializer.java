package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Reads an object keyed by the appeal CSV columns ({@code spec/formats.md} §3) as an {@link
 * Appeal}. Required: {@code id, agency, channel, kind, registeredAt}; instants may carry any
 * offset; {@code answeredAt} must not precede {@code registeredAt}, and {@code outcome} needs
 * {@code answeredAt}.
 */
final class AppealDeserializer extends StdDeserializer<Appeal> {
    static final AppealDeserializer INSTANCE = new AppealDeserializer();
    private static final List<Object> FIELDS = List.of("id", "agency", "process", "channel", "kind", "topic", "reason",
            "registeredAt", "answeredAt", "dueDate", "outcome");

    private AppealDeserializer() {
        super(Appeal.class);
    }

    @Override
    public Appeal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String id = null;
        String agency = null;
        String process = null;
        Channel channel = null;
        AppealKind kind = null;
        String topic = null;
        String reason = null;
        Instant registeredAt = null;
        Instant answeredAt = null;
        LocalDate dueDate = null;
        AppealOutcome outcome = null;
        final Class<?> self = Appeal.class;
        final String none = "";
        for (JsonToken t = Wire.startObject(p, self, none); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> id = Wire.string(p, self, none, name);
                case "agency" -> agency = Wire.string(p, self, none, name);
                case "process" -> process = Wire.string(p, self, none, name);
                case "channel" -> channel = Wire.enumValue(p, self, none, name, Channel.class);
                case "kind" -> kind = Wire.enumValue(p, self, none, name, AppealKind.class);
                case "topic" -> topic = Wire.string(p, self, none, name);
                case "reason" -> reason = Wire.string(p, self, none, name);
                case "registeredAt" -> registeredAt = Wire.instant(p, self, none, name);
                case "answeredAt" -> answeredAt = Wire.instant(p, self, none, name);
                case "dueDate" -> dueDate = Wire.date(p, self, none, name);
                case "outcome" -> outcome = Wire.enumValue(p, self, none, name, AppealOutcome.class);
                default -> ctxt.handleUnknownProperty(p, this, self, name);
            }
        }
        Appeal.Builder b = Appeal.builder(Wire.required(p, self, none, "id", id))
                .agency(Wire.required(p, self, none, "agency", agency))
                .channel(Wire.required(p, self, none, "channel", channel))
                .kind(Wire.required(p, self, none, "kind", kind))
                .registeredAt(Wire.required(p, self, none, "registeredAt", registeredAt));
        if (answeredAt != null && answeredAt.isBefore(registeredAt)) {
            throw Wire.invalid(p, self, none, "answeredAt", answeredAt, Instant.class,
                    "answeredAt " + answeredAt + " is before registeredAt " + registeredAt);
        }
        if (outcome != null && answeredAt == null) {
            throw Wire.invalid(p, self, none, "outcome", outcome.name(), AppealOutcome.class,
                    "outcome " + outcome + " is set on an open appeal (no answeredAt)");
        }
        if (process != null) {
            b.process(process);
        }
        if (topic != null) {
            b.topic(topic);
        }
        if (reason != null) {
            b.reason(reason);
        }
        if (answeredAt != null) {
            b.answeredAt(answeredAt);
        }
        if (dueDate != null) {
            b.dueDate(dueDate);
        }
        if (outcome != null) {
            b.outcome(outcome);
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
