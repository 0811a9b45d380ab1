package io.github.otklik.core.validation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast path of {@link Instants#parseWithOffset} agrees with the ISO formatter on every input within {@link InputLimits}. */
class InstantsFastPathTest {
    @Test
    void agreesWithTheFormatterOnCanonicalShapesInAndOutOfRange() {
        SplittableRandom r = new SplittableRandom(8);
        for (int i = 0; i < 200_000; i++) {
            String date = String.format("%04d-%02d-%02dT%02d:%02d:%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33),
                    r.nextInt(26), r.nextInt(62), r.nextInt(62));
            String offset = switch (r.nextInt(4)) {
                case 0 -> "Z";
                case 1 -> "z";
                default -> String.format("%s%02d:%02d", r.nextBoolean() ? "+" : "-", r.nextInt(20), r.nextInt(62));
            };
            String text = date + offset;
            Instant expected;
            try {
                expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                expected = null;
            }
            if (expected != null && !InputLimits.inRange(expected)) {
                expected = null; // outside the accepted range: rejected like a malformed value
            }
            if (expected == null) {
                assertThatThrownBy(() -> Instants.parseWithOffset(text)).as(text).isInstanceOf(IllegalArgumentException.class);
            } else {
                assertThat(Instants.parseWithOffset(text)).as(text).isEqualTo(expected);
            }
        }
    }

    @Test
    void otherShapesStillGoThroughTheFormatter() {
        assertThat(Instants.parseWithOffset("2025-03-31T21:30Z")).isEqualTo(Instant.parse("2025-03-31T21:30:00Z"));
        assertThat(Instants.parseWithOffset("2025-03-31T21:30:00.5+03:00")).isEqualTo(Instant.parse("2025-03-31T18:30:00.5Z"));
        assertThat(Instants.parseWithOffset("2024-02-29T00:00:00Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThatThrownBy(() -> Instants.parseWithOffset("2025-02-29T00:00:00Z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instants.parseWithOffset("2025-03-31T21:30:00")).hasMessageContaining("has no offset");
    }
}
