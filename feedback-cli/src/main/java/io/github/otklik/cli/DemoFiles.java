package io.github.otklik.cli;

/** The hand-written inputs of the demo: targets, a measures catalogue and analysts' notes. */
final class DemoFiles {
    private DemoFiles() {
    }

    static final String TARGETS = """
            [
              {"process": "svc-birth", "metric": "satisfaction.overall.share", "target": 0.8, "direction": "atLeast"},
              {"process": "svc-housing", "metric": "satisfaction.overall.share", "target": 0.6, "direction": "atLeast"},
              {"process": "svc-housing", "metric": "processes.durationHours.p90", "target": 240, "direction": "atMost"},
              {"process": "app-citizens", "metric": "appeals.waitDays.p90", "target": 30, "direction": "atMost"},
              {"process": "app-citizens", "metric": "appeals.overdueShare", "target": 0.05, "direction": "atMost"},
              {"process": "sup-social-contract", "metric": "processes.negativeShare", "target": 0.2, "direction": "atMost"}
            ]
            """;

    static final String MEASURES = """
            {
              "queue": ["Ввести электронную запись на приём", "Открыть дополнительное окно в часы пик"],
              "too-many-documents": ["Запрашивать сведения по межведомственным запросам вместо заявителя"],
              "unclear-requirements": ["Переписать памятку простым языком и проверить её на заявителях"],
              "missed-deadline": ["Настроить контроль сроков в системе документооборота"],
              "technical-failure": ["Провести нагрузочное тестирование формы на портале"],
              "deadline:appeals": ["Еженедельный контроль сроков ответов на обращения"],
              "aspect:waiting-time": ["Ввести электронную очередь"]
            }
            """;

    /** Labels of the sample agency's topics, appeal reasons, negative-result reasons and life situations. */
    static final String CLASSIFIER = """
            {"format": "otklik-classifier/1",
             "topics": {"benefits": {"ru": "Социальные выплаты", "en": "Social benefits"},
                        "housing": {"ru": "Жильё и ЖКХ", "en": "Housing and utilities"},
                        "families": {"ru": "Семьи с детьми", "en": "Families with children"},
                        "employment": {"ru": "Занятость", "en": "Employment"},
                        "care": {"ru": "Социальное обслуживание", "en": "Social care"},
                        "other": {"ru": "Прочие вопросы", "en": "Other matters"}},
             "reasons": {"missed-deadline": {"ru": "Нарушение сроков", "en": "Missed deadlines"},
                         "unclear-requirements": {"ru": "Непонятные требования", "en": "Unclear requirements"},
                         "queue": {"ru": "Очереди", "en": "Queues"},
                         "too-many-documents": {"ru": "Слишком много документов", "en": "Too many documents"},
                         "rude-staff": {"ru": "Поведение сотрудников", "en": "Staff behaviour"},
                         "technical-failure": {"ru": "Технические сбои", "en": "Technical failures"},
                         "no-feedback": {"ru": "Нет информации о ходе рассмотрения", "en": "No progress updates"},
                         "payment-delay": {"ru": "Задержка выплаты", "en": "Late payment"},
                         "wrong-decision": {"ru": "Несогласие с решением", "en": "Disagreement with the decision"},
                         "other": {"ru": "Другие причины", "en": "Other reasons"}},
             "negativeReasons": {"incomplete-documents": {"ru": "Неполный комплект документов", "en": "Incomplete documents"},
                                 "not-eligible": {"ru": "Нет права на меру", "en": "Not eligible"},
                                 "missed-application-deadline": {"ru": "Пропущен срок подачи заявления", "en": "Application deadline missed"},
                                 "income-above-threshold": {"ru": "Доход выше порога", "en": "Income above the threshold"},
                                 "duplicate-application": {"ru": "Повторное заявление", "en": "Duplicate application"},
                                 "data-mismatch": {"ru": "Расхождение сведений", "en": "Data mismatch"}},
             "lifeSituations": {"birth": {"ru": "Рождение ребёнка", "en": "Birth of a child"},
                                "housing": {"ru": "Оплата жилья", "en": "Paying for housing"},
                                "guardianship": {"ru": "Опека над ребёнком", "en": "Guardianship of a child"},
                                "business": {"ru": "Открытие и ведение бизнеса", "en": "Starting and running a business"},
                                "low-income": {"ru": "Трудная жизненная ситуация", "en": "Low income"},
                                "appeal": {"ru": "Обращение в министерство", "en": "Appealing to the ministry"},
                                "information": {"ru": "Поиск информации", "en": "Looking for information"},
                                "staff": {"ru": "Работа в министерстве", "en": "Working at the ministry"}}}
            """;

    static final String MANUAL = """
            [
              {"process": "svc-housing", "problem": "recalculation-unclear", "title": "Заявителям непонятен перерасчёт субсидии",
               "kind": "PROBLEM", "measures": ["Добавить в уведомление расчёт суммы по шагам"], "evidence": {"x": 9, "n": 14}},
              {"process": "svc-birth", "problem": "proactive-service", "title": "Родители ждут проактивного назначения пособия без заявления",
               "kind": "NEED", "impact": "HIGH"}
            ]
            """;
}
