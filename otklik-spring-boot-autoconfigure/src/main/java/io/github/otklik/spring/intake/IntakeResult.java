package io.github.otklik.spring.intake;

import io.github.otklik.core.io.Reject;

import java.util.List;
import java.util.Objects;

/** What the intake did with one post: stored it, found it stored already, or refused it. */
public sealed interface IntakeResult {
    /** @return the form id as posted (for metrics: known forms only, see {@link ResponseIntake}) */
    String form();

    /**
     * The response was new and is stored: 201.
     *
     * @param form the form id
     * @param id the response id
     */
    record Stored(String form, String id) implements IntakeResult {
        /** Checks the parts. */
        public Stored {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * The same response (same id, same answers) was stored before; nothing is written: 200.
     *
     * @param form the form id
     * @param id the response id
     */
    record Repeated(String form, String id) implements IntakeResult {
        /** Checks the parts. */
        public Repeated {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * The post was refused and nothing is stored.
     *
     * @param form the form id
     * @param reason the class of the refusal, which gives the HTTP status
     * @param rejects the rejects in the format of {@code formats.md} §5, at least one
     */
    record Rejected(String form, RejectReason reason, List<Reject> rejects) implements IntakeResult {
        /** Checks the parts and copies the list. */
        public Rejected {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(reason, "reason");
            rejects = List.copyOf(rejects);
            if (rejects.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reject");
            }
        }
    }
}
