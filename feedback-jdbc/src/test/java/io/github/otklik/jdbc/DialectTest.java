package io.github.otklik.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.EOFException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DialectTest {
    @ParameterizedTest(name = "{0}: retryable {1}, connection lost {2}, record fault {3}")
    @CsvSource({
        // a concurrent import: try the batch again
        "23505, true,  false, false",
        "40001, true,  false, false",
        "40P01, true,  false, false",
        "55P03, true,  false, false",
        "HYT00, true,  false, false",
        "90131, true,  false, false",
        // the connection is gone: try again on a new one
        "08006, false, true,  false",
        "08001, false, true,  false",
        "57P01, false, true,  false",
        "90067, false, true,  false",
        "90121, false, true,  false",
        "90098, false, true,  false",
        // the database refuses this record's values: leave the record out alone
        "22001, false, false, true",
        "22021, false, false, true",
        "22003, false, false, true",
        "23502, false, false, true",
        "23514, false, false, true",
        "23503, false, false, true",
        // anything else fails the batch
        "42S02, false, false, false",
        "42P01, false, false, false",
        "53100, false, false, false",
        "90028, false, false, false",
    })
    void sqlStatesAreSortedIntoWhatTheImportDoesNext(String state, boolean retryable, boolean lost, boolean recordFault) {
        SQLException e = new SQLException("reason", state);

        assertThat(Dialect.retryable(e)).as("retryable").isEqualTo(retryable);
        assertThat(Dialect.connectionLost(e)).as("connection lost").isEqualTo(lost);
        assertThat(Dialect.recordFault(e)).as("record fault").isEqualTo(recordFault);
    }

    @Test
    void theStateOfABatchsFirstErrorAndOfCausesCounts() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 … was aborted", null, new int[0]);
        batch.setNextException(new SQLException("ERROR: value too long", "22001"));
        assertThat(Dialect.recordFault(batch)).isTrue();

        SQLException wrapped = new SQLException("IO Exception", "90028", new SQLException("Connection is broken", "90067"));
        assertThat(Dialect.connectionLost(wrapped)).isTrue();
        assertThat(Dialect.recordFault(new SQLException("check", "23514", wrapped))).as("a lost connection is no record's fault").isFalse();
    }

    @Test
    void aDriversConnectionExceptionTypeMeansTheConnectionIsLostWhateverItsState() {
        assertThat(Dialect.connectionLost(new SQLNonTransientConnectionException("gone", (String) null))).isTrue();
        assertThat(Dialect.connectionLost(new SQLException("IO", "90028", new EOFException()))).isFalse();
    }
}
