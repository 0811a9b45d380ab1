package io.github.otklik.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.otklik.core.client.ClientKind;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    @Test
    void defaultsAreMediumForAnExternalAudience() {
        assertThat(Resources.defaults()).isEqualTo(new Resources(
                ResourceLevel.MEDIUM, ResourceLevel.MEDIUM, ResourceLevel.MEDIUM, ClientKind.EXTERNAL));
    }

    @Test
    void builderFillsUnsetOptionsWithDefaults() {
        assertThat(Resources.builder().build()).isEqualTo(Resources.defaults());
        assertThat(Resources.builder().time(ResourceLevel.LOW).audience(ClientKind.INTERNAL).build())
                .isEqualTo(new Resources(
                        ResourceLevel.LOW, ResourceLevel.MEDIUM, ResourceLevel.MEDIUM, ClientKind.INTERNAL));
    }

    @Test
    void builderRejectsAnOptionSetTwice() {
        assertThatThrownBy(() -> Resources.builder().staff(ResourceLevel.LOW).staff(ResourceLevel.HIGH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("staff was already set to LOW");
    }

    @Test
    void nullComponentsAreRejected() {
        assertThatThrownBy(() -> Resources.builder().budget(null))
                .isInstanceOf(NullPointerException.class).hasMessage("budget");
        assertThatThrownBy(() -> new Resources(ResourceLevel.LOW, ResourceLevel.LOW, ResourceLevel.LOW, null))
                .isInstanceOf(NullPointerException.class).hasMessage("audience");
    }

    @Test
    void shortfallCountsMissingLevels() {
        assertThat(ResourceLevel.LOW.shortfallTo(ResourceLevel.HIGH)).isEqualTo(2);
        assertThat(ResourceLevel.MEDIUM.shortfallTo(ResourceLevel.HIGH)).isEqualTo(1);
        assertThat(ResourceLevel.HIGH.shortfallTo(ResourceLevel.LOW)).isZero();
        assertThat(ResourceLevel.MEDIUM.shortfallTo(ResourceLevel.MEDIUM)).isZero();
    }
}
