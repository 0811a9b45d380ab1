package io.github.otklik.synthetic.agency;

import io.github.otklik.core.agency.Agency;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;

import java.util.List;

/**
 * The sample agency of the synthetic data: a regional ministry of social policy with twelve
 * processes of every type, their owners and annual volumes (реестр процессов). Each process also
 * has a hidden "quality" in [0, 1] that drives how its generated records look.
 */
public final class SampleAgency {
    /** The agency. */
    public static final Agency AGENCY = new Agency("minsoc", LocalizedText.of(
            "Министерство социальной политики (пример)", "Ministry of Social Policy (sample)"));

    /** A process of the sample registry and how well it works (1 = no pains). */
    public record SampleProcess(Process process, double quality) {
    }

    private static final List<SampleProcess> PROCESSES = List.of(
            p("svc-birth", "Единовременное пособие при рождении ребёнка", "Lump-sum allowance at childbirth",
                    ProcessType.SERVICE, "Семьи с детьми", "Отдел социальных выплат", 12_000, 0.75, "birth"),
            p("svc-large-family", "Удостоверение многодетной семьи", "Large family certificate",
                    ProcessType.SERVICE, "Семьи с детьми", "Отдел социальных выплат", 4_000, 0.85, "birth"),
            p("svc-housing", "Субсидия на оплату жилого помещения", "Housing utility subsidy",
                    ProcessType.SERVICE, "Жильё и ЖКХ", "Отдел субсидий", 30_000, 0.45, "housing"),
            p("fn-guardianship", "Опека и попечительство", "Guardianship",
                    ProcessType.FUNCTION, "Семьи с детьми", "Отдел опеки", 800, 0.6, "guardianship"),
            p("sup-sme-grant", "Грант начинающим предпринимателям", "Start-up entrepreneur grant",
                    ProcessType.SUPPORT_MEASURE, "Поддержка занятости", "Отдел грантов", 600, 0.55, "business"),
            p("sup-social-contract", "Социальный контракт", "Social contract",
                    ProcessType.SUPPORT_MEASURE, "Поддержка занятости", "Отдел социальных контрактов", 2_500, 0.5, "low-income"),
            p("ctl-licensing", "Лицензионный контроль организаций социального обслуживания", "Licensing control of social care providers",
                    ProcessType.CONTROL, "Контроль и надзор", "Отдел контроля", 300, 0.65, "business"),
            p("prv-consulting", "Консультирование контролируемых лиц", "Consulting controlled persons",
                    ProcessType.PREVENTION, "Контроль и надзор", "Отдел контроля", 1_500, 0.8, "business"),
            p("app-citizens", "Рассмотрение обращений граждан", "Handling citizens' appeals",
                    ProcessType.APPEALS, "Обращения", "Отдел по работе с обращениями", 9_000, 0.5, "appeal"),
            p("inf-site", "Информирование о деятельности министерства", "Information about the ministry's work",
                    ProcessType.INFORMATION_ACCESS, "Открытость", "Пресс-служба", 50_000, 0.7, "information"),
            p("int-hr", "Кадровое обслуживание сотрудников", "HR services for staff",
                    ProcessType.INTERNAL, "Внутренние процессы", "Отдел кадров", 400, 0.6, "staff"),
            p("int-procurement", "Закупки и договорная работа", "Procurement and contracts",
                    ProcessType.INTERNAL, "Внутренние процессы", "Контрактная служба", 250, 0.4, "staff"));

    private SampleAgency() {
    }

    /**
     * The twelve sample processes, in registry order.
     *
     * @return the twelve sample processes, in registry order
     */
    public static List<SampleProcess> processes() {
        return PROCESSES;
    }

    private static SampleProcess p(String id, String ru, String en, ProcessType type, String group, String owner,
            long volume, double quality, String lifeSituation) {
        Process process = Process.builder(id, LocalizedText.of(ru, en), type)
                .group(group)
                .owner(owner)
                .annualVolume(volume)
                .touchpoint("application")
                .touchpoint("processing")
                .touchpoint("result")
                .lifeSituation(lifeSituation)
                .build();
        return new SampleProcess(process, quality);
    }
}
