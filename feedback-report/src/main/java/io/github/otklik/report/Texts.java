package io.github.otklik.report;

import io.github.otklik.core.text.Language;

import java.util.Map;

/** The report's fixed wording in Russian and English, and number formatting per language. */
final class Texts {
    private final Language language;
    private final boolean en;

    Texts(Language language) {
        this.language = language;
        this.en = language == Language.EN;
    }

    Language language() {
        return language;
    }

    String lang() {
        return language.code();
    }

    String t(String key) {
        String[] pair = WORDS.get(key);
        if (pair == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        return en ? pair[1] : pair[0];
    }

    /** A share as a percentage with one decimal, in the language's decimal separator. */
    String percent(double share) {
        return language.percent(share);
    }

    String number(double value, int decimals) {
        return language.fixed(value, decimals);
    }

    String integer(long value) {
        return language.integer(value);
    }

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] {"Аналитический отчёт по результатам обратной связи", "Analytic report on client feedback"}),
            Map.entry("internal", new String[] {"Внутренняя редакция (для служебного пользования)", "Internal edition (for official use)"}),
            Map.entry("public", new String[] {"Публичная редакция: обобщённые результаты", "Public edition: generalized results"}),
            Map.entry("agency", new String[] {"Орган власти", "Agency"}),
            Map.entry("period", new String[] {"Отчётный период", "Reporting period"}),
            Map.entry("asOf", new String[] {"Данные по состоянию на", "Data as of"}),
            Map.entry("collection", new String[] {"Даты сбора обратной связи", "Dates of collection"}),
            Map.entry("surveyUrl", new String[] {"Ссылка на анкету", "Survey link"}),
            Map.entry("instruments", new String[] {"Инструменты", "Instruments"}),
            Map.entry("respondents", new String[] {"Число респондентов", "Respondents"}),
            Map.entry("byForm", new String[] {"по анкетам", "by form"}),
            Map.entry("byChannel", new String[] {"по каналам", "by channel"}),
            Map.entry("conclusions", new String[] {"Основные выводы", "Main conclusions"}),
            Map.entry("satisfaction", new String[] {"Удовлетворённость", "Satisfaction"}),
            Map.entry("overall", new String[] {"Общая удовлетворённость", "Overall satisfaction"}),
            Map.entry("aspects", new String[] {"Удовлетворённость по параметрам", "Satisfaction by aspect"}),
            Map.entry("byProcess", new String[] {"По процессам", "By process"}),
            Map.entry("segments", new String[] {"По сегментам клиентов", "By client segment"}),
            Map.entry("problems", new String[] {"Типичные проблемы (Парето)", "Typical problems (Pareto)"}),
            Map.entry("trend", new String[] {"Динамика к предыдущему периоду", "Trend against the previous period"}),
            Map.entry("appeals", new String[] {"Обращения и жалобы (только для служебного пользования)", "Appeals and complaints (internal only)"}),
            Map.entry("processes", new String[] {"Показатели процессов", "Process indicators"}),
            Map.entry("targets", new String[] {"Отклонения от образа целевого состояния", "Deviations from the target state"}),
            Map.entry("painmap", new String[] {"Карта болей", "Pain map"}),
            Map.entry("alerts", new String[] {"Сигналы для дополнительного сбора обратной связи", "Signals for an extra round of feedback collection"}),
            Map.entry("share", new String[] {"Доля удовлетворённых", "Satisfied share"}),
            Map.entry("ci", new String[] {"95% доверительный интервал", "95% confidence interval"}),
            Map.entry("answered", new String[] {"Ответов", "Answers"}),
            Map.entry("mean", new String[] {"Средний балл", "Mean score"}),
            Map.entry("suppressed", new String[] {"скрыто: меньше минимального числа ответов", "hidden: fewer answers than the minimum"}),
            Map.entry("total", new String[] {"Всего", "Total"}),
            Map.entry("none", new String[] {"нет данных", "no data"}),
            Map.entry("group", new String[] {"Группа", "Group"}),
            Map.entry("process", new String[] {"Процесс", "Process"}),
            Map.entry("count", new String[] {"Количество", "Count"}),
            Map.entry("cumulative", new String[] {"Накопленная доля", "Cumulative share"}),
            Map.entry("reason", new String[] {"Причина", "Reason"}),
            Map.entry("code", new String[] {"Проблема", "Problem"}),
            Map.entry("waitDays", new String[] {"Срок ответа, дней (медиана / 90-й процентиль / максимум)", "Days to answer (median / 90th percentile / max)"}),
            Map.entry("overdue", new String[] {"С нарушением срока", "Overdue"}),
            Map.entry("complaints", new String[] {"Жалобы: удовлетворено / отказано", "Complaints: resolved / refused"}),
            Map.entry("instances", new String[] {"Экземпляров", "Instances"}),
            Map.entry("finished", new String[] {"Завершено", "Finished"}),
            Map.entry("hours", new String[] {"Длительность, ч (медиана / 90-й процентиль)", "Duration, h (median / 90th percentile)"}),
            Map.entry("negative", new String[] {"Доля отрицательных результатов", "Negative results"}),
            Map.entry("metric", new String[] {"Показатель", "Metric"}),
            Map.entry("target", new String[] {"Цель", "Target"}),
            Map.entry("actual", new String[] {"Факт", "Actual"}),
            Map.entry("met", new String[] {"Достигнута", "Met"}),
            Map.entry("yes", new String[] {"да", "yes"}),
            Map.entry("no", new String[] {"нет", "no"}),
            Map.entry("previous", new String[] {"Предыдущий период", "Previous period"}),
            Map.entry("delta", new String[] {"Изменение", "Change"}),
            Map.entry("pValue", new String[] {"p-значение", "p-value"}),
            Map.entry("satisfactionExternal", new String[] {"Удовлетворённость внешних клиентов", "Satisfaction of external clients"}),
            Map.entry("externalNote", new String[] {"Граждане, организации и другие органы власти; без сотрудников ведомства.",
                "Citizens, organisations and other bodies; the agency's own employees are not included."}),
            Map.entry("internalClients", new String[] {"Внутренние клиенты (сотрудники ведомства)", "Internal clients (the agency's employees)"}),
            Map.entry("internalNote", new String[] {"Оценки сотрудников по внутренним анкетам и внутренним процессам; в показатели внешних клиентов не входят.",
                "Employees' ratings on the internal questionnaires and internal processes; not part of the external clients' figures."}),
            Map.entry("weakestNote", new String[] {"Выделены три параметра с наименьшей долей удовлетворённых (не менее 10 ответов).",
                "The three aspects with the lowest satisfied share (at least 10 answers) are highlighted."}),
            Map.entry("paretoNote", new String[] {"Доля — от всех респондентов группы; в скобках — от тех, кому вопрос задавался; Σ — накопленная доля упоминаний.",
                "Share of all respondents of the group; in brackets, of those who were asked; Σ — cumulative share of mentions."}),
            Map.entry("lifeSituations", new String[] {"По жизненным ситуациям", "By life situation"}),
            Map.entry("lifeNote", new String[] {"Процесс может относиться к нескольким жизненным ситуациям, поэтому группы пересекаются и их сумма больше итога.",
                "A process may serve several life situations, so the groups overlap and add up to more than the total."}),
            Map.entry("byCategory", new String[] {"по категориям", "by category"}),
            Map.entry("segmentChannel", new String[] {"По каналам получения услуги", "By channel"}),
            Map.entry("segmentCategory", new String[] {"По категориям клиентов", "By client category"}),
            Map.entry("zone", new String[] {"часовой пояс", "time zone"}),
            Map.entry("respondentsExternal", new String[] {"внешние клиенты", "external clients"}),
            Map.entry("respondentsInternal", new String[] {"сотрудники", "employees"}),
            Map.entry("appealsByChannel", new String[] {"Обращения по каналам", "Appeals by channel"}),
            Map.entry("appealsByKind", new String[] {"Обращения по видам", "Appeals by kind"}),
            Map.entry("reasons", new String[] {"Причины обращений (Парето)", "Reasons of appeals (Pareto)"}),
            Map.entry("complaintsOfReason", new String[] {"из них жалоб", "of them complaints"}),
            Map.entry("footer", new String[] {"Отчёт сформирован Otklik из исходных данных периода; доли рассчитаны по ответам без «затрудняюсь ответить»; интервалы — по Вилсону.",
                "Generated by Otklik from the period's records; shares exclude \"difficult to answer\"; intervals are Wilson score intervals."}));
}
