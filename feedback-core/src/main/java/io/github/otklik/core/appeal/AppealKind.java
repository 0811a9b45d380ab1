package io.github.otklik.core.appeal;

/** Kind of a direct appeal (seed 004, 59-FZ). */
public enum AppealKind {
    /** Appeal (обращение). */
    APPEAL,
    /** Complaint (жалоба). */
    COMPLAINT,
    /** Request (запрос). */
    REQUEST,
    /** Proposal (предложение). */
    PROPOSAL
}
