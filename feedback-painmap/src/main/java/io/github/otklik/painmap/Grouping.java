package io.github.otklik.painmap;

/**
 * How {@link PainMap#groups(Grouping)} groups pain points, by what the process registry says of
 * their processes (seed 004: by touchpoint, by process group).
 */
public enum Grouping {
    /** By process group ({@code group}, falling back to the process id as the map's {@code group} field does). */
    PROCESS_GROUP,
    /** By touchpoint; a point appears under every touchpoint of its process. */
    TOUCHPOINT,
    /** By process type ({@code SERVICE}, {@code FUNCTION}, …). */
    PROCESS_TYPE
}
