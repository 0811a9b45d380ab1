package io.github.otklik.core.instrument;

import static io.github.otklik.core.instrument.PurposeFit.PARTIAL;
import static io.github.otklik.core.instrument.PurposeFit.STRONG;
import static io.github.otklik.core.instrument.PurposeFit.WEAK;
import static io.github.otklik.core.instrument.ResourceLevel.HIGH;
import static io.github.otklik.core.instrument.ResourceLevel.LOW;
import static io.github.otklik.core.instrument.ResourceLevel.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.otklik.core.client.ClientKind;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstrumentProfileTest {

    @Test
    void builderSetsFitsCostsAndDefaultsAudiencesToApplicable() {
        InstrumentProfile p = InstrumentProfile.builder()
                .fit(STRONG, PARTIAL, WEAK)
                .cost(LOW, MEDIUM, HIGH)
                .audience(ClientKind.INTERNAL, AudienceFit.PREFERRED)
                .build();

        assertThat(p.fit(Purpose.CURRENT_STATE)).isEqualTo(STRONG);
        assertThat(p.fit(Purpose.REENGINEERING)).isEqualTo(PARTIAL);
        assertThat(p.fit(Purpose.POST_REENGINEERING)).isEqualTo(WEAK);
        assertThat(p.time()).isEqualTo(LOW);
        assertThat(p.budget()).isEqualTo(MEDIUM);
        assertThat(p.staff()).isEqualTo(HIGH);
        assertThat(p.audience(ClientKind.EXTERNAL)).isEqualTo(AudienceFit.APPLICABLE);
        assertThat(p.audience(ClientKind.INTERNAL)).isEqualTo(AudienceFit.PREFERRED);
    }

    @Test
    void builderRequiresEveryFitAndTheCost() {
        assertThatThrownBy(() -> InstrumentProfile.builder()
                        .fit(Purpose.CURRENT_STATE, STRONG).cost(LOW, LOW, LOW).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("fit is not set for [REENGINEERING, POST_REENGINEERING]");
        assertThatThrownBy(() -> InstrumentProfile.builder().fit(STRONG, STRONG, STRONG).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cost is not set");
    }

    @Test
    void builderRejectsAFitSetTwice() {
        assertThatThrownBy(() -> InstrumentProfile.builder()
                        .fit(Purpose.REENGINEERING, STRONG).fit(Purpose.REENGINEERING, WEAK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("fit for REENGINEERING was already set to STRONG");
    }

    @Test
    void constructorRequiresEveryPurposeAndAudience() {
        Map<ClientKind, AudienceFit> audiences = Map.of(
                ClientKind.EXTERNAL, AudienceFit.APPLICABLE, ClientKind.INTERNAL, AudienceFit.APPLICABLE);
        assertThatThrownBy(() -> new InstrumentProfile(
                        Map.of(Purpose.CURRENT_STATE, STRONG), LOW, LOW, LOW, audiences))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fit is missing for [REENGINEERING, POST_REENGINEERING]");
        Map<Purpose, PurposeFit> fits = Map.of(
                Purpose.CURRENT_STATE, STRONG, Purpose.REENGINEERING, STRONG, Purpose.POST_REENGINEERING, STRONG);
        assertThatThrownBy(() -> new InstrumentProfile(
                        fits, LOW, LOW, LOW, Map.of(ClientKind.EXTERNAL, AudienceFit.APPLICABLE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("audience is missing for [INTERNAL]");
    }

    @Test
    void mapsAreCopiedAndUnmodifiable() {
        EnumMap<Purpose, PurposeFit> fits = new EnumMap<>(Purpose.class);
        for (Purpose p : Purpose.values()) {
            fits.put(p, STRONG);
        }
        InstrumentProfile profile = new InstrumentProfile(fits, LOW, LOW, LOW,
                Map.of(ClientKind.EXTERNAL, AudienceFit.APPLICABLE, ClientKind.INTERNAL, AudienceFit.APPLICABLE));
        fits.put(Purpose.REENGINEERING, WEAK);

        assertThat(profile.fit(Purpose.REENGINEERING)).isEqualTo(STRONG);
        assertThat(profile.fit().keySet()).containsExactly(Purpose.values());
        assertThatThrownBy(() -> profile.fit().put(Purpose.REENGINEERING, WEAK))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> profile.audience().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalProfilesCompareEqualWhateverTheSourceMaps() {
        InstrumentProfile built = InstrumentProfile.builder().fit(STRONG, WEAK, WEAK).cost(LOW, LOW, LOW).build();
        InstrumentProfile constructed = new InstrumentProfile(
                Map.of(Purpose.CURRENT_STATE, STRONG, Purpose.REENGINEERING, WEAK, Purpose.POST_REENGINEERING, WEAK),
                LOW, LOW, LOW,
                Map.of(ClientKind.EXTERNAL, AudienceFit.APPLICABLE, ClientKind.INTERNAL, AudienceFit.APPLICABLE));
        assertThat(built).isEqualTo(constructed).hasSameHashCodeAs(constructed);
    }
}
