package io.github.otklik.text.phrase;

/** How phrase statistics group texts ({@code otklik text phrases --by process}). */
public enum Grouping {
    /** One ranking over all texts. */
    OVERALL,
    /** One ranking per process; texts without a process are left out. */
    PROCESS
}
