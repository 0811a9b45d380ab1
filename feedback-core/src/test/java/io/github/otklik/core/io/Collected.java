package io.github.otklik.core.io;

import java.util.ArrayList;
import java.util.List;

/** A handler that keeps everything a reader produces, for assertions. */
final class Collected<T> implements RecordHandler<T> {
    final List<T> accepted = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();

    @Override
    public void accept(T record, long line) {
        accepted.add(record);
        lines.add(line);
    }

    @Override
    public void reject(Reject reject) {
        rejects.add(reject);
    }
}
