package io.github.otklik.test;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.UnorderedRecordSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract every {@link RecordSource} keeps, as one abstract JUnit 5 class that an
 * implementation's test extends (in the manner of Micrometer's {@code MeterRegistryCompatibilityKit}):
 * the subclass makes a source from given {@link Item}s — records to accept and bad records to
 * reject — and the inherited tests check that the source
 *
 * <ul>
 *   <li>delivers every record exactly once and in order, each with a line ≥ 1, lines rising;
 *   <li>rejects every bad record once, in its place among the records, naming the source, its line,
 *       its id, the {@linkplain #spoiledField() field} the subclass spoiled, and a reason;
 *   <li>returns a {@link ReadSummary} whose counts are what it delivered ({@code read = accepted +
 *       rejected}), under the name its rejects carry;
 *   <li>gives the same result when read twice;
 *   <li>lets an exception thrown by the handler (or a sink) propagate, unchanged;
 *   <li>as an {@link UnorderedRecordSource}, hands exactly the same records to its sinks (the same
 *       multiset, each sink used by one thread at a time) and the same rejects in order.
 * </ul>
 *
 * <pre>{@code
 * class AppealCsvReaderContractTest extends RecordSourceContract<Appeal> {
 *     protected Appeal record(int index) { return GENERATORS.appeal(new SplittableRandom(index)); }
 *     protected Optional<String> spoiledField() { return Optional.of("channel"); }
 *     protected RecordSource<Appeal> source(List<Item<Appeal>> items) throws Exception {
 *         Path file = temporaryDirectory().resolve("appeals.csv");
 *         Files.writeString(file, csv(items)); // a bad item: a row with its id and channel FAX
 *         return AppealCsvReader.builder().build().source(file);
 *     }
 * }
 * }</pre>
 *
 * <p>A database-backed source (such as the JDBC store's tables) extends it the same way: store the
 * records in a fresh schema, store each bad item as a row that no longer maps to a valid record,
 * and return the store's source; {@link #spoiledField()} is then empty if its rejects name no field.
 * A source that cannot hold bad records ({@link RecordSource#of}) overrides
 * {@link #holdsBadRecords()} to return {@code false}.
 *
 * @param <T> the record type
 */
public abstract class RecordSourceContract<T> {
    /** More records than a reader's batch of 512 lines, so that batch boundaries are crossed. */
    private static final int MANY = 1_300;

    @TempDir
    Path temporaryDirectory; // not private: JUnit injects it

    /** One entry of a source under test, in input order: a record to accept or a bad record to reject. */
    public sealed interface Item<T> permits Good, Bad {
    }

    /**
     * A record the source must deliver.
     *
     * @param record the record
     * @param <T> the record type
     */
    public record Good<T>(T record) implements Item<T> {
        /**
         * Checks non-null.
         *
         * @param record the record
         */
        public Good {
            Objects.requireNonNull(record, "record");
        }
    }

    /**
     * A record the source must reject: written by the subclass with this id and a problem in
     * {@link #spoiledField()}.
     *
     * @param id the id the bad record carries (a well-formed identifier, unused by any good one)
     * @param <T> the record type
     */
    public record Bad<T>(String id) implements Item<T> {
        /**
         * Checks non-null.
         *
         * @param id the id the bad record carries (a well-formed identifier, unused by any good one)
         */
        public Bad {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A valid record; records of different indexes must have different ids, and the same index must
     * give an equal record.
     *
     * @param index from 0
     * @return the record
     */
    protected abstract T record(int index);

    /**
     * A source that delivers {@code items} in this order; it is read several times.
     *
     * @param items the records and bad records, in input order
     * @return the source
     * @throws Exception when it cannot be made
     */
    protected abstract RecordSource<T> source(List<Item<T>> items) throws Exception;

    /**
     * The field a reject of a bad record names (default: none).
     *
     * @return the field, or empty when the source's rejects name no field
     */
    protected Optional<String> spoiledField() {
        return Optional.empty();
    }

    /**
     * Whether the source can hold bad records at all (default {@code true}).
     *
     * @return {@code false} for a source of valid records only
     */
    protected boolean holdsBadRecords() {
        return true;
    }

    /**
     * A fresh directory for the files of the source under test, deleted after each test.
     *
     * @return the directory
     */
    protected final Path temporaryDirectory() {
        return temporaryDirectory;
    }

    // ------------------------------------------------------------------------------ the contract

    @Test
    void anEmptySourceDeliversNothing() throws Exception {
        Events events = read(source(List.of()));
        assertThat(events.log).isEmpty();
        assertThat(events.summary.read()).isZero();
        assertThat(events.summary.truncated()).isFalse();
    }

    @Test
    void everyRecordIsDeliveredOnceInOrderWithRisingLines() throws Exception {
        for (int n : new int[] {1, 3, MANY}) {
            List<Item<T>> items = goods(0, n);
            Events events = read(source(items));
            assertThat(events.records).as("%d records", n).isEqualTo(records(items));
            assertRisingLines(events);
            assertThat(events.summary.read()).isEqualTo(n);
            assertThat(events.summary.accepted()).isEqualTo(n);
            assertThat(events.summary.rejected()).isZero();
        }
    }

    @Test
    void everyBadRecordIsRejectedInItsPlaceWithItsLineIdFieldAndReason() throws Exception {
        if (!holdsBadRecords()) {
            return;
        }
        List<Item<T>> items = mixed();
        Events events = read(source(items));
        assertThat(events.records).isEqualTo(records(items));
        List<String> badIds = items.stream().filter(i -> i instanceof Bad<T>).map(i -> ((Bad<T>) i).id()).toList();
        assertThat(events.rejects).extracting(r -> r.id().orElse("(no id)")).isEqualTo(badIds);
        assertThat(events.log).as("records and rejects interleaved as in the input")
                .isEqualTo(items.stream().map(i -> i instanceof Good<T> ? "record" : "reject").toList());
        for (Reject r : events.rejects) {
            assertThat(r.source()).isEqualTo(events.summary.source());
            assertThat(r.field()).as("field of %s", r).isEqualTo(spoiledField());
            assertThat(r.reason()).as("reason of %s", r).isNotBlank();
        }
        assertRisingLines(events);
    }

    @Test
    void theSummaryCountsWhatWasDelivered() throws Exception {
        Events events = read(source(holdsBadRecords() ? mixed() : goods(0, 40)));
        assertThat(events.summary.accepted()).isEqualTo(events.records.size());
        assertThat(events.summary.rejected()).isEqualTo(events.rejects.size());
        assertThat(events.summary.read()).isEqualTo(events.records.size() + events.rejects.size());
        assertThat(events.summary.truncated()).isFalse();
    }

    @Test
    void readingTwiceGivesTheSameResult() throws Exception {
        RecordSource<T> source = source(holdsBadRecords() ? mixed() : goods(0, MANY));
        Events first = read(source);
        Events second = read(source);
        assertThat(second.records).isEqualTo(first.records);
        assertThat(second.lines).isEqualTo(first.lines);
        assertThat(second.rejects).isEqualTo(first.rejects);
        assertThat(second.summary).isEqualTo(first.summary);
    }

    @Test
    void anExceptionOfTheHandlerPropagates() throws Exception {
        RecordSource<T> source = source(holdsBadRecords() ? mixed() : goods(0, MANY));
        IllegalStateException onRecord = new IllegalStateException("handler failed on a record");
        AtomicInteger seen = new AtomicInteger();
        assertThatThrownBy(() -> source.read(RecordHandler.of(r -> {
            if (seen.incrementAndGet() == MANY / 2) {
                throw onRecord;
            }
        }, r -> { }))).isSameAs(onRecord);
        if (holdsBadRecords()) {
            IllegalStateException onReject = new IllegalStateException("handler failed on a reject");
            assertThatThrownBy(() -> source.read(RecordHandler.of(r -> { }, r -> {
                throw onReject;
            }))).isSameAs(onReject);
        }
    }

    @Test
    void unorderedReadingGivesTheSameRecordsAndRejects() throws Exception {
        RecordSource<T> source = source(holdsBadRecords() ? mixed() : goods(0, MANY));
        if (!(source instanceof UnorderedRecordSource<T> unordered)) {
            return;
        }
        Events ordered = read(source);
        List<T> records = Collections.synchronizedList(new ArrayList<>());
        List<Reject> rejects = new ArrayList<>();
        ReadSummary summary = unordered.readUnordered(() -> {
            AtomicBoolean busy = new AtomicBoolean();
            return r -> {
                assertThat(busy.compareAndSet(false, true)).as("a sink is used by one thread at a time").isTrue();
                records.add(r);
                busy.set(false);
            };
        }, rejects::add);
        assertThat(records).containsExactlyInAnyOrderElementsOf(ordered.records);
        assertThat(rejects).isEqualTo(ordered.rejects);
        assertThat(summary).isEqualTo(ordered.summary);
        UnsupportedOperationException failure = new UnsupportedOperationException("sink failed");
        Consumer<T> failing = r -> {
            throw failure;
        };
        assertThatThrownBy(() -> unordered.readUnordered(() -> failing, r -> { })).isSameAs(failure);
    }

    // ------------------------------------------------------------------------------ helpers

    private List<Item<T>> goods(int from, int n) {
        List<Item<T>> items = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            items.add(new Good<>(record(i)));
        }
        return items;
    }

    /** Bad records first, last, side by side and spread over more than a batch of records. */
    private List<Item<T>> mixed() {
        List<Item<T>> items = new ArrayList<>();
        int bad = 0;
        items.add(new Bad<>("bad-" + bad++));
        for (int i = 0; i < MANY; i++) {
            items.add(new Good<>(record(i)));
            if (i % 97 == 13) {
                items.add(new Bad<>("bad-" + bad++));
                if (i % 2 == 0) {
                    items.add(new Bad<>("bad-" + bad++));
                }
            }
        }
        items.add(new Bad<>("bad-" + bad));
        return items;
    }

    private List<T> records(List<Item<T>> items) {
        return items.stream().filter(i -> i instanceof Good<T>).map(i -> ((Good<T>) i).record()).toList();
    }

    private void assertRisingLines(Events events) {
        for (int i = 0; i < events.allLines.size(); i++) {
            assertThat(events.allLines.get(i)).as("line of event %d", i)
                    .isGreaterThan(i == 0 ? 0 : events.allLines.get(i - 1));
        }
    }

    private Events read(RecordSource<T> source) {
        Events events = new Events();
        events.summary = source.read(RecordHandler.ofLines((record, line) -> {
            events.records.add(record);
            events.lines.add(line);
            events.allLines.add(line);
            events.log.add("record");
        }, reject -> {
            events.rejects.add(reject);
            events.allLines.add(reject.line());
            events.log.add("reject");
        }));
        return events;
    }

    /** What one ordered read delivered. */
    private final class Events {
        final List<T> records = new ArrayList<>();
        final List<Long> lines = new ArrayList<>();
        final List<Reject> rejects = new ArrayList<>();
        final List<Long> allLines = new ArrayList<>();
        final List<String> log = new ArrayList<>();
        ReadSummary summary;
    }
}
