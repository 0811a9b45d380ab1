package io.github.otklik.core.instrument;

import io.github.otklik.core.client.ClientKind;

import java.util.Objects;

/**
 * What the agency can spend on collecting feedback (ресурсы органа власти, seed 000 п. 5: временные,
 * финансовые и прочие) and whom it asks. Immutable, thread-safe.
 *
 * <pre>{@code
 * Resources r = Resources.builder().time(ResourceLevel.LOW).audience(ClientKind.INTERNAL).build();
 * }</pre>
 *
 * @param time time available before results are needed
 * @param budget money available
 * @param staff people who can run the instrument
 * @param audience the clients whose feedback is wanted: external or internal
 */
public record Resources(ResourceLevel time, ResourceLevel budget, ResourceLevel staff, ClientKind audience) {
    private static final Resources DEFAULTS =
            new Resources(ResourceLevel.MEDIUM, ResourceLevel.MEDIUM, ResourceLevel.MEDIUM, ClientKind.EXTERNAL);

    /**
     * Checks that every component is present.
     *
     * @param audience the clients whose feedback is wanted: external or internal
     * @param budget money available
     * @param staff people who can run the instrument
     * @param time time available before results are needed
     */
    public Resources {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(audience, "audience");
    }

    /** Medium time, budget and staff, external audience. */
    public static Resources defaults() {
        return DEFAULTS;
    }

    /**
     * A builder whose unset options take the {@link #defaults()}.
     *
     * @return a builder whose unset options take the {@link #defaults()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder of {@link Resources}; not thread-safe. Each option may be set once. */
    public static final class Builder {
        private ResourceLevel time;
        private ResourceLevel budget;
        private ResourceLevel staff;
        private ClientKind audience;

        private Builder() {
        }

        /**
         * Time available; default {@code MEDIUM}.
         *
         * @param level time available; default {@code MEDIUM}
         * @return this builder
         */
        public Builder time(ResourceLevel level) {
            time = Checks.once(time, level, "time");
            return this;
        }

        /**
         * Budget available; default {@code MEDIUM}.
         *
         * @param level budget available; default {@code MEDIUM}
         * @return this builder
         */
        public Builder budget(ResourceLevel level) {
            budget = Checks.once(budget, level, "budget");
            return this;
        }

        /**
         * Staff available; default {@code MEDIUM}.
         *
         * @param level staff available; default {@code MEDIUM}
         * @return this builder
         */
        public Builder staff(ResourceLevel level) {
            staff = Checks.once(staff, level, "staff");
            return this;
        }

        /**
         * The audience; default {@code EXTERNAL}.
         *
         * @param kind the audience; default {@code EXTERNAL}
         * @return this builder
         */
        public Builder audience(ClientKind kind) {
            audience = Checks.once(audience, kind, "audience");
            return this;
        }

        /**
         * The resources, with defaults for unset options.
         *
         * @return the resources, with defaults for unset options
         */
        public Resources build() {
            return new Resources(
                    time == null ? DEFAULTS.time : time,
                    budget == null ? DEFAULTS.budget : budget,
                    staff == null ? DEFAULTS.staff : staff,
                    audience == null ? DEFAULTS.audience : audience);
        }
    }
}
