package io.github.otklik.core.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one read of any format: every unit of a {@link RecordUnits} parsed and checked, then
 * delivered in input order by a {@link Delivery}.
 *
 * <p>With one thread each unit is parsed where it lies and delivered at once: no copy, no batch.
 * With more, the calling thread copies units into {@link RecordBatch}es, {@code parallelism} worker
 * threads parse them, and the calling thread delivers finished batches in input order, so the
 * records, rejects, lines and order are exactly those of the one-thread read. At most
 * {@code 2 × parallelism + 1} batches are in flight, so memory stays bounded. With
 * {@link UnorderedSinks}, the delivery only decides which records are accepted (duplicate ids in
 * input order); it runs on the worker that parsed the batch, in turn by input order, and that
 * worker then gives the accepted records to its own sink while they are still in its cache; the
 * calling thread passes the rejects on in input order. An exception thrown by a parse, a check,
 * the handler or a sink ends the read and propagates unchanged; the workers are stopped.
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
        try {
            if (sinks == null) {
                // workers parse; the calling thread delivers each batch in input order
                batches(units, parallelism, (b, number) -> parse(pool, b), done -> deliver(done, delivery));
            } else {
                // each worker parses a batch, delivers it in its turn and drains it into its own sink;
                // the calling thread passes the rejects on, batch by batch in input order
                Turns turns = new Turns();
                batches(units, parallelism, (b, number) -> work(pool, b, number, turns, delivery, sinks),
                        done -> finish(done, sinks, delivery.source()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Hands a full batch, numbered in input order from 0, to the workers. */
    private interface Submit<B> {
        Future<B> submit(B batch, long number);
    }

    /**
     * Copies the units into batches, submits each full one and, in input order on the calling
     * thread, {@code finish}es the oldest whenever {@code 2 × parallelism + 1} are in flight (and
     * every one at the end), reusing the batches it returns.
     */
    private static <T, B extends RecordBatch<T>> void batches(RecordUnits<T, B> units, int parallelism, Submit<B> submit,
                                                              Function<Future<B>, B> finish) throws IOException {
        ArrayDeque<Future<B>> inFlight = new ArrayDeque<>();
        ArrayDeque<B> free = new ArrayDeque<>();
        int maxInFlight = 2 * parallelism + 1;
        long next = 0;
        B batch = units.newBatch();
        while (units.next()) {
            units.addCurrent(batch);
            if (batch.full()) {
                inFlight.add(submit.submit(batch, next++));
                while (inFlight.size() >= maxInFlight) {
                    free.add(finish.apply(inFlight.poll()));
                }
                batch = free.isEmpty() ? units.newBatch() : free.poll();
            }
        }
        if (batch.count > 0) {
            inFlight.add(submit.submit(batch, next));
        }
        while (!inFlight.isEmpty()) {
            finish.apply(inFlight.poll());
        }
    }

    /**
     * An unordered read's work on one batch: parse it, wait for its turn, deliver it (duplicate ids
     * in input order, the accepted records and the rejects kept in the batch), pass the turn on and
     * hand the accepted records to this worker's sink while they are still in its cache.
     */
    private static <T, B extends RecordBatch<T>> Future<B> work(ExecutorService pool, B b, long turn, Turns turns, Delivery<T> delivery,
                                                                UnorderedSinks<T> sinks) {
        return pool.submit(() -> {
            RuntimeException failed = null;
            try {
                b.parse();
            } catch (RuntimeException e) {
                failed = e; // ends the read in its turn: the batches before it are still delivered
            }
            turns.await(turn);
            boolean delivered = false;
            try {
                if (failed == null) {
                    sinks.collectInto(b);
                    deliverAll(b, delivery);
                    delivered = true;
                }
            } finally {
                turns.pass(delivered);
            }
            if (failed != null) {
                throw failed;
            }
            return sinks.drain(b);
        });
    }

    /** Waits for a batch of an unordered read, passes its rejects on, and returns it cleared for reuse. */
    private static <T, B extends RecordBatch<T>> B finish(Future<B> future, UnorderedSinks<T> sinks, String source) {
        B b = await(future, source);
        sinks.rejectAll(b);
        b.cleared();
        return b;
    }

    /**
     * Whose turn it is to deliver: batch numbers in input order. A batch that failed waits for its
     * turn too, then ends every later one, so the read fails with the first failure in input order
     * and no worker waits for a turn that never comes.
     */
    private static final class Turns {
        private long current;
        private boolean ended;

        synchronized void await(long turn) throws InterruptedException {
            while (current != turn && !ended) {
                wait();
            }
            if (ended) {
                throw new CancellationException("an earlier batch failed");
            }
        }

        synchronized void pass(boolean delivered) {
            if (delivered) {
                current++;
            } else {
                ended = true;
            }
            notifyAll();
        }
    }

    private static <T, B extends RecordBatch<T>> Future<B> parse(ExecutorService pool, B b) {
        return pool.submit(() -> {
            b.parse();
            return b;
        });
    }

    /** Delivers a parsed batch in order and returns it for reuse. */
    private static <T, B extends RecordBatch<T>> B deliver(Future<B> future, Delivery<T> delivery) {
        B b = await(future, delivery.source());
        deliverAll(b, delivery);
        return b;
    }

    /** Delivers every unit of the parsed batch {@code b}, in order, then forgets them. */
    private static <T> void deliverAll(RecordBatch<T> b, Delivery<T> delivery) {
        for (int i = 0; i < b.count; i++) {
            delivery.deliver(b.lines[i], b.ids[i], b.record(i), b.problems[i]);
        }
        b.clear();
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
