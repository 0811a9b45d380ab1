package io.github.otklik.core.io;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Handlers made from lambdas and method references forward exactly what they get. */
class RecordHandlerTest {
    private static final Reject REJECT = Reject.of("x.csv", 3, "a-1", "agency", "required column is empty");

    @Test
    void ofForwardsRecordsAndRejects() {
        List<String> records = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        RecordHandler<String> h = RecordHandler.of(records::add, rejects::add); // method references, no ambiguity
        h.accept("a", 1);
        h.reject(REJECT);
        h.accept("b", 7);
        assertThat(records).containsExactly("a", "b");
        assertThat(rejects).containsExactly(REJECT);
    }

    @Test
    void ofLinesForwardsTheLinesToo() {
        List<String> seen = new ArrayList<>();
        RecordHandler<String> h = RecordHandler.ofLines((record, line) -> seen.add(line + ":" + record), r -> seen.add("reject " + r.line()));
        h.accept("a", 2);
        h.reject(REJECT);
        assertThat(seen).containsExactly("2:a", "reject 3");
    }

    @Test
    void aWiderConsumerServesANarrowerRecordType() {
        List<Object> all = new ArrayList<>();
        RecordHandler<String> h = RecordHandler.of(all::add, all::add);
        h.accept("a", 1);
        h.reject(REJECT);
        assertThat(all).containsExactly("a", REJECT);
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertThatThrownBy(() -> RecordHandler.of(null, r -> { })).isInstanceOf(NullPointerException.class).hasMessage("records");
        assertThatThrownBy(() -> RecordHandler.ofLines((r, l) -> { }, null)).isInstanceOf(NullPointerException.class).hasMessage("rejects");
    }
}
