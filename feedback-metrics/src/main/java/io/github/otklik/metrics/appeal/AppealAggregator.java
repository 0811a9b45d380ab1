package io.github.otklik.metrics.appeal;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.period.LocalDays;
import io.github.otklik.metrics.Aggregator;
import io.github.otklik.core.text.CodePoints;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.stats.ParetoEntry;
import io.github.otklik.metrics.stats.Pareto;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Appeal statistics of one group ({@code spec/metrics.md}, appeals): waiting days are calendar days
 * between the local dates (reporting zone) of registration and answer, counted exactly; an appeal
 * is overdue when answered after its due date, or still open when the due date is before
 * {@code asOfDate}; the due date defaults to the local registration date + 30 days (59-FZ).
 * Thread-safe.
 */
public final class AppealAggregator implements Aggregator<Appeal, AppealAccumulator, AppealFigures> {
    /** The general answer deadline of Federal Law 59-FZ, in days. */
    public static final int DEFAULT_DEADLINE_DAYS = 30;

    private final ZoneId zone;
    private final LocalDate asOfDate;
    private final LocalDays days;
    private final long asOfDay;

    /** An aggregator for the reporting {@code zone} and the local date {@code asOfDate}. */
    public AppealAggregator(ZoneId zone, LocalDate asOfDate) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.asOfDate = Objects.requireNonNull(asOfDate, "asOfDate");
        this.days = new LocalDays(zone);
        this.asOfDay = asOfDate.toEpochDay();
    }

    @Override
    public AppealAccumulator create() {
        return new AppealAccumulator();
    }

    @Override
    public void add(AppealAccumulator acc, Appeal a) {
        acc.total++;
        acc.byChannel[a.channel().ordinal()]++;
        AppealKind kind = a.kind();
        acc.byKind[kind.ordinal()]++;
        acc.topic(a.topic().orElse(Dimension.UNSPECIFIED))[0]++;
        boolean complaint = kind == AppealKind.COMPLAINT;
        if (a.reason().isPresent()) {
            long[] r = acc.reasons.computeIfAbsent(a.reason().get(), x -> new long[2]);
            r[0]++;
            if (complaint) {
                r[1]++;
            }
        }
        // local dates as epoch days (exactly LocalDate.ofInstant(…, zone).toEpochDay()), no LocalDate per appeal
        long registered = localDay(a.registeredAt());
        long due = a.dueDate().isPresent() ? a.dueDate().get().toEpochDay() : registered + DEFAULT_DEADLINE_DAYS;
        if (a.isAnswered()) {
            acc.answered++;
            long answered = localDay(a.answeredAt().get());
            acc.waitDays.add((int) (answered - registered));
            if (answered > due) {
                acc.overdue++;
            }
        } else if (due < asOfDay) {
            acc.overdue++;
        }
        if (complaint) {
            acc.complaints++;
            Optional<AppealOutcome> outcome = a.outcome();
            if (outcome.isPresent() && outcome.get() == AppealOutcome.RESOLVED) {
                acc.complaintsResolved++;
            } else if (outcome.isPresent() && outcome.get() == AppealOutcome.REFUSED) {
                acc.complaintsRefused++;
            }
        }
    }

    private long localDay(Instant at) {
        return days.of(at);
    }

    @Override
    public AppealAccumulator merge(AppealAccumulator into, AppealAccumulator other) {
        into.merge(other);
        return into;
    }

    @Override
    public AppealFigures result(AppealAccumulator acc) {
        Map<String, Long> counts = new HashMap<>();
        acc.reasons.forEach((k, v) -> counts.put(k, v[0]));
        List<ParetoEntry> reasons = Pareto.of(counts, acc.total);
        List<Long> complaints = new ArrayList<>();
        for (ParetoEntry e : reasons) {
            complaints.add(acc.reasons.get(e.code())[1]);
        }
        Optional<AppealFigures.WaitDays> wait = acc.waitDays.count() == 0 ? Optional.empty()
                : Optional.of(new AppealFigures.WaitDays(acc.waitDays.mean(), acc.waitDays.quantile(0.5),
                        acc.waitDays.quantile(0.9), acc.waitDays.max()));
        Map<String, Long> byChannel = new HashMap<>();
        Channel[] channels = Channel.values();
        for (int i = 0; i < channels.length; i++) {
            if (acc.byChannel[i] > 0) {
                byChannel.put(channels[i].name(), acc.byChannel[i]);
            }
        }
        Map<String, Long> byKind = new HashMap<>();
        AppealKind[] kinds = AppealKind.values();
        for (int i = 0; i < kinds.length; i++) {
            if (acc.byKind[i] > 0) {
                byKind.put(kinds[i].name(), acc.byKind[i]);
            }
        }
        Map<String, Long> byTopic = new HashMap<>();
        acc.byTopic.forEach((k, v) -> byTopic.put(k, v[0]));
        return new AppealFigures(acc.total, sorted(byChannel), sorted(byKind), sorted(byTopic), reasons, complaints,
                acc.answered, wait, acc.overdue, acc.complaints, acc.complaintsResolved, acc.complaintsRefused);
    }

    static Map<String, Long> sorted(Map<String, Long> m) {
        List<String> keys = new ArrayList<>(m.keySet());
        keys.sort(CodePoints.ORDER);
        Map<String, Long> out = new LinkedHashMap<>();
        for (String k : keys) {
            out.put(k, m.get(k));
        }
        return out;
    }
}
