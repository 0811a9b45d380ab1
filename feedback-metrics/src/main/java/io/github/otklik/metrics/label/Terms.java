package io.github.otklik.metrics.label;

import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.Dimension;

import java.util.HashMap;
import java.util.Map;

/** The built-in words of the domain's enums: channels, client categories and kinds, appeal kinds and outcomes, process types and outcomes, dimensions. */
final class Terms {
    private Terms() {
    }

    static final Map<Enum<?>, LocalizedText> ALL;

    static {
        Map<Enum<?>, LocalizedText> m = new HashMap<>();
        put(m, Channel.EPGU, "ЕПГУ (Госуслуги)", "Gosuslugi portal");
        put(m, Channel.REGIONAL_PORTAL, "Региональный портал госуслуг", "Regional services portal");
        put(m, Channel.OFFICIAL_SITE, "Официальный сайт", "Official website");
        put(m, Channel.SOCIAL_NETWORK, "Социальные сети", "Social networks");
        put(m, Channel.MESSENGER, "Мессенджеры", "Messengers");
        put(m, Channel.MOBILE_APP, "Мобильное приложение", "Mobile app");
        put(m, Channel.HOTLINE, "Горячая линия", "Hotline");
        put(m, Channel.EMAIL, "Электронная почта", "E-mail");
        put(m, Channel.IN_PERSON, "Личный приём", "In person");
        put(m, Channel.MFC, "МФЦ", "Multifunctional centre (MFC)");
        put(m, Channel.PAPER, "На бумаге", "Paper");
        put(m, Channel.MAILBOX, "Ящик для отзывов", "Feedback box");
        put(m, Channel.INFORMATION_SYSTEM, "Информационная система", "Information system");
        put(m, Channel.INTRANET, "Внутренний портал", "Intranet");
        put(m, Channel.RESEARCH, "Исследовательская организация", "Research organisation");
        put(m, Channel.OTHER, "Другой канал", "Other channel");
        put(m, ClientCategory.CITIZEN, "Граждане РФ", "Citizens");
        put(m, ClientCategory.FOREIGN_CITIZEN, "Иностранные граждане", "Foreign citizens");
        put(m, ClientCategory.STATELESS_PERSON, "Лица без гражданства", "Stateless persons");
        put(m, ClientCategory.SELF_EMPLOYED, "Самозанятые", "Self-employed");
        put(m, ClientCategory.INDIVIDUAL_ENTREPRENEUR, "Индивидуальные предприниматели", "Individual entrepreneurs");
        put(m, ClientCategory.LEGAL_ENTITY, "Юридические лица", "Legal entities");
        put(m, ClientCategory.UNREGISTERED_ASSOCIATION, "Объединения граждан", "Associations of citizens");
        put(m, ClientCategory.OTHER_BODY_OFFICIAL, "Служащие других органов", "Officials of other bodies");
        put(m, ClientCategory.BUDGET_ORG_EMPLOYEE, "Работники бюджетных учреждений", "Employees of state institutions");
        put(m, ClientCategory.EMPLOYEE, "Сотрудники ведомства", "The agency's employees");
        put(m, ClientKind.EXTERNAL, "Внешние клиенты", "External clients");
        put(m, ClientKind.INTERNAL, "Внутренние клиенты", "Internal clients");
        put(m, AppealKind.APPEAL, "Обращения", "Appeals");
        put(m, AppealKind.COMPLAINT, "Жалобы", "Complaints");
        put(m, AppealKind.REQUEST, "Запросы", "Requests");
        put(m, AppealKind.PROPOSAL, "Предложения", "Proposals");
        put(m, AppealOutcome.RESOLVED, "Решено положительно", "Resolved");
        put(m, AppealOutcome.REFUSED, "Отказано", "Refused");
        put(m, AppealOutcome.EXPLAINED, "Даны разъяснения", "Explained");
        put(m, AppealOutcome.FORWARDED, "Перенаправлено по компетенции", "Forwarded");
        put(m, ProcessOutcome.POSITIVE, "Положительный результат", "Positive result");
        put(m, ProcessOutcome.NEGATIVE, "Отрицательный результат", "Negative result");
        put(m, ProcessType.SERVICE, "Госуслуги", "Public services");
        put(m, ProcessType.FUNCTION, "Исполнение функций", "Functions");
        put(m, ProcessType.SUPPORT_MEASURE, "Меры поддержки", "Support measures");
        put(m, ProcessType.CONTROL, "Контроль и надзор", "Control and supervision");
        put(m, ProcessType.PREVENTION, "Профилактика", "Prevention");
        put(m, ProcessType.APPEALS, "Рассмотрение обращений", "Handling appeals");
        put(m, ProcessType.INFORMATION_ACCESS, "Доступ к информации", "Access to information");
        put(m, ProcessType.INTERNAL, "Внутренние процессы", "Internal processes");
        put(m, Dimension.AGENCY, "Орган власти", "Agency");
        put(m, Dimension.PROCESS, "Процесс", "Process");
        put(m, Dimension.CHANNEL, "Канал", "Channel");
        put(m, Dimension.FORM, "Анкета", "Questionnaire");
        put(m, Dimension.CATEGORY, "Категория клиентов", "Client category");
        put(m, Dimension.CLIENT_KIND, "Вид клиентов", "Client kind");
        put(m, Dimension.KIND, "Вид обращения", "Appeal kind");
        put(m, Dimension.TOPIC, "Тема обращения", "Appeal topic");
        put(m, Dimension.LIFE_SITUATION, "Жизненная ситуация", "Life situation");
        ALL = Map.copyOf(m);
    }

    private static void put(Map<Enum<?>, LocalizedText> m, Enum<?> value, String ru, String en) {
        m.put(value, LocalizedText.of(ru, en));
    }
}
