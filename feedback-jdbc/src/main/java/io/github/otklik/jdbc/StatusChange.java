package io.github.otklik.jdbc;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One entry of a pain point's status history (статус болевой точки): who set which status of the
 * problem of a process, when, optionally why, and optionally in the context of which stored pain
 * map. Entries are appended, never changed; {@code seq} orders them as they were recorded.
 * Immutable.
 *
 * @param seq position in the store's append order (increasing, not necessarily contiguous)
 * @param painMap id of the stored pain map the change refers to, when given
 * @param process process id
 * @param problem problem code
 * @param status the status set (for example {@code IDENTIFIED}, {@code IN_PROGRESS}, {@code SOLVED})
 * @param changedAt when the status was set
 * @param changedBy who set it
 * @param note why, when given
 */
public record StatusChange(long seq, OptionalLong painMap, String process, String problem, String status,
        Instant changedAt, String changedBy, Optional<String> note) {
    /**
     * Checks that no component is null.
     *
     * @param changedAt when the status was set
     * @param changedBy who set it
     * @param note why, when given
     * @param painMap id of the stored pain map the change refers to, when given
     * @param problem problem code
     * @param process process id
     * @param seq position in the store's append order (increasing, not necessarily contiguous)
     * @param status the status set (for example {@code IDENTIFIED}, {@code IN_PROGRESS}, {@code SOLVED})
     */
    public StatusChange {
        Objects.requireNonNull(painMap, "painMap");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(note, "note");
    }
}
