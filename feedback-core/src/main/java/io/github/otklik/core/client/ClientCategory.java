package io.github.otklik.core.client;

/** Client category (категория клиента) of seed 004; all but {@link #EMPLOYEE} are external. */
public enum ClientCategory {
    /** Citizen of the Russian Federation (гражданин РФ). */
    CITIZEN,
    /** Foreign citizen (иностранный гражданин). */
    FOREIGN_CITIZEN,
    /** Stateless person (лицо без гражданства). */
    STATELESS_PERSON,
    /** Self-employed (самозанятый). */
    SELF_EMPLOYED,
    /** Individual entrepreneur (индивидуальный предприниматель). */
    INDIVIDUAL_ENTREPRENEUR,
    /** Legal entity (юридическое лицо). */
    LEGAL_ENTITY,
    /** Association of citizens without legal personality (объединение граждан). */
    UNREGISTERED_ASSOCIATION,
    /** State or municipal servant of another body. */
    OTHER_BODY_OFFICIAL,
    /** Employee of a state or municipal institution. */
    BUDGET_ORG_EMPLOYEE,
    /** The agency's own staff member: the only internal category. */
    EMPLOYEE;

    /**
     * The client kind this category belongs to.
     *
     * @return the client kind this category belongs to
     */
    public ClientKind kind() {
        return this == EMPLOYEE ? ClientKind.INTERNAL : ClientKind.EXTERNAL;
    }
}
