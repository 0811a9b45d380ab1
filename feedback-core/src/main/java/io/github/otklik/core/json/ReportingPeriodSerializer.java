package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.period.ReportingPeriod;

import java.io.IOException;

/** Writes a {@link ReportingPeriod} as {@code {"label", "from", "to"}} with ISO dates. */
final class ReportingPeriodSerializer extends StdSerializer<ReportingPeriod> {
    static final ReportingPeriodSerializer INSTANCE = new ReportingPeriodSerializer();

    private ReportingPeriodSerializer() {
        super(ReportingPeriod.class);
    }

    @Override
    public void serialize(ReportingPeriod period, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(period);
        g.writeStringField("label", period.label());
        g.writeStringField("from", period.from().toString());
        g.writeStringField("to", period.to().toString());
        g.writeEndObject();
    }
}
