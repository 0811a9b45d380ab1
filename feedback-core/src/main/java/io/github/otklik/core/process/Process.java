package io.github.otklik.core.process;

import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A process of the agency as kept in its process registry (реестр процессов, seed 003): name,
 * type, group, owner unit, touchpoints, life situations, annual volume and target-state indicators.
 * Immutable; built with {@link #builder(String, LocalizedText, ProcessType)}.
 */
public final class Process {
    @NotNull @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String id;
    @NotNull
    private final LocalizedText name;
    @NotNull
    private final ProcessType type;
    private final String group;
    private final String owner;
    private final List<String> touchpoints;
    private final List<String> lifeSituations;
    private final long annualVolume; // -1 = unknown; the builder enforces >= 0
    private final List<TargetIndicator> targets;

    private Process(Builder b) {
        this.id = Identifiers.requireIdentifier(b.id, "process id");
        this.name = b.name;
        this.type = b.type;
        this.group = b.group;
        this.owner = b.owner;
        this.touchpoints = List.copyOf(b.touchpoints);
        this.lifeSituations = List.copyOf(b.lifeSituations);
        this.annualVolume = b.annualVolume;
        this.targets = List.copyOf(b.targets);
    }

    /** A builder for process {@code id} with its name and type. */
    public static Builder builder(String id, LocalizedText name, ProcessType type) {
        return new Builder(id, name, type);
    }

    /** Process id. */
    public String id() { return id; }

    /** Process name. */
    public LocalizedText name() { return name; }

    /** Process type. */
    public ProcessType type() { return type; }

    /** Process group (e.g. a line of business), when given. */
    public Optional<String> group() { return Optional.ofNullable(group); }

    /** Owner unit (responsible for its pain points), when given. */
    public Optional<String> owner() { return Optional.ofNullable(owner); }

    /** Touchpoints (точки взаимодействия) of the client journey. */
    public List<String> touchpoints() { return touchpoints; }

    /** Life situations (жизненные ситуации) the process belongs to. */
    public List<String> lifeSituations() { return lifeSituations; }

    /** Number of cases a year, when known. */
    public OptionalLong annualVolume() {
        return annualVolume < 0 ? OptionalLong.empty() : OptionalLong.of(annualVolume);
    }

    /** Target-state indicators. */
    public List<TargetIndicator> targets() { return targets; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Process p && id.equals(p.id) && name.equals(p.name) && type == p.type
                && Objects.equals(group, p.group) && Objects.equals(owner, p.owner)
                && touchpoints.equals(p.touchpoints) && lifeSituations.equals(p.lifeSituations)
                && annualVolume == p.annualVolume && targets.equals(p.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, type, group, owner, touchpoints, lifeSituations, annualVolume, targets);
    }

    @Override
    public String toString() {
        return "Process[" + id + ", " + type + ", " + name.ru() + "]";
    }

    /** Builder of {@link Process}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final LocalizedText name;
        private final ProcessType type;
        private String group;
        private String owner;
        private final List<String> touchpoints = new ArrayList<>();
        private final List<String> lifeSituations = new ArrayList<>();
        private long annualVolume = -1;
        private final List<TargetIndicator> targets = new ArrayList<>();

        private Builder(String id, LocalizedText name, ProcessType type) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Process group.
         *
         * @param group process group
         * @return this builder
         */
        public Builder group(String group) { this.group = Objects.requireNonNull(group); return this; }

        /**
         * Owner unit.
         *
         * @param owner owner unit
         * @return this builder
         */
        public Builder owner(String owner) { this.owner = Objects.requireNonNull(owner); return this; }

        /**
         * Adds a touchpoint.
         *
         * @param touchpoint a touchpoint
         * @return this builder
         */
        public Builder touchpoint(String touchpoint) { touchpoints.add(Objects.requireNonNull(touchpoint)); return this; }

        /**
         * Adds a life situation.
         *
         * @param situation a life situation
         * @return this builder
         */
        public Builder lifeSituation(String situation) { lifeSituations.add(Objects.requireNonNull(situation)); return this; }

        /**
         * Annual volume of cases.
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder annualVolume(long volume) {
            if (volume < 0) {
                throw new IllegalArgumentException("annualVolume must not be negative, was " + volume);
            }
            this.annualVolume = volume;
            return this;
        }

        /**
         * Adds a target-state indicator.
         *
         * @param target a target-state indicator
         * @return this builder
         */
        public Builder target(TargetIndicator target) { targets.add(Objects.requireNonNull(target)); return this; }

        /**
         * Builds the process.
         *
         * @return the process
         * @throws IllegalArgumentException when the id is malformed
         */
        public Process build() { return new Process(this); }
    }
}
