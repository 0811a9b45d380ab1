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

    static final String MANUAL = """
            [
              {"process": "svc-housing", "problem": "recalculation-unclear", "title": "Заявителям непонятен перерасчёт субсидии",
               "kind": "PROBLEM", "measures": ["Добавить в уведомление расчёт суммы по шагам"], "evidence": {"x": 9, "n": 14}},
              {"process": "svc-birth", "problem": "proactive-service", "title": "Родители ждут проактивного назначения пособия без заявления",
               "kind": "NEED", "impact": "HIGH"}
            ]
            """;
}
