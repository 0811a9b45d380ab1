package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.otklik.core.period.ReportingPeriod;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Reads a {@link ReportingPeriod} from a label string ({@code "2025-Q1"}, parsed with {@link
 * ReportingPeriod#parse}) or from {@code {"label", "from"?, "to"?}}, where the dates, when given,
 * must be those of the label. The {@code zone} key of the {@code otklik-metrics/1} period object
 * is accepted and ignored, as a period does not carry a zone.
 */
final class ReportingPeriodDeserializer extends StdDeserializer<ReportingPeriod> {
    static final ReportingPeriodDeserializer INSTANCE = new ReportingPeriodDeserializer();
    private static final List<Object> FIELDS = List.of("label", "from", "to", "zone");

    private ReportingPeriodDeserializer() {
        super(ReportingPeriod.class);
    }

    @Override
    public ReportingPeriod deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        final Class<?> self = ReportingPeriod.class;
        final String none = "";
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String text = p.getText();
            try {
                return ReportingPeriod.parse(text);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), text, self);
            }
        }
        String label = null;
        LocalDate from = null;
        LocalDate to = null;
        for (JsonToken t = Wire.startObject(p, self, none); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "label" -> label = Wire.string(p, self, none, field);
                case "from" -> from = Wire.date(p, self, none, field);
                case "to" -> to = Wire.date(p, self, none, field);
                case "zone" -> p.skipChildren();
                default -> ctxt.handleUnknownProperty(p, this, self, field);
            }
        }
        Wire.required(p, self, none, "label", label);
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(label);
        } catch (IllegalArgumentException e) {
            throw Wire.invalid(p, self, none, "label", label, self, e.getMessage());
        }
        if (from != null && !from.equals(period.from())) {
            throw Wire.invalid(p, self, none, "from", from, LocalDate.class,
                    "from " + from + " is not the first date of period " + label + " (" + period.from() + ")");
        }
        if (to != null && !to.equals(period.to())) {
            throw Wire.invalid(p, self, none, "to", to, LocalDate.class,
                    "to " + to + " is not the last date of period " + label + " (" + period.to() + ")");
        }
        return period;
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
