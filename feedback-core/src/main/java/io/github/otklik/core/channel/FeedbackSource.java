package io.github.otklik.core.channel;

/** Where feedback comes from (источник обратной связи, seed 001). */
public enum FeedbackSource {
    /** Proposals, appeals and complaints received directly. */
    DIRECT_APPEAL,
    /** Comments on the agency's official pages. */
    SOCIAL_MEDIA,
    /** Sociological surveys, including portal surveys. */
    SURVEY,
    /** Media monitoring. */
    MEDIA_MONITORING,
    /** ИАС МКГУ «Ваш контроль», the federal service-quality rating system. */
    VASHKONTROL,
    /** Automated portal quality monitoring. */
    EPGU_MONITORING,
    /** Another information system. */
    OTHER_SYSTEM
}
