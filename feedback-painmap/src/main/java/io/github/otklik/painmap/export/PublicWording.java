package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.label.DateWording;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.Status;

/**
 * Every word of the public edition, "you said, we did", in Russian or English: the title, the
 * introduction, the column headers, statuses and published figures in words. Stateless.
 */
final class PublicWording {
    private PublicWording() {
    }

    /** {@code Вы сказали — мы сделали} / {@code You said, we did}. */
    static String title(Language lang) {
        return lang.pick("Вы сказали — мы сделали", "You said, we did");
    }

    /** The line under the title: what the page is, the period and the date. */
    static String intro(Language lang, PublicPainMap map) {
        DateWording dates = DateWording.of(lang);
        return lang.pick("Проблемы, о которых нам сообщили получатели услуг в опросах, обращениях и отзывах за "
                + dates.period(map.period()) + ", и решения, принятые по ним (по состоянию на " + dates.date(map.asOf()) + ").",
                "Problems our clients told us about in surveys, appeals and feedback in " + dates.period(map.period())
                + ", and what we decided to do about them (as of " + dates.date(map.asOf()) + ").");
    }

    /** The note on figures: shares of respondents, shown only for groups of at least minCell. */
    static String figuresNote(Language lang, long minCell) {
        return lang.pick("Доли приведены по ответам на анкеты и отзывам; доля не показывается, если ответов меньше " + minCell + ".",
                "Shares are of questionnaire answers and written feedback; a share is not shown when there are fewer than " + minCell + " answers.");
    }

    /** The line when nothing is published. */
    static String none(Language lang) {
        return lang.pick("За этот период проблем не выявлено.", "No problems were identified in this period.");
    }

    /** The headers of the public table: problem, priority, measures, status, deadline, responsible. */
    static java.util.List<String> headers(Language lang) {
        return lang == Language.EN
                ? java.util.List.of("No.", "What you told us", "Priority", "What we decided", "Status", "Deadline", "Responsible")
                : java.util.List.of("№", "Что вы нам сообщили", "Приоритет", "Что мы решили сделать", "Статус", "Срок", "Ответственный");
    }

    /** The measures cell when none is decided yet. */
    static String noMeasures(Language lang) {
        return lang.pick("мероприятия определяются", "measures are being decided");
    }

    /** The responsible unit in words. */
    static String responsible(Language lang, String responsible) {
        return PainPoint.UNASSIGNED.equals(responsible) ? lang.pick("определяется", "to be assigned") : responsible;
    }

    /** A status in words. */
    static String status(Language lang, Status status) {
        return switch (status) {
            case IDENTIFIED -> lang.pick("проблема выявлена", "identified");
            case PLANNED -> lang.pick("мероприятия запланированы", "measures planned");
            case IN_PROGRESS -> lang.pick("в работе", "in progress");
            case DONE -> lang.pick("выполнено", "done");
            case VERIFIED -> lang.pick("улучшение подтверждено", "improvement confirmed");
            case REOPENED -> lang.pick("работа возобновлена", "work resumed");
        };
    }

    /** A published figure in words: {@code отметили 31,0 % опрошенных}. */
    static String figure(Language lang, PublicPainMap.Figure f) {
        String share = lang.percent(f.share());
        return switch (f.source()) {
            case SURVEY_PROBLEM -> lang.pick("отметили " + share + " опрошенных", share + " of respondents named it");
            case SURVEY_ASPECT -> lang.pick("низко оценили " + share + " опрошенных", share + " of respondents rated it low");
            case TEXT -> lang.pick("упоминается в " + share + " отзывов", "mentioned in " + share + " of written feedback");
            default -> "";
        };
    }

    /** {@code Ещё 20 проблем с низким приоритетом — в полном списке.} for the report's section. */
    static String folded(Language lang, int count) {
        return lang.pick("Проблем с низким приоритетом, не показанных здесь: " + count + "; они — в полном списке на странице «"
                + title(lang) + "».", "Low-priority problems not shown here: " + count + "; they are on the \"" + title(lang) + "\" page.");
    }
}
