package io.github.otklik.beam;

import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.SampleResponses;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated inputs over two quarters (2024-Q4 and 2025-Q1): sample survey responses, appeals and
 * process instances, each with invalid records, blank lines and repeated ids mixed in (some
 * repeats land in the same part, some in a later one).
 */
final class TestData {
    static final String[] PROCESSES = {"svc-housing", "svc-benefits", "ctl-inspection", "int-hr"};
    private static final Instant FROM = Instant.parse("2024-09-30T21:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(182).getSeconds();

    private TestData() {
    }

    /** Responses, one record per line; {@code n} valid ones plus invalid, blank and repeated lines. */
    static List<String> responses(int n) {
        SampleResponses sample = SampleResponses.builder(ReportingPeriod.parse("2024-10-01..2025-03-31"))
                .process(new ProcessProfile("svc-housing", ProcessType.SERVICE, 0.55), 5)
                .process(new ProcessProfile("svc-benefits", ProcessType.SUPPORT_MEASURE, 0.75), 3)
                .process(new ProcessProfile("ctl-inspection", ProcessType.CONTROL, 0.35), 2)
                .process(new ProcessProfile("int-hr", ProcessType.INTERNAL, 0.6), 1)
                .seed(7)
                .build();
        StringWriter w = new StringWriter();
        try {
            sample.write(w, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        for (String l : w.toString().split("\n")) {
            lines.add(l + "\n");
        }
        Random rnd = new Random(11);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            if (i % 97 == 13) {
                out.add(i % 2 == 0 ? "\n" : "   \t\n");
            }
            if (i % 131 == 7) {
                out.add("{\"id\":\"bad-" + i + "\",\"form\":\n");
            }
            if (i % 173 == 5) {
                out.add("[1, 2, 3]\n");
            }
            if (i % 89 == 3) {
                // same id, unknown form version: rejected by the validator, not a repeat
                out.add(lines.get(i).replaceFirst("\"formVersion\":\"[^\"]*\"", "\"formVersion\":\"99\""));
            }
            if (i % 61 == 17) {
                // a repeat of a recent line (often in the same part) or of an early one (another part)
                out.add(lines.get(rnd.nextBoolean() ? Math.max(0, i - 3) : rnd.nextInt(Math.max(1, i / 4))));
            }
        }
        return out;
    }

    static final String APPEALS_HEADER = "id,agency,process,channel,kind,topic,reason,registeredAt,answeredAt,dueDate,outcome,note\n";

    /** Appeals CSV rows (a multi-line quoted note here and there); {@code n} valid plus invalid and repeated rows. */
    static List<String> appeals(int n) {
        Random rnd = new Random(23);
        Channel[] channels = {Channel.EPGU, Channel.MFC, Channel.EMAIL, Channel.PAPER, Channel.HOTLINE};
        String[] topics = {"housing", "payments", "inspections", ""};
        String[] reasons = {"queue", "docs", "rude", "late", "site-down", ""};
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Instant registered = i % 50 == 0 ? Instant.parse("2025-03-31T20:30:00Z") : FROM.plusSeconds(rnd.nextLong(SPAN_SECONDS));
            String answered = "";
            String outcome = "";
            if (rnd.nextDouble() < 0.7) {
                answered = registered.plusSeconds(rnd.nextLong(Duration.ofDays(45).getSeconds())).toString();
                AppealOutcome[] o = AppealOutcome.values();
                int k = rnd.nextInt(o.length + 1);
                outcome = k == o.length ? "" : o[k].name();
            }
            String due = rnd.nextDouble() < 0.2 ? LocalDate.ofInstant(registered, ZoneOffset.ofHours(3)).plusDays(15).toString() : "";
            String note = switch (i % 7) {
                case 0 -> "\"called twice,\nthen wrote \"\"again\"\"\"";
                case 3 -> "plain note";
                default -> "";
            };
            rows.add(String.join(",", String.format("a-%05d", i), i % 9 == 0 ? "minfin" : "minsoc", pick(rnd, PROCESSES, ""),
                    channels[rnd.nextInt(channels.length)].name(), AppealKind.values()[rnd.nextInt(AppealKind.values().length)].name(),
                    topics[rnd.nextInt(topics.length)], reasons[rnd.nextInt(reasons.length)], registered.toString(), answered, due, outcome,
                    note) + "\n");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i));
            if (i % 83 == 11) {
                out.add("a-bad-" + i + ",minsoc,only-three\n");
            }
            if (i % 101 == 19) {
                out.add("a-bad-date-" + i + ",minsoc,,EPGU,APPEAL,,,2025-13-01T10:00:00Z,,,,\n");
            }
            if (i % 113 == 29) {
                out.add("a-early-" + i + ",minsoc,,EPGU,APPEAL,,,2025-02-01T10:00:00Z,2025-01-01T10:00:00Z,,,\n");
            }
            if (i % 67 == 31) {
                out.add(rows.get(rnd.nextBoolean() ? Math.max(0, i - 2) : rnd.nextInt(Math.max(1, i / 3))));
            }
        }
        return out;
    }

    static final String PROCESSES_HEADER = "id,agency,process,channel,startedAt,finishedAt,touches,outcome,negativeReason\n";

    /** Process-instance CSV rows; {@code n} valid plus invalid and repeated rows. */
    static List<String> processes(int n) {
        Random rnd = new Random(31);
        String[] channels = {"EPGU", "MFC", "IN_PERSON", ""};
        String[] reasons = {"refusal-docs", "refusal-late", "lost", ""};
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Instant started = FROM.plusSeconds(rnd.nextLong(SPAN_SECONDS)).plusMillis(i % 4 == 0 ? rnd.nextInt(1000) : 0);
            String finished = "";
            String outcome = "";
            String reason = "";
            if (rnd.nextDouble() < 0.8) {
                finished = started.plusMillis(rnd.nextLong(Duration.ofDays(30).toMillis())).toString();
                double o = rnd.nextDouble();
                outcome = o < 0.6 ? "POSITIVE" : o < 0.9 ? "NEGATIVE" : "";
                if ("NEGATIVE".equals(outcome)) {
                    reason = reasons[rnd.nextInt(reasons.length)];
                }
            }
            String touches = rnd.nextDouble() < 0.7 ? Integer.toString(1 + rnd.nextInt(6)) : "";
            rows.add(String.join(",", String.format("p-%05d", i), "minsoc", PROCESSES[rnd.nextInt(PROCESSES.length)],
                    channels[rnd.nextInt(channels.length)], started.toString(), finished, touches, outcome, reason) + "\n");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i));
            if (i % 79 == 5) {
                out.add("p-bad-" + i + ",minsoc,svc-housing,,2025-01-10T10:00:00Z,2025-01-09T10:00:00Z,,,\n");
            }
            if (i % 97 == 41) {
                out.add("p-zero-" + i + ",minsoc,svc-housing,,2025-01-10T10:00:00Z,,0,,\n");
            }
            if (i % 71 == 2) {
                out.add(rows.get(rnd.nextBoolean() ? Math.max(0, i - 1) : rnd.nextInt(Math.max(1, i / 2))));
            }
            if (i % 150 == 0) {
                out.add("\n");
            }
        }
        return out;
    }

    private static String pick(Random rnd, String[] values, String orElse) {
        int k = rnd.nextInt(values.length + 1);
        return k == values.length ? orElse : values[k];
    }
}
