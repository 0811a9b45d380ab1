package io.github.otklik.synthetic.agency;

import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic records for the {@link SampleAgency}: the same seed, period and zone
 * give byte-identical output on every machine ({@link SplittableRandom} is specified exactly).
 * Channels have realistic shares, reasons a skewed (Zipf-like) distribution, a few appeals are
 * overdue, and negative process results carry reasons. Not thread-safe.
 */
public final class SyntheticData {
    static final Weighted<Channel> APPEAL_CHANNELS = new Weighted<>(
            List.of(Channel.EPGU, Channel.OFFICIAL_SITE, Channel.EMAIL, Channel.PAPER, Channel.IN_PERSON,
                    Channel.HOTLINE, Channel.MFC, Channel.SOCIAL_NETWORK, Channel.MESSENGER),
            new double[] {35, 15, 15, 10, 8, 7, 5, 3, 2});
    static final Weighted<Channel> SERVICE_CHANNELS = new Weighted<>(
            List.of(Channel.EPGU, Channel.MFC, Channel.IN_PERSON, Channel.REGIONAL_PORTAL, Channel.PAPER),
            new double[] {45, 25, 15, 10, 5});
    static final Weighted<AppealKind> KINDS = new Weighted<>(
            List.of(AppealKind.APPEAL, AppealKind.COMPLAINT, AppealKind.REQUEST, AppealKind.PROPOSAL),
            new double[] {55, 20, 15, 10});
    static final List<String> APPEAL_REASONS = List.of("missed-deadline", "unclear-requirements", "queue",
            "too-many-documents", "rude-staff", "technical-failure", "no-feedback", "payment-delay",
            "wrong-decision", "other");
    static final List<String> TOPICS = List.of("benefits", "housing", "families", "employment", "care", "other");
    static final List<String> NEGATIVE_REASONS = List.of("incomplete-documents", "not-eligible", "missed-application-deadline",
            "income-above-threshold", "duplicate-application", "data-mismatch");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

    private final SplittableRandom random;
    private final ReportingPeriod period;
    private final ZoneId zone;
    private final String idPrefix;
    private final java.util.Map<String, Double> qualityShift;

    /** Data for {@code period} in {@code zone} from {@code seed}. */
    public SyntheticData(long seed, ReportingPeriod period, ZoneId zone) {
        this(seed, period, zone, "", java.util.Map.of());
    }

    /**
     * Data for {@code period} in {@code zone} from {@code seed}, with record ids prefixed by
     * {@code idPrefix} and each process's quality moved by {@code qualityShift} (clamped to 0..1),
     * to model a period that got better or worse.
     */
    public SyntheticData(long seed, ReportingPeriod period, ZoneId zone, String idPrefix, java.util.Map<String, Double> qualityShift) {
        this.random = new SplittableRandom(seed);
        this.period = Objects.requireNonNull(period, "period");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.idPrefix = Objects.requireNonNull(idPrefix, "idPrefix");
        this.qualityShift = java.util.Map.copyOf(qualityShift);
    }

    private double quality(SampleAgency.SampleProcess sp) {
        return Math.max(0, Math.min(1, sp.quality() + qualityShift.getOrDefault(sp.process().id(), 0.0)));
    }

    /** Writes {@code n} appeals as CSV ({@code spec/formats.md} §3), LF line ends. */
    public void writeAppeals(Writer out, int n) throws IOException {
        out.write("id,agency,process,channel,kind,topic,reason,registeredAt,answeredAt,dueDate,outcome\n");
        List<SampleAgency.SampleProcess> processes = SampleAgency.processes().stream()
                .filter(p -> p.process().type() != ProcessType.INTERNAL).toList();
        Weighted<SampleAgency.SampleProcess> byVolume = weightedByVolume(processes, 0.5);
        for (int i = 1; i <= n; i++) {
            SampleAgency.SampleProcess sp = random.nextDouble() < 0.08 ? null : byVolume.pick(random);
            double quality = sp == null ? 0.6 : quality(sp);
            Channel channel = APPEAL_CHANNELS.pick(random);
            AppealKind kind = random.nextDouble() < 0.35 * (1 - quality) ? AppealKind.COMPLAINT : KINDS.pick(random);
            String topic = random.nextDouble() < 0.1 ? "" : TOPICS.get(zipf(TOPICS.size(), 1.0));
            String reason = random.nextDouble() < 0.07 ? "" : APPEAL_REASONS.get(zipf(APPEAL_REASONS.size(), 1.1 + quality));
            Instant registered = instantInPeriod();
            LocalDate registeredDate = LocalDate.ofInstant(registered, zone);
            String dueDate = "";
            if (random.nextDouble() < 0.15) {
                dueDate = registeredDate.plusDays(random.nextDouble() < 0.5 ? 15 : 10).toString();
            }
            String answered = "";
            String outcome = "";
            long ageDays = period.to().toEpochDay() - registeredDate.toEpochDay();
            double openChance = ageDays < 20 ? 0.5 : 0.04;
            if (random.nextDouble() >= openChance) {
                int days = waitDays(quality);
                Instant at = registeredDate.plusDays(days).atTime(9 + random.nextInt(9), random.nextInt(60))
                        .atZone(zone).toInstant();
                if (at.isBefore(registered)) {
                    at = registered.plusSeconds(3_600L + random.nextInt(7_200));
                }
                answered = INSTANT.format(at);
                outcome = pickOutcome(kind, quality);
            }
            out.write(String.join(",", idPrefix + String.format("a-%06d", i), SampleAgency.AGENCY.id(),
                    sp == null ? "" : sp.process().id(), channel.name(), kind.name(), topic, reason,
                    INSTANT.format(registered), answered, dueDate, outcome));
            out.write('\n');
        }
    }

    /** Writes {@code n} process instances as CSV ({@code spec/formats.md} §4), LF line ends. */
    public void writeProcessInstances(Writer out, int n) throws IOException {
        out.write("id,agency,process,channel,startedAt,finishedAt,touches,outcome,negativeReason\n");
        List<SampleAgency.SampleProcess> processes = SampleAgency.processes().stream()
                .filter(p -> p.process().type() != ProcessType.APPEALS && p.process().type() != ProcessType.INFORMATION_ACCESS)
                .toList();
        Weighted<SampleAgency.SampleProcess> byVolume = weightedByVolume(processes, 0.6);
        for (int i = 1; i <= n; i++) {
            SampleAgency.SampleProcess sp = byVolume.pick(random);
            double quality = quality(sp);
            Channel channel = sp.process().type() == ProcessType.INTERNAL ? Channel.INTRANET : SERVICE_CHANNELS.pick(random);
            String channelText = random.nextDouble() < 0.05 ? "" : channel.name();
            Instant started = instantInPeriod();
            String finished = "";
            String touches = random.nextDouble() < 0.1 ? "" : Integer.toString(1 + Math.min(5, (int) (-StrictMath.log(1 - random.nextDouble()) * (2.2 - 1.5 * quality))));
            String outcome = "";
            String reason = "";
            if (random.nextDouble() < 0.9) {
                // log-normal duration: median from 2 days (good) to 12 days (poor), in whole seconds
                double medianHours = 24 * (2 + 10 * (1 - quality));
                double hours = medianHours * StrictMath.exp(0.6 * gaussian());
                finished = INSTANT.format(started.plusSeconds(Math.max(60, (long) (hours * 3_600))));
                if (random.nextDouble() < 0.97) {
                    boolean negative = random.nextDouble() < 0.05 + 0.35 * (1 - quality);
                    outcome = negative ? "NEGATIVE" : "POSITIVE";
                    if (negative && random.nextDouble() < 0.9) {
                        reason = NEGATIVE_REASONS.get(zipf(NEGATIVE_REASONS.size(), 1.2));
                    }
                }
            }
            out.write(String.join(",", idPrefix + String.format("p-%06d", i), SampleAgency.AGENCY.id(), sp.process().id(),
                    channelText, INSTANT.format(started), finished, touches, outcome, reason));
            out.write('\n');
        }
    }

    private String pickOutcome(AppealKind kind, double quality) {
        double r = random.nextDouble();
        if (kind == AppealKind.COMPLAINT) {
            return r < 0.3 + 0.3 * quality ? AppealOutcome.RESOLVED.name()
                    : r < 0.75 ? AppealOutcome.REFUSED.name() : r < 0.95 ? AppealOutcome.EXPLAINED.name() : "";
        }
        return r < 0.4 ? AppealOutcome.RESOLVED.name() : r < 0.8 ? AppealOutcome.EXPLAINED.name()
                : r < 0.9 ? AppealOutcome.REFUSED.name() : r < 0.98 ? AppealOutcome.FORWARDED.name() : "";
    }

    private int waitDays(double quality) {
        // mostly within 30 days; poor processes have a longer tail and some overdue answers
        double mean = 8 + 14 * (1 - quality);
        int days = (int) Math.round(-StrictMath.log(1 - random.nextDouble()) * mean);
        return Math.min(days, 75);
    }

    private Instant instantInPeriod() {
        long day = period.from().toEpochDay() + random.nextInt((int) period.lengthInDays());
        int seconds = 7 * 3_600 + random.nextInt(15 * 3_600);
        return LocalDate.ofEpochDay(day).atStartOfDay(zone).plusSeconds(seconds).toInstant();
    }

    /** Rank 0..n-1 with P(k) ∝ 1/(k+1)^s. */
    int zipf(int n, double s) {
        double total = 0;
        for (int k = 1; k <= n; k++) {
            total += 1 / StrictMath.pow(k, s);
        }
        double r = random.nextDouble() * total;
        for (int k = 1; k <= n; k++) {
            r -= 1 / StrictMath.pow(k, s);
            if (r < 0) {
                return k - 1;
            }
        }
        return n - 1;
    }

    double gaussian() {
        // Box–Muller on the deterministic source
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
    }

    SplittableRandom random() {
        return random;
    }

    private static Weighted<SampleAgency.SampleProcess> weightedByVolume(List<SampleAgency.SampleProcess> processes, double exponent) {
        double[] w = new double[processes.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = StrictMath.pow(processes.get(i).process().annualVolume().orElse(100), exponent);
        }
        return new Weighted<>(processes, w);
    }

    /** A fixed discrete distribution. */
    static final class Weighted<T> {
        private final List<T> values;
        private final double[] cumulative;

        Weighted(List<T> values, double[] weights) {
            this.values = List.copyOf(values);
            this.cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        T pick(SplittableRandom random) {
            double r = random.nextDouble() * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length; i++) {
                if (r < cumulative[i]) {
                    return values.get(i);
                }
            }
            return values.get(values.size() - 1);
        }
    }
}
