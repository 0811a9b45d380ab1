package io.github.otklik.core.io;

import io.github.otklik.core.validation.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pipeline on its own, over synthetic units: every thread count gives the events of an
 * independent model (records in order, duplicate ids decided in input order, rejected records not
 * counted as seen), unordered reading gives the same multiset, batches stay bounded, failures
 * propagate.
 */
class RecordPipelineTest {
    /** A record: its id and the unit it came from. */
    record Item(String id, int unit) {
    }

    /** Units 0 … n−1 on lines 2k+1; unit k is bad when k % 7 == 3, and repeats the id of unit k−1 when k % 11 == 5. */
    static class Units implements RecordUnits<Item, Units.Batch> {
        final int n;
        final int failAt;
        int current = -1;
        int batches;

        Units(int n, int failAt) {
            this.n = n;
            this.failAt = failAt;
        }

        @Override
        public boolean next() {
            return ++current < n;
        }

        @Override
        public void parseCurrent(ParseResults<Item> out) {
            parse(current, 0, out, failAt);
        }

        @Override
        public Batch newBatch() {
            batches++;
            return new Batch(failAt);
        }

        @Override
        public void addCurrent(Batch batch) {
            batch.units[batch.count] = current;
            batch.lines[batch.count] = line(current);
            batch.count++;
        }

        @Override
        public boolean truncated() {
            return false;
        }

        static long line(int k) {
            return 2L * k + 1;
        }

        static String id(int k) {
            return "id-" + (k % 11 == 5 ? k - 1 : k);
        }

        static void parse(int k, int index, ParseResults<Item> out, int failAt) {
            if (k == failAt) {
                throw new IllegalStateException("parse " + k);
            }
            if (k % 7 == 3) {
                out.put(index, line(k), id(k), null, new Violation("f", "bad " + k));
            } else {
                out.put(index, line(k), id(k), new Item(id(k), k), null);
            }
        }

        static class Batch extends RecordBatch<Item> {
            final int[] units = new int[UNITS];
            final int failAt;

            Batch(int failAt) {
                this.failAt = failAt;
            }

            @Override
            void parse() {
                for (int i = 0; i < count; i++) {
                    Units.parse(units[i], i, this, failAt);
                }
            }

            @Override
            void clearUnits() {
            }
        }
    }

    /** The events the pipeline must give, worked out directly. */
    static List<String> model(int n) {
        List<String> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < n; k++) {
            if (k % 7 == 3) {
                events.add("reject " + Reject.of("s", Units.line(k), Units.id(k), "f", "bad " + k));
            } else if (!seen.add(Units.id(k))) {
                events.add("reject " + Reject.of("s", Units.line(k), Units.id(k), "id",
                        "id \"" + Units.id(k) + "\" repeats an earlier row"));
            } else {
                events.add(Units.line(k) + " " + new Item(Units.id(k), k));
            }
        }
        return events;
    }

    static List<String> ordered(int n, int parallelism) throws Exception {
        List<String> events = new ArrayList<>();
        Delivery<Item> delivery = new Delivery<>("s", RecordHandler.ofLines((r, line) -> events.add(line + " " + r),
                r -> events.add("reject " + r)), true, Item::id, " repeats an earlier row");
        RecordPipeline.run(new Units(n, -1), delivery, parallelism, null, "test-worker");
        ReadSummary s = delivery.summary(false);
        assertThat(s.read()).isEqualTo(n);
        assertThat(s.accepted()).isEqualTo(events.stream().filter(e -> !e.startsWith("reject")).count());
        return events;
    }

    @Test
    void everyThreadCountDeliversTheModelsEventsInOrder() throws Exception {
        for (int n : new int[] {0, 1, RecordBatch.UNITS - 1, RecordBatch.UNITS, RecordBatch.UNITS + 1, 7_000}) {
            for (int threads : new int[] {1, 2, 3, 8}) {
                assertThat(ordered(n, threads)).as("%d units, %d threads", n, threads).isEqualTo(model(n));
            }
        }
    }

    @Test
    void unorderedReadingGivesTheSameRecordsToPerThreadSinksAndTheRejectsInOrder() throws Exception {
        int n = 9_000;
        List<String> expectedRejects = model(n).stream().filter(e -> e.startsWith("reject")).toList();
        List<Item> expectedRecords = new ArrayList<>();
        model(n).stream().filter(e -> !e.startsWith("reject")).forEach(e -> {
            int k = Integer.parseInt(e.substring(e.lastIndexOf('=') + 1, e.length() - 1));
            expectedRecords.add(new Item(Units.id(k), k));
        });
        Thread caller = Thread.currentThread();
        for (int threads : new int[] {2, 3, 8}) {
            List<Item> records = java.util.Collections.synchronizedList(new ArrayList<>());
            List<String> rejects = new ArrayList<>();
            Set<Thread> owners = ConcurrentHashMap.newKeySet();
            UnorderedSinks<Item> sinks = new UnorderedSinks<>(() -> {
                Thread owner = Thread.currentThread();
                assertThat(owners.add(owner)).as("one sink per thread").isTrue();
                return r -> {
                    assertThat(Thread.currentThread()).isSameAs(owner);
                    records.add(r);
                };
            }, r -> {
                assertThat(Thread.currentThread()).as("rejects on the calling thread").isSameAs(caller);
                rejects.add("reject " + r);
            });
            Delivery<Item> delivery = new Delivery<>("s", sinks.handler(), true, Item::id, " repeats an earlier row");
            RecordPipeline.run(new Units(n, -1), delivery, threads, sinks, "test-worker");
            assertThat(records).as("%d threads", threads).containsExactlyInAnyOrderElementsOf(expectedRecords);
            assertThat(rejects).isEqualTo(expectedRejects);
            assertThat(owners).doesNotContain(Thread.currentThread());
        }
    }

    /** Units whose batches sleep 0–3 ms before parsing (a seeded draw per batch), so that they finish out of order. */
    static Units jittery(int n, int failAt, long seed) {
        return new Units(n, failAt) {
            @Override
            public Batch newBatch() {
                batches++;
                java.util.SplittableRandom random = new java.util.SplittableRandom(seed * 1_000 + batches);
                return new Batch(failAt) {
                    @Override
                    void parse() {
                        try {
                            Thread.sleep(random.nextInt(4));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        super.parse();
                    }
                };
            }
        };
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void unorderedBatchesParsedOutOfOrderAreDeliveredInInputOrder() throws Exception {
        // a worker whose batch is not next leaves it to the one holding the turn: duplicate ids are
        // still decided in input order, every record reaches a sink once, the rejects come in order
        int n = 40 * RecordBatch.UNITS + 17;
        List<String> model = model(n);
        List<String> expectedRejects = model.stream().filter(e -> e.startsWith("reject")).toList();
        List<String> expectedRecords = model.stream().filter(e -> !e.startsWith("reject")).map(e -> e.substring(e.indexOf(' ') + 1)).toList();
        for (long seed = 1; seed <= 4; seed++) {
            for (int threads : new int[] {2, 3, 8}) {
                List<String> records = java.util.Collections.synchronizedList(new ArrayList<>());
                List<String> rejects = new ArrayList<>();
                UnorderedSinks<Item> sinks = new UnorderedSinks<>(() -> r -> records.add(r.toString()), r -> rejects.add("reject " + r));
                RecordPipeline.run(jittery(n, -1, seed), new Delivery<>("s", sinks.handler(), true, Item::id, " repeats an earlier row"),
                        threads, sinks, "test-worker");
                assertThat(records).as("seed %d, %d threads", seed, threads).containsExactlyInAnyOrderElementsOf(expectedRecords);
                assertThat(rejects).as("seed %d, %d threads", seed, threads).isEqualTo(expectedRejects);
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void theFirstFailureInInputOrderEndsAnUnorderedReadWhicheverFailsFirst() {
        // the batch of unit 2 × UNITS fails at once; the earlier one, of unit UNITS + 3, fails 200 ms later
        int early = RecordBatch.UNITS + 3;
        int late = 2 * RecordBatch.UNITS;
        Units units = new Units(30 * RecordBatch.UNITS, early) {
            @Override
            public Batch newBatch() {
                batches++;
                return new Batch(early) {
                    @Override
                    void parse() {
                        for (int i = 0; i < count; i++) {
                            if (units[i] == late) {
                                throw new IllegalStateException("parse " + late);
                            }
                        }
                        if (count > 0 && units[0] <= early && early < units[0] + count) {
                            try {
                                Thread.sleep(200);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        super.parse();
                    }
                };
            }
        };
        for (int threads : new int[] {2, 3}) {
            UnorderedSinks<Item> sinks = new UnorderedSinks<>(() -> r -> { }, r -> { });
            units.current = -1;
            assertThatThrownBy(() -> RecordPipeline.run(units, new Delivery<>("s", sinks.handler(), true, Item::id, ""), threads, sinks,
                    "test-worker")).as("%d threads", threads).isInstanceOf(IllegalStateException.class).hasMessage("parse " + early);
        }
    }

    @Test
    void batchesInUseStayBoundedWhateverTheInputSize() throws Exception {
        for (int threads : new int[] {2, 4}) {
            Units units = new Units(100 * RecordBatch.UNITS, -1);
            UnorderedSinks<Item> sinks = new UnorderedSinks<>(() -> r -> { }, r -> { });
            RecordPipeline.run(units, new Delivery<>("s", sinks.handler(), true, Item::id, ""), threads, sinks, "test-worker");
            int inFlight = 2 * threads + 1;
            assertThat(units.batches).as("%d threads", threads).isLessThanOrEqualTo(2 * inFlight + 1);
        }
    }

    @Test
    void aFailingParseHandlerOrSinkEndsTheReadWithItsOwnException() {
        for (int threads : new int[] {1, 2}) {
            assertThatThrownBy(() -> RecordPipeline.run(new Units(3_000, 2_000), new Delivery<>("s", RecordHandler.of(r -> { }, r -> { }),
                    true, Item::id, ""), threads, null, "test-worker")).isInstanceOf(IllegalStateException.class).hasMessage("parse 2000");
            IllegalArgumentException handlerFailure = new IllegalArgumentException("handler");
            assertThatThrownBy(() -> RecordPipeline.run(new Units(3_000, -1), new Delivery<>("s", RecordHandler.<Item>of(r -> {
                if (r.unit() == 1_500) {
                    throw handlerFailure;
                }
            }, r -> { }), true, Item::id, ""), threads, null, "test-worker")).isSameAs(handlerFailure);
        }
        UnorderedSinks<Item> failing = new UnorderedSinks<>(() -> r -> {
            throw new UnsupportedOperationException("sink");
        }, r -> { });
        assertThatThrownBy(() -> RecordPipeline.run(new Units(3_000, -1), new Delivery<>("s", failing.handler(), true, Item::id, ""), 2,
                failing, "test-worker")).isInstanceOf(UnsupportedOperationException.class).hasMessage("sink");
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aFailingParseInAnUnorderedReadEndsItWithThatFailureNotAWaitingWorker() {
        // the batches after the failing one wait for a turn that never comes: they must give up
        for (int threads : new int[] {2, 3, 8}) {
            UnorderedSinks<Item> sinks = new UnorderedSinks<>(() -> r -> { }, r -> { });
            assertThatThrownBy(() -> RecordPipeline.run(new Units(20 * RecordBatch.UNITS, 3 * RecordBatch.UNITS + 7),
                    new Delivery<>("s", sinks.handler(), true, Item::id, ""), threads, sinks, "test-worker"))
                    .as("%d threads", threads).isInstanceOf(IllegalStateException.class).hasMessage("parse " + (3 * RecordBatch.UNITS + 7));
        }
        // the failing batch is done long before the one ahead of it: the read still fails with its failure
        Units slowFirst = new Units(20 * RecordBatch.UNITS, RecordBatch.UNITS) {
            @Override
            public Batch newBatch() {
                batches++;
                return new Batch(failAt) {
                    @Override
                    void parse() {
                        if (count > 0 && units[0] == 0) {
                            try {
                                Thread.sleep(300);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        super.parse();
                    }
                };
            }
        };
        UnorderedSinks<Item> sinks = new UnorderedSinks<>(() -> r -> { }, r -> { });
        assertThatThrownBy(() -> RecordPipeline.run(slowFirst, new Delivery<>("s", sinks.handler(), true, Item::id, ""), 3, sinks,
                "test-worker")).isInstanceOf(IllegalStateException.class).hasMessage("parse " + RecordBatch.UNITS);
    }
}
