package io.github.otklik.core.channel;

import io.github.otklik.core.client.ClientKind;

import java.util.Optional;

/**
 * A channel (канал) through which feedback or a request reaches the agency (seeds 001, 004), with
 * whether it is online and which clients use it. Seed 004 counts the hotline as online.
 */
public enum Channel {
    /** Federal portal Gosuslugi (ЕПГУ). */
    EPGU(Online.YES, Users.EXTERNAL),
    /** Regional portal of state services. */
    REGIONAL_PORTAL(Online.YES, Users.EXTERNAL),
    /** The agency's official site. */
    OFFICIAL_SITE(Online.YES, Users.EXTERNAL),
    /** Official pages in social networks. */
    SOCIAL_NETWORK(Online.YES, Users.EXTERNAL),
    /** Messenger channels and chats. */
    MESSENGER(Online.YES, Users.EXTERNAL),
    /** Mobile application. */
    MOBILE_APP(Online.YES, Users.EXTERNAL),
    /** Telephone hotline (горячая линия). */
    HOTLINE(Online.YES, Users.EXTERNAL),
    /** E-mail. */
    EMAIL(Online.YES, Users.BOTH),
    /** Personal visit to the agency. */
    IN_PERSON(Online.NO, Users.EXTERNAL),
    /** Multifunctional centre (МФЦ). */
    MFC(Online.NO, Users.EXTERNAL),
    /** Paper questionnaire or letter. */
    PAPER(Online.NO, Users.BOTH),
    /** Box for feedback in the agency's premises. */
    MAILBOX(Online.NO, Users.INTERNAL),
    /** A form in an agency information system. */
    INFORMATION_SYSTEM(Online.YES, Users.BOTH),
    /** Internal limited-access survey link. */
    INTRANET(Online.YES, Users.INTERNAL),
    /** Specialised research organisation. */
    RESEARCH(Online.UNKNOWN, Users.BOTH),
    /** Any other channel. */
    OTHER(Online.UNKNOWN, Users.BOTH);

    private enum Online { YES, NO, UNKNOWN }

    private enum Users { EXTERNAL, INTERNAL, BOTH }

    private final Online online;
    private final Users users;

    Channel(Online online, Users users) {
        this.online = online;
        this.users = users;
    }

    /**
     * Whether the channel is online; empty when it can be either ({@code RESEARCH}, {@code OTHER}).
     *
     * @return whether the channel is online; empty when it can be either ({@code RESEARCH}, {@code OTHER})
     */
    public Optional<Boolean> online() {
        return online == Online.UNKNOWN ? Optional.empty() : Optional.of(online == Online.YES);
    }

    /** Whether clients of {@code kind} use this channel. */
    public boolean usedBy(ClientKind kind) {
        return users == Users.BOTH
                || (users == Users.EXTERNAL && kind == ClientKind.EXTERNAL)
                || (users == Users.INTERNAL && kind == ClientKind.INTERNAL);
    }
}
