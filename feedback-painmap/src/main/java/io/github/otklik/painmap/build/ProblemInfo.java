package io.github.otklik.painmap.build;

import java.util.List;

/**
 * One problem code of a build: its string (shared by all its candidates), its number in the order
 * codes were met, and its title and catalogue measures once the points are made (each computed
 * once per code). Not thread-safe; lives for one build.
 */
final class ProblemInfo {
    final String code;
    final int hash;
    /** Its place among the build's problem codes, in the order they were met. */
    final int ordinal;
    /** The title in the map's language, once computed; null before. */
    String title;
    /** The catalogue's measures without repeats, once computed; null before. */
    List<String> measures;

    ProblemInfo(String code, int ordinal) {
        this.code = code;
        this.hash = code.hashCode();
        this.ordinal = ordinal;
    }
}
