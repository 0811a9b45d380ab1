package io.github.otklik.core.instrument;

import io.github.otklik.core.client.ClientKind;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the {@link InstrumentSelector}'s table (профиль инструмента): how well an instrument
 * fits each purpose, what it costs in time, budget and staff, and which audiences it reaches.
 * Immutable, thread-safe; the maps are unmodifiable and iterate in enum order.
 *
 * @param fit the fit for every {@link Purpose}
 * @param time time the instrument needs
 * @param budget money the instrument needs
 * @param staff people the instrument needs
 * @param audience the fit for every {@link ClientKind}
 */
public record InstrumentProfile(
        Map<Purpose, PurposeFit> fit,
        ResourceLevel time,
        ResourceLevel budget,
        ResourceLevel staff,
        Map<ClientKind, AudienceFit> audience) {

    /**
     * Checks that every purpose and every audience has a fit, and copies the maps.
     *
     * @param audience the fit for every {@link ClientKind}
     * @param budget money the instrument needs
     * @param fit the fit for every {@link Purpose}
     * @param staff people the instrument needs
     * @param time time the instrument needs
     */
    public InstrumentProfile {
        fit = Checks.completeCopy(Objects.requireNonNull(fit, "fit"),
                Purpose.class, EnumSet.allOf(Purpose.class), "fit is missing for");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(staff, "staff");
        audience = Checks.completeCopy(Objects.requireNonNull(audience, "audience"),
                ClientKind.class, EnumSet.allOf(ClientKind.class), "audience is missing for");
    }

    /**
     * A builder; fits and costs must all be set, audiences default to {@code APPLICABLE}.
     *
     * @return a builder; fits and costs must all be set, audiences default to {@code APPLICABLE}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The fit for {@code purpose}. */
    public PurposeFit fit(Purpose purpose) {
        return fit.get(Objects.requireNonNull(purpose, "purpose"));
    }

    /** The fit for {@code kind}. */
    public AudienceFit audience(ClientKind kind) {
        return audience.get(Objects.requireNonNull(kind, "kind"));
    }

    /** A builder of {@link InstrumentProfile}; not thread-safe. Each option may be set once. */
    public static final class Builder {
        private final EnumMap<Purpose, PurposeFit> fit = new EnumMap<>(Purpose.class);
        private final EnumMap<ClientKind, AudienceFit> audience = new EnumMap<>(ClientKind.class);
        private ResourceLevel time;
        private ResourceLevel budget;
        private ResourceLevel staff;

        private Builder() {
        }

        /** Sets the fit for {@code purpose}. */
        public Builder fit(Purpose purpose, PurposeFit value) {
            put(fit, purpose, value, "fit");
            return this;
        }

        /** Sets the fit for current-state analysis, reengineering and the post-reengineering check. */
        public Builder fit(PurposeFit currentState, PurposeFit reengineering, PurposeFit postReengineering) {
            return fit(Purpose.CURRENT_STATE, currentState)
                    .fit(Purpose.REENGINEERING, reengineering)
                    .fit(Purpose.POST_REENGINEERING, postReengineering);
        }

        /** Sets the time, budget and staff the instrument needs. */
        public Builder cost(ResourceLevel time, ResourceLevel budget, ResourceLevel staff) {
            this.time = Checks.once(this.time, time, "time");
            this.budget = Checks.once(this.budget, budget, "budget");
            this.staff = Checks.once(this.staff, staff, "staff");
            return this;
        }

        /** Sets the fit for audience {@code kind}; unset audiences are {@code APPLICABLE}. */
        public Builder audience(ClientKind kind, AudienceFit value) {
            put(audience, kind, value, "audience");
            return this;
        }

        /**
         * The profile.
         *
         * @return the profile
         * @throws IllegalStateException if a purpose's fit or a cost was not set
         */
        public InstrumentProfile build() {
            Set<Purpose> unset = Checks.missing(fit.keySet(), Purpose.class, EnumSet.allOf(Purpose.class));
            if (!unset.isEmpty()) {
                throw new IllegalStateException("fit is not set for " + unset);
            }
            if (time == null) {
                throw new IllegalStateException("cost is not set");
            }
            EnumMap<ClientKind, AudienceFit> audiences = new EnumMap<>(audience);
            for (ClientKind kind : ClientKind.values()) {
                audiences.putIfAbsent(kind, AudienceFit.APPLICABLE);
            }
            return new InstrumentProfile(fit, time, budget, staff, audiences);
        }

        private static <K, V> void put(Map<K, V> map, K key, V value, String option) {
            Objects.requireNonNull(key, option + " key");
            map.put(key, Checks.once(map.get(key), value, option + " for " + key));
        }
    }
}
