package io.github.otklik.synthetic;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.ResponseContext;
import io.github.otklik.synthetic.response.ResponseGenerator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of valid Otklik records for users' tests: a {@link RandomGenerator} in, a value
 * out, so the same seed always gives the same value. Records fall in a given period and zone and
 * use a small set of process ids and reason codes, so that groups and Pareto lists fill up.
 * Immutable and thread-safe (the random generator passed in is not).
 *
 * <pre>{@code
 * DomainGenerators gen = DomainGenerators.forPeriod(ReportingPeriod.parse("2025-Q1"));
 * Appeal a = gen.appeal(new SplittableRandom(7));
 * }</pre>
 */
public final class DomainGenerators {
    private static final List<String> PROCESSES = List.of("svc-1", "svc-2", "svc-3", "sup-1", "int-1");
    private static final List<String> REASONS = List.of("queue", "too-many-documents", "missed-deadline", "rude-staff", "other");

    private final ReportingPeriod period;
    private final ZoneId zone;
    private final List<String> processes;
    private final List<String> reasons;

    private DomainGenerators(ReportingPeriod period, ZoneId zone, List<String> processes, List<String> reasons) {
        this.period = Objects.requireNonNull(period);
        this.zone = Objects.requireNonNull(zone);
        this.processes = List.copyOf(processes);
        this.reasons = List.copyOf(reasons);
    }

    /** Generators of records that fall in {@code period} in Europe/Moscow. */
    public static DomainGenerators forPeriod(ReportingPeriod period) {
        return new DomainGenerators(period, ZoneId.of("Europe/Moscow"), PROCESSES, REASONS);
    }

    /** The same generators for another zone. */
    public DomainGenerators inZone(ZoneId zone) {
        return new DomainGenerators(period, zone, processes, reasons);
    }

    /** The same generators drawing process ids from {@code ids}. */
    public DomainGenerators withProcesses(List<String> ids) {
        return new DomainGenerators(period, zone, ids, reasons);
    }

    /** The same generators drawing reason codes from {@code codes}. */
    public DomainGenerators withReasons(List<String> codes) {
        return new DomainGenerators(period, zone, processes, codes);
    }

    /** An instant whose local date lies in the period. */
    public Instant instant(RandomGenerator r) {
        long day = period.from().toEpochDay() + r.nextLong(period.lengthInDays());
        return LocalDate.ofEpochDay(day).atStartOfDay(zone).plusSeconds(r.nextInt(86_400)).toInstant();
    }

    /** A channel. */
    public Channel channel(RandomGenerator r) {
        return Channel.values()[r.nextInt(Channel.values().length)];
    }

    /** A client of {@code kind}, with a consistent category or none. */
    public Client client(ClientKind kind, RandomGenerator r) {
        if (r.nextInt(5) == 0) {
            return Client.of(kind);
        }
        if (kind == ClientKind.INTERNAL) {
            return Client.of(kind, ClientCategory.EMPLOYEE);
        }
        return Client.of(kind, ClientCategory.values()[r.nextInt(ClientCategory.values().length - 1)]);
    }

    /** A valid appeal registered in the period: answered or open, with or without reason and due date. */
    public Appeal appeal(RandomGenerator r) {
        Instant registered = instant(r);
        Appeal.Builder b = Appeal.builder("a-" + Long.toHexString(r.nextLong() & Long.MAX_VALUE)).agency("ag")
                .process(processes.get(r.nextInt(processes.size()))).channel(channel(r))
                .kind(AppealKind.values()[r.nextInt(AppealKind.values().length)]).registeredAt(registered);
        if (r.nextInt(10) > 0) {
            b.reason(reasons.get(r.nextInt(reasons.size())));
        }
        if (r.nextInt(4) > 0) {
            b.answeredAt(registered.plusSeconds(r.nextLong(50L * 86_400)));
            if (r.nextBoolean()) {
                b.outcome(AppealOutcome.values()[r.nextInt(AppealOutcome.values().length)]);
            }
        }
        if (r.nextInt(6) == 0) {
            b.dueDate(LocalDate.ofInstant(registered, zone).plusDays(r.nextInt(40)));
        }
        return b.build();
    }

    /** A valid process instance started in the period. */
    public ProcessInstance processInstance(RandomGenerator r) {
        Instant started = instant(r);
        ProcessInstance.Builder b = ProcessInstance.builder("p-" + Long.toHexString(r.nextLong() & Long.MAX_VALUE)).agency("ag")
                .process(processes.get(r.nextInt(processes.size()))).startedAt(started);
        if (r.nextBoolean()) {
            b.channel(channel(r));
        }
        if (r.nextInt(5) > 0) {
            b.finishedAt(started.plusMillis(r.nextLong(30L * 86_400_000)));
            if (r.nextInt(10) > 0) {
                boolean negative = r.nextInt(4) == 0;
                b.outcome(negative ? ProcessOutcome.NEGATIVE : ProcessOutcome.POSITIVE);
                if (negative && r.nextBoolean()) {
                    b.negativeReason(reasons.get(r.nextInt(reasons.size())));
                }
            }
        }
        if (r.nextBoolean()) {
            b.touches(1 + r.nextInt(5));
        }
        return b.build();
    }

    /** A response valid for {@code form} (skip logic obeyed), submitted in the period. */
    public SurveyResponse response(Form form, RandomGenerator r) {
        ClientKind kind = form.audience() == Audience.INTERNAL ? ClientKind.INTERNAL : ClientKind.EXTERNAL;
        ResponseContext.Builder context = ResponseContext.builder("r-" + Long.toHexString(r.nextLong() & Long.MAX_VALUE))
                .submittedAt(instant(r)).agency("ag").channel(kind == ClientKind.INTERNAL ? Channel.INTRANET : Channel.EPGU)
                .client(client(kind, r)).process(processes.get(r.nextInt(processes.size())));
        return new ResponseGenerator(r.nextLong()).next(form, context.build(), r.nextDouble());
    }
}
