package io.github.otklik.text;

/** Where a text comes from ({@code spec/painmap.md}, {@code TEXT} evidence). */
public enum TextSource {
    /** The answer to a {@code role: comment} question of a survey response (комментарий). */
    SURVEY_COMMENT,
    /** The {@code text} of an appeal (текст обращения, {@code spec/formats.md} §3). */
    APPEAL
}
