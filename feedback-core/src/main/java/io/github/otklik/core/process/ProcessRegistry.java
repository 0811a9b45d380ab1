package io.github.otklik.core.process;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The agency's process registry (реестр процессов, seed 003): its processes by id, in the order
 * given, each with its type, owner, touchpoints, life situations and annual volume. Immutable and
 * thread-safe.
 */
public final class ProcessRegistry {
    private static final ProcessRegistry EMPTY = new ProcessRegistry(Map.of());

    private final Map<String, Process> byId;

    private ProcessRegistry(Map<String, Process> byId) {
        this.byId = byId;
    }

    /**
     * The registry without processes.
     *
     * @return the empty registry
     */
    public static ProcessRegistry empty() {
        return EMPTY;
    }

    /**
     * The registry of {@code processes}, in their order.
     *
     * @param processes the registry's entries
     * @return the registry
     * @throws IllegalArgumentException when two entries have the same id
     */
    public static ProcessRegistry of(Collection<Process> processes) {
        if (processes.isEmpty()) {
            return EMPTY;
        }
        Map<String, Process> m = new LinkedHashMap<>();
        for (Process p : processes) {
            if (m.putIfAbsent(p.id(), Objects.requireNonNull(p, "process")) != null) {
                throw new IllegalArgumentException("process " + p.id() + " is listed twice in the registry");
            }
        }
        return new ProcessRegistry(Collections.unmodifiableMap(m));
    }

    /**
     * The processes, in registry order.
     *
     * @return an unmodifiable list
     */
    public List<Process> processes() {
        return List.copyOf(byId.values());
    }

    /**
     * The process with {@code id}.
     *
     * @param id a process id
     * @return the registry entry, when the registry has it
     */
    public Optional<Process> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The distinct life situations (жизненные ситуации) of process {@code id}, in registry order.
     *
     * @param id a process id
     * @return the situations; empty when the process has none or is not in the registry
     */
    public List<String> lifeSituations(String id) {
        Process p = byId.get(id);
        return p == null ? List.of() : p.lifeSituations().stream().distinct().toList();
    }

    /**
     * Whether the registry has no processes.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessRegistry r && List.copyOf(byId.values()).equals(List.copyOf(r.byId.values()));
    }

    @Override
    public int hashCode() {
        return List.copyOf(byId.values()).hashCode();
    }

    @Override
    public String toString() {
        return "ProcessRegistry" + byId.keySet();
    }
}
