package io.github.otklik.jdbc;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A feedback store (хранилище обратной связи) on plain JDBC: survey responses, appeals and
 * process instances imported from their files, agencies' own form templates, saved pain maps and
 * the status history of pain points, in H2 (embedded, nothing to install) or PostgreSQL. The schema
 * is created and upgraded by Flyway when the store opens.
 *
 * <pre>{@code
 * try (FeedbackStore store = FeedbackStore.open("jdbc:h2:file:/var/lib/otklik/store")) {
 *     ImportResult r = store.importFile(RecordKind.RESPONSES, Path.of("responses.jsonl"), rejects::add);
 *     System.out.println(r); // stored 1000, unchanged 0, rejected 2
 *     MetricsReport report = MetricsEngine.from(MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).forms(store.forms()).build())
 *             .run(MetricsInputs.none().withResponses(store.responses()).withAppeals(store.appeals())
 *                     .withProcesses(store.processes()), rejects::add);
 * }
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 * <li><b>Idempotent import.</b> Records are keyed by their id. One stored with identical content
 * counts as {@code unchanged} and is not written; a new or changed one is written and counts as
 * {@code stored} (the latest import wins). The same file imported twice stores nothing the second time.
 * <li><b>Atomic batches.</b> Accepted records are written in batches of {@link
 * Builder#batchSize(int)} consecutive records (default 1,000), one transaction each, with their
 * personal data: after a failure, a crash or a {@code kill -9}, the database holds the batches
 * committed before and nothing of the batch in flight, and importing again completes the work. A
 * record the database cannot take is rejected alone, never its batch. A failure ends the import
 * with a {@link StoreException} whose one-line message names the batch and the database's reason.
 * Once an import returns, what it stored survives a crash of the process (on H2 too).
 * <li><b>Concurrent imports.</b> Imports may run at the same time, in threads or processes, on
 * overlapping data: each record ends up stored once. A batch that clashes with another import
 * (duplicate key, deadlock, lock timeout) is rolled back and tried again, up to ten times; one
 * whose connection was lost (an H2 {@code AUTO_SERVER} process that exited), on a new connection.
 * <li><b>Streaming reads.</b> {@link #responses()}, {@link #appeals()} and {@link #processes()} read
 * through a forward-only cursor, {@link Builder#fetchSize(int)} rows at a time, in constant memory.
 * <li><b>Personal data apart.</b> Respondent data is kept in its own table, never in {@link
 * #responses()}; {@link #purgeRespondent(String)} deletes it for good while the answers stay.
 * </ul>
 *
 * <p>Thread-safe: every operation takes its own connection from the data source. Open one store
 * per database and share it; {@link #close()} it when done.
 */
public final class FeedbackStore implements AutoCloseable {
    /** Records per import transaction unless {@link Builder#batchSize(int)} says otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 1_000;
    /** Rows fetched per round trip by the streaming reads unless {@link Builder#fetchSize(int)} says otherwise. */
    public static final int DEFAULT_FETCH_SIZE = 1_000;
    /** The largest batch size: keeps a batch's {@code IN (…)} list far below every driver's parameter limit. */
    public static final int MAX_BATCH_SIZE = 10_000;

    static final String SCHEMA_HISTORY = "otklik_schema_history";

    private final Database db;
    private final int batchSize;
    private final int fetchSize;
    private final Clock clock;
    private final FormCatalog standard = FormCatalog.standard();
    private final FormTable forms = new FormTable();
    /** Tests only: called after a batch is written and before it is committed. */
    volatile BatchImporter.BatchHook batchHook;

    private FeedbackStore(Database db, Builder b) {
        this.db = db;
        this.batchSize = b.batchSize;
        this.fetchSize = b.fetchSize;
        this.clock = b.clock;
    }

    /**
     * Opens the store at a JDBC URL ({@code jdbc:h2:file:/path/store},
     * {@code jdbc:postgresql://host/db?user=u&password=p}), creating or upgrading its tables.
     * While the store is open it holds one connection, so that an embedded H2 database stays open
     * between operations (an in-memory one too).
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static FeedbackStore open(String jdbcUrl) {
        return builder(jdbcUrl).open();
    }

    /**
     * Opens the store in the database of {@code dataSource} (a connection pool, typically),
     * creating or upgrading its tables.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static FeedbackStore open(DataSource dataSource) {
        return builder(dataSource).open();
    }

    /** A builder for a store at a JDBC URL. */
    public static Builder builder(String jdbcUrl) {
        return new Builder(new UrlDataSource(Objects.requireNonNull(jdbcUrl, "jdbcUrl")), true);
    }

    /** A builder for a store in the database of {@code dataSource}. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"), false);
    }

    // ---------------------------------------------------------------- import

    /**
     * Imports the records of {@code source} as records of {@code kind}. The source must deliver
     * well-formed records, as the core readers do (responses checked against their forms, for the
     * metrics to make sense); every reject it reports goes to {@code rejects}, in input order,
     * exactly as it reports it.
     *
     * @param kind what the records are, and so the table they go to
     * @param source the records, for example a core reader over a file, or {@link RecordSource#of}
     * @param rejects receives the rejects
     * @param <T> the record type
     * @return the counts: stored, unchanged, rejected (by the source, or by the store: a record
     *     whose values the database cannot take is a reject of its own, after the source's)
     * @throws IllegalArgumentException when a record has a malformed identifier or code (its batch is not written)
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public <T> ImportResult importRecords(RecordKind<T> kind, RecordSource<? extends T> source, Consumer<Reject> rejects) {
        Objects.requireNonNull(kind, "kind");
        return BatchImporter.run(db, kind.recordTable(), batchSize, source, rejects, batchHook);
    }

    /**
     * Imports a file in the format of {@code kind} ({@code spec/formats.md}: responses JSON Lines,
     * appeals or process-instance CSV), read by the core reader of that format; responses are
     * checked against {@link #forms()}, the standard templates and the stored ones. To check them
     * against another catalog, give {@link #importRecords} a reader's source instead.
     *
     * @param kind what the file holds
     * @param file the file
     * @param rejects receives every reject of the reader, in input order, exactly as it reports it,
     *     then those of the store (records the database cannot take), in line order
     * @param <T> the record type
     * @return the counts: stored, unchanged, rejected
     * @throws InputFileException when the file cannot be read or a CSV header is invalid
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public <T> ImportResult importFile(RecordKind<T> kind, Path file, Consumer<Reject> rejects) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        return importRecords(kind, kind.file(file, kind == RecordKind.RESPONSES ? forms() : standard), rejects);
    }

    // ---------------------------------------------------------------- streaming reads

    /**
     * The stored responses, in id order, without personal data ({@link #respondent(String)} reads
     * it). Each {@code read} streams the table once through a cursor; row {@code n} is line {@code n}
     * of source {@code db:responses}.
     *
     * @return the stored responses, in id order, without personal data ({@link #respondent(String)} reads it)
     */
    public RecordSource<SurveyResponse> responses() {
        return new TableSource<>(db, ResponseTable.INSTANCE, fetchSize);
    }

    /**
     * The stored appeals, in id order, streamed as {@link #responses()} is (source {@code db:appeals}).
     *
     * @return the stored appeals, in id order, streamed as {@link #responses()} is (source {@code db:appeals})
     */
    public RecordSource<Appeal> appeals() {
        return new TableSource<>(db, AppealTable.INSTANCE, fetchSize);
    }

    /**
     * The stored process instances, in id order, streamed as {@link #responses()} is (source {@code db:process_instances}).
     *
     * @return the stored process instances, in id order, streamed as {@link #responses()} is (source {@code db:process_instances})
     */
    public RecordSource<ProcessInstance> processes() {
        return new TableSource<>(db, ProcessTable.INSTANCE, fetchSize);
    }

    /** The stored response {@code id}, without personal data. */
    public Optional<SurveyResponse> response(String id) {
        return db.transaction("read response", c -> ResponseTable.INSTANCE.find(c, id));
    }

    /** The stored appeal {@code id}. */
    public Optional<Appeal> appeal(String id) {
        return db.transaction("read appeal", c -> AppealTable.INSTANCE.find(c, id));
    }

    /** The stored process instance {@code id}. */
    public Optional<ProcessInstance> processInstance(String id) {
        return db.transaction("read process instance", c -> ProcessTable.INSTANCE.find(c, id));
    }

    // ---------------------------------------------------------------- personal data

    /** The personal data stored with response {@code responseId}; empty when none was given or it was purged. */
    public Optional<Map<String, AnswerValue>> respondent(String responseId) {
        Objects.requireNonNull(responseId, "responseId");
        return db.transaction("read respondent", c -> ResponseTable.respondent(c, responseId));
    }

    /**
     * Deletes the personal data of response {@code responseId} (by the respondent's request, or
     * when it is no longer needed); the response and its answers stay. The purge is final: importing
     * the response again does not bring the data back. Returns whether there was data to delete.
     * Database pages may keep the old bytes until PostgreSQL's {@code VACUUM} or H2's compaction.
     */
    public boolean purgeRespondent(String responseId) {
        Objects.requireNonNull(responseId, "responseId");
        return db.transaction("purge respondent", c -> ResponseTable.purge(c, responseId, clock.instant()));
    }

    // ---------------------------------------------------------------- forms

    /**
     * Stores an agency's own template (canonical {@code otklik-form/1} JSON). Returns {@code false}
     * when an equal template with this id and version is stored already.
     *
     * @throws IllegalArgumentException when the id and version are those of a standard template
     * @throws IllegalStateException when a different template with this id and version is stored
     *     (a published version never changes: give the new one a new version)
     */
    public boolean saveForm(Form form) {
        Objects.requireNonNull(form, "form");
        if (standard.find(form.id(), form.version()).isPresent()) {
            throw new IllegalArgumentException("form " + form.id() + " version " + form.version()
                    + " has the id and version of a standard template; give the agency's form its own id or version");
        }
        return db.transaction("save form", c -> forms.save(c, form, clock.instant()));
    }

    /**
     * The agencies' templates in the store, by id, then version.
     *
     * @return the agencies' templates in the store, by id, then version
     */
    public List<Form> storedForms() {
        return List.copyOf(db.transaction("read forms", forms::all));
    }

    /**
     * A catalog of the standard templates and, after them, the stored ones ({@link #storedForms()}).
     *
     * @return a catalog of the standard templates and, after them, the stored ones ({@link #storedForms()})
     */
    public FormCatalog forms() {
        FormCatalog.Builder b = FormCatalog.builder().standard();
        storedForms().forEach(b::add);
        return b.build();
    }

    // ---------------------------------------------------------------- pain maps

    /**
     * Saves a pain map's {@code otklik-painmap/1} JSON as it is, with the facts to find it by;
     * returns the id it was given. Each call saves a new row.
     *
     * @throws IllegalArgumentException when {@code json} is not one JSON object, or a label is empty
     *     or too long (period 64, as-of 40, rules name 255 characters), or a text holds a NUL or an
     *     unpaired surrogate (which not every database can keep)
     */
    public long savePainMap(String periodLabel, String asOf, String rulesName, String json) {
        PainMapTable.check(periodLabel, asOf, rulesName, json);
        return db.transaction("save pain map", c -> PainMapTable.INSTANCE.insert(c, periodLabel, asOf, rulesName, clock.instant(), json));
    }

    /** The saved pain map {@code id}. */
    public Optional<StoredPainMap> painMap(long id) {
        return db.transaction("read pain map", c -> PainMapTable.INSTANCE.find(c, id));
    }

    /** The pain map of {@code periodLabel} saved last. */
    public Optional<StoredPainMap> latestPainMap(String periodLabel) {
        Objects.requireNonNull(periodLabel, "periodLabel");
        return db.transaction("read pain map", c -> PainMapTable.INSTANCE.latest(c, periodLabel));
    }

    // ---------------------------------------------------------------- pain-point status

    /**
     * Appends a status change of the pain point ({@code process}, {@code problem}) to its history.
     *
     * @param status the new status, for example {@code IN_PROGRESS} (at most 64 characters)
     * @param changedBy who changed it (at most 255 characters)
     * @param note why, or {@code null}
     * @throws IllegalArgumentException when {@code process} is not an identifier, {@code problem}
     *     not a code, {@code status} or {@code changedBy} is empty or too long, or a text holds a
     *     NUL or an unpaired surrogate
     */
    public StatusChange recordStatus(String process, String problem, String status, Instant changedAt, String changedBy, String note) {
        return appendStatus(null, process, problem, status, changedAt, changedBy, note);
    }

    /**
     * Appends a status change of the pain point ({@code process}, {@code problem}) of the saved pain
     * map {@code painMapId} to its history.
     *
     * @throws IllegalArgumentException as {@link #recordStatus(String, String, String, Instant, String, String)},
     *     or when no pain map {@code painMapId} is stored
     */
    public StatusChange recordStatus(long painMapId, String process, String problem, String status, Instant changedAt,
            String changedBy, String note) {
        return appendStatus(painMapId, process, problem, status, changedAt, changedBy, note);
    }

    private StatusChange appendStatus(Long painMap, String process, String problem, String status, Instant changedAt,
            String changedBy, String note) {
        StatusTable.check(process, problem, status, changedAt, changedBy, note);
        return db.transaction("record status",
                c -> StatusTable.INSTANCE.append(c, painMap, process, problem, status, changedAt, changedBy, note));
    }

    /** Every status change of the pain point ({@code process}, {@code problem}), oldest first. */
    public List<StatusChange> statusHistory(String process, String problem) {
        return db.transaction("read status history", c -> StatusTable.INSTANCE.history(c, process, problem));
    }

    /** The last status change of the pain point ({@code process}, {@code problem}). */
    public Optional<StatusChange> currentStatus(String process, String problem) {
        return db.transaction("read status", c -> StatusTable.INSTANCE.current(c, process, problem));
    }

    // ---------------------------------------------------------------- plumbing

    /** Closes the connection the store holds, if any; later calls fail. The data source given to {@link #open(DataSource)} is not closed. */
    @Override
    public void close() {
        db.close();
    }

    @Override
    public String toString() {
        return "FeedbackStore[" + db.dialect() + (db.isClosed() ? ", closed" : "") + "]";
    }

    Connection connection() throws SQLException {
        return db.connection();
    }

    /** Builder of {@link FeedbackStore}; not thread-safe. */
    public static final class Builder {
        private final DataSource dataSource;
        private final boolean ownConnection;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private int fetchSize = DEFAULT_FETCH_SIZE;
        private Clock clock = Clock.systemUTC();

        private Builder(DataSource dataSource, boolean ownConnection) {
            this.dataSource = dataSource;
            this.ownConnection = ownConnection;
        }

        /**
         * Records per import transaction (default 1,000).
         *
         * @throws IllegalArgumentException unless 1 ≤ {@code size} ≤ {@link #MAX_BATCH_SIZE}
         */
        public Builder batchSize(int size) {
            if (size < 1 || size > MAX_BATCH_SIZE) {
                throw new IllegalArgumentException("batch size must be 1.." + MAX_BATCH_SIZE + ", was " + size);
            }
            this.batchSize = size;
            return this;
        }

        /**
         * Rows per round trip of the streaming reads (default 1,000).
         *
         * @throws IllegalArgumentException when {@code size} &lt; 1
         */
        public Builder fetchSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("fetch size must be at least 1, was " + size);
            }
            this.fetchSize = size;
            return this;
        }

        /**
         * The clock of the times the store records itself (forms and pain maps saved, purges); default UTC system clock.
         *
         * @param clock the clock of the times the store records itself (forms and pain maps saved, purges); default UTC system clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Opens the store: connects, creates or upgrades the tables (Flyway, history in table
         * {@code otklik_schema_history}, so that a database the application migrates itself can hold
         * the store too).
         *
         * @throws StoreException when the database cannot be reached or migrated
         */
        public FeedbackStore open() {
            return new FeedbackStore(Database.open(dataSource, ownConnection, SCHEMA_HISTORY), this);
        }
    }
}
