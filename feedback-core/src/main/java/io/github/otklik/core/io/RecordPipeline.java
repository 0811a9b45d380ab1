package io.github.otklik.core.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one read of any format: every unit of a {@link RecordUnits} parsed and checked, then
 * delivered in input order by a {@link Delivery} on the calling thread.
 *
 * <p>With one thread each unit is parsed where it lies and delivered at once: no copy, no batch.
 * With more, the calling thread copies units into {@link RecordBatch}es, {@code parallelism} worker
 * threads parse them, and the calling thread delivers finished batches in input order, so the
 * records, rejects, lines and order are exactly those of the one-thread read. At most
 * {@code 2 × parallelism + 1} batches are in flight, so memory stays bounded. With
 * {@link UnorderedSinks}, the delivery only decides which records are accepted (duplicate ids in
 * input order), and each batch's accepted records go to a worker's own sink. An exception thrown
 * by a parse, a check, the handler or a sink ends the read and propagates unchanged; the workers
 * are stopped.
 */
final class RecordPipeline {
    private RecordPipeline() {
    }

    /**
     * Reads every unit of {@code units} into {@code delivery}; with {@code sinks} (only when
     * {@code parallelism} is above 1), the delivery's handler is theirs.
     *
     * @param threadName the name of the worker threads
     */
    static <T, B extends RecordBatch<T>> void run(RecordUnits<T, B> units, Delivery<T> delivery, int parallelism,
                                                  UnorderedSinks<T> sinks, String threadName) throws IOException {
        if (parallelism == 1) {
            while (units.next()) {
                units.parseCurrent(delivery);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<B>> inFlight = new ArrayDeque<>();
        ArrayDeque<Future<B>> sinking = new ArrayDeque<>();
        ArrayDeque<B> free = new ArrayDeque<>();
        int maxInFlight = 2 * parallelism + 1;
        try {
            B batch = units.newBatch();
            while (units.next()) {
                units.addCurrent(batch);
                if (batch.full()) {
                    inFlight.add(parse(pool, batch));
                    while (inFlight.size() >= maxInFlight) {
                        B done = deliver(inFlight.poll(), delivery, sinks);
                        if (sinks == null) {
                            free.add(done);
                        } else {
                            sinking.add(pool.submit(() -> sinks.drain(done)));
                            while (sinking.size() >= maxInFlight) {
                                B drained = await(sinking.poll(), delivery.source());
                                drained.cleared();
                                free.add(drained);
                            }
                        }
                    }
                    batch = free.isEmpty() ? units.newBatch() : free.poll();
                }
            }
            if (batch.count > 0) {
                inFlight.add(parse(pool, batch));
            }
            while (!inFlight.isEmpty()) {
                B done = deliver(inFlight.poll(), delivery, sinks);
                if (sinks != null) {
                    sinking.add(pool.submit(() -> sinks.drain(done)));
                }
            }
            while (!sinking.isEmpty()) {
                await(sinking.poll(), delivery.source());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T, B extends RecordBatch<T>> Future<B> parse(ExecutorService pool, B b) {
        return pool.submit(() -> {
            b.parse();
            return b;
        });
    }

    /** Delivers a parsed batch in order (with {@code sinks}: collects its accepted records into it). */
    private static <T, B extends RecordBatch<T>> B deliver(Future<B> future, Delivery<T> delivery, UnorderedSinks<T> sinks) {
        B b = await(future, delivery.source());
        if (sinks != null) {
            sinks.collectInto(b);
        }
        for (int i = 0; i < b.count; i++) {
            delivery.deliver(b.lines[i], b.ids[i], b.record(i), b.problems[i]);
        }
        b.clear();
        return b;
    }

    private static <B> B await(Future<B> future, String source) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while reading " + source));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
