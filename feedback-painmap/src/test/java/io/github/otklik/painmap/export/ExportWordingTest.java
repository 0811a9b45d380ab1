package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Grouping;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.TestReport;
import io.github.otklik.painmap.build.PainMapBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the exports, as spec/painmap.md names the template's columns, in either language. */
class ExportWordingTest {
    @Test
    void theTemplatesEightHeaders() {
        assertThat(ExportWording.headers(Language.RU)).containsExactly("№", "Наименование процесса",
                "Выявленные проблемы/потенциальные потребности клиентов", "Распространенность проблемы",
                "Приоритетность решения проблемы/удовлетворения потребности", "Необходимые к реализации мероприятия", "Ответственный",
                "Срок реализации");
        assertThat(ExportWording.headers(Language.EN)).containsExactly("No.", "Process", "Problems / potential needs", "Prevalence",
                "Priority", "Measures", "Responsible", "Deadline");
        assertThat(ExportWording.headers(Language.RU)).hasSize(Columns.COUNT);
    }

    @Test
    void thePageWords() {
        PainMap ru = PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 120, 400).build()).build();
        PainMap en = PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 120, 400).build()).lang(Language.EN).build();
        assertThat(ExportWording.title(Language.RU)).isEqualTo("Карта болей");
        assertThat(ExportWording.title(Language.EN)).isEqualTo("Pain map");
        assertThat(ExportWording.meta(ru)).isEqualTo("Период: I квартал 2025 г. (1 января 2025 г. — 31 марта 2025 г., часовой пояс Europe/Moscow); "
                + "по состоянию на 31 марта 2025 г.; правила: default; болей: 1");
        assertThat(ExportWording.meta(en)).isEqualTo("Period: Q1 2025 (1 January 2025 — 31 March 2025, time zone Europe/Moscow); "
                + "as of 31 March 2025; rule set: default; points: 1");
        assertThat(ExportWording.date(java.time.LocalDate.of(2025, 6, 29), Language.RU)).isEqualTo("29\u00a0июня\u00a02025\u00a0г.");
        assertThat(ExportWording.lowEvidence(Language.RU)).isEqualTo("мало сведений");
        assertThat(ExportWording.lowEvidence(Language.EN)).isEqualTo("low evidence");
    }

    @Test
    void theLabelsOfGroupsWhoseValueIsNotKnown() {
        assertThat(Grouping.TOUCHPOINT.unknownLabel(Language.RU)).isEqualTo("точка взаимодействия не указана");
        assertThat(Grouping.TOUCHPOINT.unknownLabel(Language.EN)).isEqualTo("no touchpoint");
        assertThat(Grouping.PROCESS_TYPE.unknownLabel(Language.RU)).isEqualTo("тип не указан");
        assertThat(Grouping.PROCESS_TYPE.unknownLabel(Language.EN)).isEqualTo("type not known");
    }
}
