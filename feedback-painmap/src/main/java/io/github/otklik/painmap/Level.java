package io.github.otklik.painmap;

import io.github.otklik.core.text.Language;
import java.util.List;
import java.util.Optional;

/**
 * A level of prevalence, impact or priority (уровень: высокая, средняя, низкая). Levels are
 * ordered {@code LOW < MEDIUM < HIGH}; {@link #compareTo} follows that order.
 */
public enum Level {
    /** Low (низкая). */
    LOW("низкая", "низкое", "low"),
    /** Medium (средняя). */
    MEDIUM("средняя", "среднее", "medium"),
    /** High (высокая). */
    HIGH("высокая", "высокое", "high");

    /** The three levels, highest first: the order of the spec's matrix and of the map. */
    public static final List<Level> DESCENDING = List.of(HIGH, MEDIUM, LOW);

    private final String feminine;
    private final String neuter;
    private final String english;

    Level(String feminine, String neuter, String english) {
        this.feminine = feminine;
        this.neuter = neuter;
        this.english = english;
    }

    /** The next level up, or {@code HIGH} when already there. */
    public Level raised() {
        return this == LOW ? MEDIUM : HIGH;
    }

    /** The next level down, or {@code LOW} when already there. */
    public Level lowered() {
        return this == HIGH ? MEDIUM : LOW;
    }

    /** The higher of this level and {@code other}. */
    public Level max(Level other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    /**
     * The level as the pain-map template writes it: {@code высокая/средняя/низкая} in Russian
     * (the feminine form of «распространенность», «приоритетность»), {@code high/medium/low} in
     * English.
     */
    public String word(Language lang) {
        return lang == Language.EN ? english : feminine;
    }

    /** The level in the neuter Russian form («влияние высокое»), or in English. */
    public String neuterWord(Language lang) {
        return lang == Language.EN ? english : neuter;
    }

    /** The level named exactly (case-sensitively) {@code name}: {@code HIGH}, {@code MEDIUM} or {@code LOW}. */
    public static Optional<Level> fromName(String name) {
        for (Level l : values()) {
            if (l.name().equals(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
