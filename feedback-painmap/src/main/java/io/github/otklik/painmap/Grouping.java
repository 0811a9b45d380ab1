package io.github.otklik.painmap;

import io.github.otklik.core.text.Language;

/**
 * How {@link PainMap#groups(Grouping)} groups pain points, by what the process registry says of
 * their processes (seed 004: by touchpoint, by process group), and how the group of points whose
 * process lacks that value is labelled.
 */
public enum Grouping {
    /** By process group ({@code group}, falling back to the process id as the map's {@code group} field does). */
    PROCESS_GROUP("группа не указана", "no group"),
    /** By touchpoint; a point appears under every touchpoint of its process. */
    TOUCHPOINT("точка взаимодействия не указана", "no touchpoint"),
    /** By process type ({@code SERVICE}, {@code FUNCTION}, …). */
    PROCESS_TYPE("тип не указан", "type not known"),
    /**
     * By life situation (жизненная ситуация, seed 003); a point appears under every life situation
     * of its process, so groups overlap: a count over all groups is not the number of points.
     */
    LIFE_SITUATION("жизненная ситуация не указана", "no life situation");

    private final String unknownRu;
    private final String unknownEn;

    Grouping(String unknownRu, String unknownEn) {
        this.unknownRu = unknownRu;
        this.unknownEn = unknownEn;
    }

    /**
     * The label of the group of points whose process the registry does not know, or gives no
     * value for: {@code точка взаимодействия не указана} / {@code no touchpoint}, {@code тип не
     * указан} / {@code type not known}. (By {@link #PROCESS_GROUP} every point has a group, its
     * process id at least, so that label is never shown.)
     *
     * @param lang the language
     * @return the label
     */
    public String unknownLabel(Language lang) {
        return lang.pick(unknownRu, unknownEn);
    }
}
