package io.github.otklik.metrics.label;

import io.github.otklik.core.text.LocalizedText;

import java.util.Map;

/**
 * The library's own short names of the standard forms' aspect and problem codes (README, "Standard
 * questionnaires"): a few words each, as a chart row or a title reads them, not the question text.
 */
final class BuiltInNames {
    private BuiltInNames() {
    }

    /** Aspect codes of the standard forms. */
    static final Map<String, LocalizedText> ASPECTS = Map.ofEntries(
            e("result-time", "срок получения результата", "time to result"),
            e("waiting-time", "время ожидания", "waiting time"),
            e("staff", "вежливость и компетентность сотрудников", "staff courtesy and competence"),
            e("premises", "комфортность помещения", "comfort of the premises"),
            e("information", "понятность информации", "clarity of information"),
            e("e-service", "подача заявления онлайн", "applying online"),
            e("application", "подготовка и подача заявки", "preparing the application"),
            e("status-updates", "информирование о ходе рассмотрения", "progress updates"),
            e("payment-time", "своевременность выплаты", "timely payment"),
            e("notification", "уведомление о мероприятии", "notice of the event"),
            e("requirements-clarity", "понятность требований", "clarity of requirements"),
            e("objectivity", "объективность оценки", "objectivity of the assessment"),
            e("burden", "нагрузка на проверяемого", "burden on the inspected"),
            e("result-explanation", "разъяснение результатов", "explanation of the results"),
            e("filing", "простота подачи обращения или запроса", "ease of filing"),
            e("consultation", "качество консультации", "quality of the consultation"),
            e("usefulness", "польза профилактики", "usefulness of prevention"),
            e("answer-quality", "качество ответа", "quality of the answer"),
            e("completeness", "полнота информации", "completeness of information"),
            e("relevance", "актуальность информации", "information up to date"),
            e("clarity", "понятность изложения", "clarity of wording"),
            e("findability", "простота поиска информации", "ease of finding information"),
            e("accessibility", "доступность информации", "accessibility of information"),
            e("equipment", "оснащение рабочего места", "workplace equipment"),
            e("regulation", "регламентация работы", "work regulations"),
            e("automation", "автоматизация работы", "automation"),
            e("interaction", "взаимодействие с подразделениями и органами", "interaction with units and bodies"),
            e("professional-development", "профессиональное развитие", "professional development"),
            e("career", "должностной рост", "career growth"),
            e("colleagues", "отношения в коллективе", "relations with colleagues"),
            e("work-content", "содержание работы", "the work itself"),
            e("hr-requests", "запросы в кадровую службу", "requests to HR"),
            e("law-making", "нормотворчество и договоры", "law-making and contracts"),
            e("procedures", "порядок подготовки документов", "document procedures"),
            e("approval-steps", "число этапов согласования", "number of approval stages"),
            e("approval-time", "сроки согласования", "approval times"),
            e("legal-support", "поддержка юридической службы", "legal support"),
            e("templates", "типовые формы и шаблоны", "standard templates"),
            e("result-quality", "качество результата", "quality of the result"),
            e("workload", "уровень нагрузки", "workload"),
            e("methodological-support", "методическая поддержка", "methodological support"),
            e("eligibility-rules", "правила предоставления поддержки", "eligibility rules"),
            e("document-checks", "проверка документов", "document checks"),
            e("reporting", "объём отчётности", "reporting burden"));

    /** Problem codes of the standard forms. */
    static final Map<String, LocalizedText> PROBLEMS = Map.ofEntries(
            e("unclear-requirements", "непонятные требования", "unclear requirements"),
            e("too-many-documents", "слишком много документов", "too many documents"),
            e("queue", "долгое ожидание в очереди", "long queues"),
            e("missed-deadline", "нарушение сроков", "missed deadlines"),
            e("repeat-contacts", "повторные обращения", "repeated contacts"),
            e("rude-staff", "невежливость или некомпетентность сотрудников", "impolite or incompetent staff"),
            e("inconvenient-premises", "неудобное помещение", "inconvenient premises"),
            e("technical-failure", "технические сбои", "technical failures"),
            e("other", "другое", "other"),
            e("no-feedback", "нет информации о ходе рассмотрения", "no progress updates"),
            e("unexplained-refusal", "отказ без объяснения причин", "unexplained refusal"),
            e("late-payment", "задержка выплаты", "late payment"),
            e("no-notice", "нет уведомления заранее", "no advance notice"),
            e("long-duration", "мероприятие длилось слишком долго", "the event took too long"),
            e("biased-assessment", "необъективная оценка", "biased assessment"),
            e("unclear-result", "непонятные результаты", "unclear results"),
            e("hard-to-find-information", "трудно найти информацию", "information hard to find"),
            e("outdated-information", "устаревшая информация", "outdated information"),
            e("hard-to-file", "сложно подать обращение", "hard to file"),
            e("formal-answer", "формальный ответ", "formal answer"),
            e("unclear-answer", "непонятный ответ", "unclear answer"),
            e("forwarded-elsewhere", "переадресация без решения", "forwarded without a solution"),
            e("incomplete-information", "неполная информация", "incomplete information"),
            e("unclear-language", "сложный язык", "unclear language"),
            e("not-accessible", "неудобно с телефона или людям с инвалидностью", "not accessible"),
            e("outdated-equipment", "устаревшее оснащение", "outdated equipment"),
            e("unclear-procedures", "нечёткие регламенты", "unclear procedures"),
            e("manual-work", "много ручной работы", "too much manual work"),
            e("poor-interaction", "медленное взаимодействие", "slow interaction"),
            e("workload", "чрезмерная нагрузка", "excessive workload"),
            e("limited-growth", "мало возможностей для роста", "limited growth"),
            e("team-conflicts", "напряжённые отношения в коллективе", "tension in the team"),
            e("slow-hr", "медленная кадровая служба", "slow HR"),
            e("long-approvals", "долгие согласования", "long approvals"),
            e("no-templates", "нет типовых форм", "no templates"),
            e("frequent-rule-changes", "частые изменения требований", "frequent rule changes"),
            e("errors-in-result", "ошибки в результате", "errors in the result"),
            e("no-methodological-support", "нет методической поддержки", "no methodological support"),
            e("no-training", "недостаточно обучения", "not enough training"),
            e("reporting-burden", "избыточная отчётность", "excessive reporting"));

    private static Map.Entry<String, LocalizedText> e(String code, String ru, String en) {
        return Map.entry(code, LocalizedText.of(Wording.capitalized(ru), Wording.capitalized(en)));
    }
}
