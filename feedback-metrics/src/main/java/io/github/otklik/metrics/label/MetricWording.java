package io.github.otklik.metrics.label;

import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.Dimension;

import java.util.Arrays;

/**
 * Target metrics in words ({@code spec/metrics.md}, target-state deviations): the name of a metric
 * path ({@code processes.durationHours.p90} → «90-й процентиль длительности») and a value of it with
 * its unit ({@code 240 ч}, {@code 80 %}). Stateless.
 */
final class MetricWording {
    private MetricWording() {
    }

    /** The name of {@code path} in {@code lang}; an unknown path is returned as it is. */
    static String name(String path, Labels labels, Language l) {
        String[] p = path.split("\\.", -1);
        String last = p[p.length - 1];
        switch (p[0]) {
            case "satisfaction" -> {
                if (p.length == 2 && p[1].equals("responses")) {
                    return l.pick("Число ответов", "Responses");
                }
                if (p.length == 3 && p[1].equals("overall")) {
                    return scale(last, l);
                }
                if (p.length == 4 && p[1].equals("aspects")) {
                    return scale(last, l) + ": " + Wording.inSentence(labels.aspect(p[2], l));
                }
                if (p.length == 4 && p[1].equals("problems")) {
                    String what = switch (last) {
                        case "count" -> l.pick("Число упоминаний проблемы", "Mentions of the problem");
                        case "base" -> l.pick("Число ответивших на вопрос о проблемах", "Respondents asked about problems");
                        default -> l.pick("Доля упомянувших проблему", "Share mentioning the problem");
                    };
                    return what + ": " + Wording.inSentence(labels.problem(p[2], l));
                }
            }
            case "appeals" -> {
                if (p.length == 2) {
                    return switch (last) {
                        case "total" -> l.pick("Число обращений", "Appeals");
                        case "answered" -> l.pick("Число обращений с ответом", "Appeals answered");
                        case "open" -> l.pick("Число обращений без ответа", "Appeals open");
                        case "overdue" -> l.pick("Число обращений с нарушением срока", "Appeals overdue");
                        case "overdueShare" -> l.pick("Доля обращений с нарушением срока", "Share of appeals overdue");
                        default -> path;
                    };
                }
                if (p.length == 3 && p[1].equals("waitDays")) {
                    return statistic(last, l.pick("срока ответа", "time to answer"), l);
                }
                if (p.length == 3 && p[1].equals("complaints")) {
                    return l.pick("Число жалоб", "Complaints");
                }
                if (p.length == 4 && p[1].equals("complaints")) {
                    boolean resolved = p[2].equals("resolved");
                    return last.equals("share")
                            ? l.pick(resolved ? "Доля удовлетворённых жалоб" : "Доля жалоб с отказом", resolved ? "Share of complaints upheld" : "Share of complaints refused")
                            : l.pick(resolved ? "Число удовлетворённых жалоб" : "Число жалоб с отказом", resolved ? "Complaints upheld" : "Complaints refused");
                }
                if (p.length >= 4) {
                    String value = String.join(".", Arrays.copyOfRange(p, 2, p.length - 1));
                    String of = switch (p[1]) {
                        case "byChannel" -> labels.value(Dimension.CHANNEL, value, l);
                        case "byKind" -> labels.value(Dimension.KIND, value, l);
                        default -> labels.value(Dimension.TOPIC, value, l);
                    };
                    return (last.equals("share") ? l.pick("Доля обращений", "Share of appeals") : l.pick("Число обращений", "Appeals"))
                            + ": " + of;
                }
            }
            case "processes" -> {
                if (p.length == 2) {
                    return switch (last) {
                        case "instances" -> l.pick("Число экземпляров процесса", "Process instances");
                        case "finished" -> l.pick("Число завершённых", "Finished");
                        case "inProgress" -> l.pick("Число незавершённых", "In progress");
                        case "positive" -> l.pick("Число положительных результатов", "Positive results");
                        case "negative" -> l.pick("Число отрицательных результатов", "Negative results");
                        case "negativeShare" -> l.pick("Доля отрицательных результатов", "Share of negative results");
                        default -> path;
                    };
                }
                if (p.length == 3 && p[1].equals("durationHours")) {
                    return statistic(last, l.pick("длительности", "duration"), l);
                }
                if (p.length == 3 && p[1].equals("touches")) {
                    return last.equals("max") ? l.pick("Наибольшее число взаимодействий", "Most interactions")
                            : l.pick("Среднее число взаимодействий", "Mean number of interactions");
                }
            }
            default -> {
                return path;
            }
        }
        return path;
    }

    /** {@code value} of {@code path} with its unit: a share as a percentage, hours, days, a mean with two decimals, a count. */
    static String value(String path, double value, Language l) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (last.equals("share") || last.endsWith("Share")) {
            double pct = 100 * value;
            return (Math.abs(pct - Math.rint(pct)) < 1e-9 ? l.plain(Math.rint(pct)) : l.fixed(pct, 1)) + "\u00a0%";
        }
        if (path.contains(".durationHours.")) {
            return l.plain(round1(value)) + l.pick("\u00a0ч", "\u00a0h");
        }
        if (path.contains(".waitDays.")) {
            return l.plain(round1(value)) + l.pick("\u00a0дн.", "\u00a0days");
        }
        if (last.equals("mean")) {
            return l.fixed(value, 2);
        }
        return Math.rint(value) == value ? l.integer((long) value) : l.plain(value);
    }

    private static double round1(double v) {
        return Math.rint(v * 10) / 10;
    }

    private static String scale(String field, Language l) {
        return switch (field) {
            case "share" -> l.pick("Доля удовлетворённых", "Satisfied share");
            case "mean" -> l.pick("Средний балл", "Mean score");
            case "answered" -> l.pick("Число ответов", "Answers");
            case "dontKnow" -> l.pick("Число ответов «затрудняюсь ответить»", "\"Difficult to answer\" answers");
            case "satisfied" -> l.pick("Число удовлетворённых", "Satisfied");
            case "neutral" -> l.pick("Число нейтральных оценок", "Neutral");
            default -> l.pick("Число неудовлетворённых", "Dissatisfied");
        };
    }

    private static String statistic(String field, String of, Language l) {
        return switch (field) {
            case "mean" -> l.pick("Среднее значение " + of, "Mean " + of);
            case "p50" -> l.pick("Медиана " + of, "Median " + of);
            case "p90" -> l.pick("90-й процентиль " + of, "90th percentile of " + of);
            default -> l.pick("Наибольшее значение " + of, "Maximum " + of);
        };
    }
}
