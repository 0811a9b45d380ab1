package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.appeal.AppealRules;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads an object keyed by the appeal CSV columns ({@code spec/formats.md} §3) as an {@link
 * Appeal}. Required: {@code id, agency, channel, kind, registeredAt}; instants may carry any
 * offset; {@code text} (the appeal's own words, internal only) is optional; the invariants are
 * {@link AppealRules}' ({@code answeredAt} not before {@code registeredAt}, {@code outcome} only
 * with {@code answeredAt}), with their messages.
 */
final class AppealDeserializer extends StdDeserializer<Appeal> {
    static final AppealDeserializer INSTANCE = new AppealDeserializer();
    private static final List<Object> FIELDS = List.of("id", "agency", "process", "channel", "kind", "topic", "reason",
            "registeredAt", "answeredAt", "dueDate", "outcome", "text");

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
        String text = null;
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
                case "text" -> text = Wire.string(p, self, none, name);
                default -> ctxt.handleUnknownProperty(p, this, self, name);
            }
        }
        Appeal.Builder b = Appeal.builder(Wire.required(p, self, none, "id", id))
                .agency(Wire.required(p, self, none, "agency", agency))
                .channel(Wire.required(p, self, none, "channel", channel))
                .kind(Wire.required(p, self, none, "kind", kind))
                .registeredAt(Wire.required(p, self, none, "registeredAt", registeredAt));
        Optional<Violation> early = answeredAt == null ? Optional.empty()
                : AppealRules.answerNotBeforeRegistration(registeredAt, answeredAt);
        if (early.isPresent()) {
            throw Wire.invalid(p, self, none, "answeredAt", answeredAt, Instant.class, early.get().message());
        }
        Optional<Violation> open = outcome == null ? Optional.empty() : AppealRules.outcomeOnlyWhenAnswered(outcome, answeredAt != null);
        if (open.isPresent()) {
            throw Wire.invalid(p, self, none, "outcome", outcome.name(), AppealOutcome.class, open.get().message());
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
        if (text != null) {
            b.text(text);
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
