package io.github.otklik.text.theme;

/**
 * What a theme points to, as the pain map's kinds do (боль клиента: проблема или потребность,
 * seed 004).
 */
public enum ThemeKind {
    /** A problem clients ran into (проблема). */
    PROBLEM,
    /** A potential need of clients (потенциальная потребность). */
    NEED
}
