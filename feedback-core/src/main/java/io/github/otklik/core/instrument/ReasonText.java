package io.github.otklik.core.instrument;

import java.util.ArrayList;
import java.util.List;

/** The one-line English and Russian reasons of an {@link InstrumentRecommendation}. */
final class ReasonText {
    private ReasonText() {
    }

    /**
     * E.g. "Strong fit for reengineering; short of time (needs high, has low), staff (needs high,
     * has medium)."
     */
    static String en(InstrumentProfile profile, Purpose purpose, Resources resources) {
        String fit = switch (profile.fit(purpose)) {
            case STRONG -> "Strong fit for ";
            case PARTIAL -> "Partial fit for ";
            case WEAK -> "Weak fit for ";
        };
        String purposeName = switch (purpose) {
            case CURRENT_STATE -> "current-state analysis";
            case REENGINEERING -> "reengineering";
            case POST_REENGINEERING -> "the post-reengineering check";
        };
        String clients = switch (resources.audience()) {
            case EXTERNAL -> "external clients";
            case INTERNAL -> "internal clients";
        };
        String audience = switch (profile.audience(resources.audience())) {
            case PREFERRED -> "; preferred for " + clients;
            case APPLICABLE -> "";
            case NOT_APPLICABLE -> "; does not reach " + clients + ", so listed after every applicable instrument";
        };
        List<String> shortfalls = new ArrayList<>(3);
        addShortfall(shortfalls, "time", profile.time(), resources.time(), false);
        addShortfall(shortfalls, "budget", profile.budget(), resources.budget(), false);
        addShortfall(shortfalls, "staff", profile.staff(), resources.staff(), false);
        String cost = shortfalls.isEmpty()
                ? "; within the available time, budget and staff"
                : "; short of " + String.join(", ", shortfalls);
        return fit + purposeName + audience + cost + ".";
    }

    /**
     * E.g. "Хорошо подходит для реинжиниринга процесса; не хватает: времени (нужен высокий уровень,
     * есть низкий), персонала (нужен высокий уровень, есть средний)."
     */
    static String ru(InstrumentProfile profile, Purpose purpose, Resources resources) {
        String fit = switch (profile.fit(purpose)) {
            case STRONG -> "Хорошо подходит для ";
            case PARTIAL -> "Частично подходит для ";
            case WEAK -> "Слабо подходит для ";
        };
        String purposeName = switch (purpose) {
            case CURRENT_STATE -> "анализа текущей деятельности";
            case REENGINEERING -> "реинжиниринга процесса";
            case POST_REENGINEERING -> "оценки результата реинжиниринга";
        };
        String clients = switch (resources.audience()) {
            case EXTERNAL -> "внешних клиентов";
            case INTERNAL -> "внутренних клиентов";
        };
        String audience = switch (profile.audience(resources.audience())) {
            case PREFERRED -> "; предпочтителен для " + clients;
            case APPLICABLE -> "";
            case NOT_APPLICABLE -> "; не охватывает " + clients + ", поэтому стоит после всех применимых инструментов";
        };
        List<String> shortfalls = new ArrayList<>(3);
        addShortfall(shortfalls, "времени", profile.time(), resources.time(), true);
        addShortfall(shortfalls, "бюджета", profile.budget(), resources.budget(), true);
        addShortfall(shortfalls, "персонала", profile.staff(), resources.staff(), true);
        String cost = shortfalls.isEmpty()
                ? "; укладывается в доступные время, бюджет и персонал"
                : "; не хватает: " + String.join(", ", shortfalls);
        return fit + purposeName + audience + cost + ".";
    }

    private static void addShortfall(List<String> out, String resource, ResourceLevel needed, ResourceLevel available,
            boolean russian) {
        if (available.shortfallTo(needed) > 0) {
            out.add(russian
                    ? resource + " (нужен " + levelRu(needed) + " уровень, есть " + levelRu(available) + ")"
                    : resource + " (needs " + levelEn(needed) + ", has " + levelEn(available) + ")");
        }
    }

    private static String levelEn(ResourceLevel level) {
        return switch (level) {
            case LOW -> "low";
            case MEDIUM -> "medium";
            case HIGH -> "high";
        };
    }

    private static String levelRu(ResourceLevel level) {
        return switch (level) {
            case LOW -> "низкий";
            case MEDIUM -> "средний";
            case HIGH -> "высокий";
        };
    }
}
