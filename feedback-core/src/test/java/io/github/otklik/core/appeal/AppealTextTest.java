package io.github.otklik.core.appeal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.json.OtklikJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The appeal's own words: optional, part of the value, kept exactly in JSON, never shown by toString. */
class AppealTextTest {
    private static final String WORDS = "Прошу перезвонить: +7 900 000-00-00, \"срочно\"\r\nИван";

    private static Appeal.Builder appeal() {
        return Appeal.builder("a-1").agency("ag").channel(Channel.EPGU).kind(AppealKind.COMPLAINT)
                .registeredAt(Instant.parse("2025-01-10T09:00:00Z"));
    }

    @Test
    void textIsOptionalAndPartOfTheValue() {
        Appeal without = appeal().build();
        Appeal with = appeal().text(WORDS).build();
        assertThat(without.text()).isEmpty();
        assertThat(with.text()).contains(WORDS);
        assertThat(with).isNotEqualTo(without).isEqualTo(appeal().text(WORDS).build()).hasSameHashCodeAs(appeal().text(WORDS).build());
        assertThat(with.toBuilder().build()).isEqualTo(with);
    }

    @Test
    void toStringNeverShowsTheText() {
        assertThat(appeal().text(WORDS).build().toString()).doesNotContain("Иван").doesNotContain("900");
    }

    @Test
    void jsonKeepsTheTextExactlyAndOmitsItWhenAbsent() throws Exception {
        ObjectMapper mapper = OtklikJson.mapper();
        Appeal with = appeal().text(WORDS).build();
        String json = mapper.writeValueAsString(with);
        assertThat(json).endsWith(",\"text\":" + mapper.writeValueAsString(WORDS) + "}");
        assertThat(mapper.readValue(json, Appeal.class)).isEqualTo(with);
        assertThat(mapper.writeValueAsString(appeal().build())).doesNotContain("\"text\"");
    }
}
