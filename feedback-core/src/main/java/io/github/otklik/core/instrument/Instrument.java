package io.github.otklik.core.instrument;

/** A feedback instrument (инструмент обратной связи) of seed 000. */
public enum Instrument {
    /** Survey (questionnaire, анкетирование). */
    SURVEY,
    /** Automated online survey in an information system. */
    IT_SURVEY,
    /** In-depth interview (глубинное интервью). */
    DEEP_INTERVIEW,
    /** Focus group (фокус-группа). */
    FOCUS_GROUP,
    /** Expert opinion (экспертное мнение). */
    EXPERT_OPINION,
    /** Analysis of external research. */
    RESEARCH_ANALYSIS,
    /** Analysis of «Ваш контроль» ratings. */
    VASHKONTROL_ANALYSIS,
    /** Portal quality monitoring. */
    PORTAL_MONITORING,
    /** Automated monitoring of process indicators. */
    PROCESS_MONITORING,
    /** Analysis of appeals and complaints. */
    APPEALS_ANALYSIS,
    /** Any other instrument. */
    OTHER
}
