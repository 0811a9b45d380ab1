package io.github.otklik.jdbc;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.json.FormJson;
import io.github.otklik.forms.validation.ResponseValidator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A feedback store (хранилище обратной связи) on plain JDBC: survey responses, appeals and
 * process instances imported from their files, agencies' own form templates, saved pain maps and
 * the status history of pain points, in H2 (embedded, nothing to install) or PostgreSQL. The schema
 * is created and upgraded by Flyway when the store opens.
 *
 * <pre>{@code
 * try (FeedbackStore store = FeedbackStore.open("jdbc:h2:file:/var/lib/otklik/store")) {
 *     ImportResult r = store.importResponses(Path.of("responses.jsonl"), FormCatalog.standard(), rejects::add);
 *     System.out.println(r); // stored 1000, unchanged 0, rejected 2
 *     MetricsReport report = MetricsEngine.from(MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).forms(store.forms()).build())
 *             .run(MetricsInputs.none().withResponses(store.responses()).withAppeals(store.appeals())
 *                     .withProcesses(store.processes()), rejects::add);
 * }
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 * <li><b>Idempotent import.</b> Records are keyed by their id. A record stored with identical
 * content counts as {@code unchanged} and is not written; a new record, or one whose content
 * differs from the stored one, is written and counts as {@code stored} (the latest import wins:
 * an appeal answered since the last export is updated). Importing the same file twice stores
 * nothing the second time.
 * <li><b>Atomic batches.</b> Accepted records are written in batches of {@link
 * Builder#batchSize(int)} (default 1,000), one transaction each: a failure rolls the whole batch
 * back and ends the import with a {@link StoreException}; batches committed before stay.
 * <li><b>Concurrent imports.</b> Imports may run at the same time, in threads or processes, on
 * overlapping data: each record ends up stored once. A batch that clashes with another import
 * (duplicate key, deadlock, lock timeout) is rolled back and tried again, up to ten times.
 * <li><b>Streaming reads.</b> {@link #responses()}, {@link #appeals()} and {@link #processes()}
 * read through a forward-only cursor, {@link Builder#fetchSize(int)} rows at a time: memory does
 * not grow with the table.
 * <li><b>Personal data apart.</b> A response's respondent data is kept in its own table; it is
 * never part of {@link #responses()}, and {@link #purgeRespondent(String)} deletes it for good
 * while the answers stay.
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

    static final String MIGRATIONS = "classpath:io/github/otklik/jdbc/migration";
    static final String SCHEMA_HISTORY = "otklik_schema_history";

    private final DataSource dataSource;
    private final Connection anchor;
    private final Dialect dialect;
    private final int batchSize;
    private final int fetchSize;
    private final Clock clock;
    private final FormJson formJson = new FormJson();
    private final FormCatalog standard = FormCatalog.standard();
    private volatile boolean closed;
    /** Tests only: called after a batch is written and before it is committed. */
    volatile BatchImporter.BatchHook batchHook;

    private FeedbackStore(DataSource dataSource, Connection anchor, Dialect dialect, Builder b) {
        this.dataSource = dataSource;
        this.anchor = anchor;
        this.dialect = dialect;
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
     * Imports a responses JSONL file (spec/formats.md §2), checking every response against its form
     * in {@code catalog}; the rejects are returned in {@link ImportResult#rejects()}.
     *
     * @throws InputFileException when the file cannot be read
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public ImportResult importResponses(Path file, FormCatalog catalog) {
        List<Reject> rejects = new ArrayList<>();
        return importResponses(file, catalog, rejects::add).withRejects(rejects);
    }

    /**
     * Imports a responses JSONL file, checking every response against its form in {@code catalog};
     * every reject goes to {@code rejects}, in input order, exactly as the reader reports it.
     *
     * @throws InputFileException when the file cannot be read
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public ImportResult importResponses(Path file, FormCatalog catalog, Consumer<Reject> rejects) {
        Objects.requireNonNull(file, "file");
        ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(catalog)).build();
        return importFrom(ResponseTable.INSTANCE, handler -> reader.read(file, handler), rejects);
    }

    /**
     * Imports the responses of {@code source}, which must deliver well-formed records, as the
     * readers do (checked against their forms, for the metrics to make sense).
     *
     * @throws IllegalArgumentException when a record has a malformed identifier (its batch is not written)
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public ImportResult importResponses(RecordSource<SurveyResponse> source, Consumer<Reject> rejects) {
        return importFrom(ResponseTable.INSTANCE, source, rejects);
    }

    /**
     * Imports an appeals CSV file (spec/formats.md §3); the rejects are returned in {@link ImportResult#rejects()}.
     *
     * @throws InputFileException when the file cannot be read or its header is invalid
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public ImportResult importAppeals(Path file) {
        List<Reject> rejects = new ArrayList<>();
        return importAppeals(file, rejects::add).withRejects(rejects);
    }

    /**
     * Imports an appeals CSV file; every reject goes to {@code rejects}, in input order.
     *
     * @throws InputFileException when the file cannot be read or its header is invalid
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public ImportResult importAppeals(Path file, Consumer<Reject> rejects) {
        Objects.requireNonNull(file, "file");
        AppealCsvReader reader = AppealCsvReader.builder().build();
        return importFrom(AppealTable.INSTANCE, handler -> reader.read(file, handler), rejects);
    }

    /**
     * Imports the appeals of {@code source}, which must deliver well-formed records.
     *
     * @throws IllegalArgumentException when a record has a malformed identifier or code (its batch is not written)
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public ImportResult importAppeals(RecordSource<Appeal> source, Consumer<Reject> rejects) {
        return importFrom(AppealTable.INSTANCE, source, rejects);
    }

    /**
     * Imports a process-instance CSV file (spec/formats.md §4); the rejects are returned in {@link ImportResult#rejects()}.
     *
     * @throws InputFileException when the file cannot be read or its header is invalid
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public ImportResult importProcesses(Path file) {
        List<Reject> rejects = new ArrayList<>();
        return importProcesses(file, rejects::add).withRejects(rejects);
    }

    /**
     * Imports a process-instance CSV file; every reject goes to {@code rejects}, in input order.
     *
     * @throws InputFileException when the file cannot be read or its header is invalid
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public ImportResult importProcesses(Path file, Consumer<Reject> rejects) {
        Objects.requireNonNull(file, "file");
        ProcessInstanceCsvReader reader = ProcessInstanceCsvReader.builder().build();
        return importFrom(ProcessTable.INSTANCE, handler -> reader.read(file, handler), rejects);
    }

    /**
     * Imports the process instances of {@code source}, which must deliver well-formed records.
     *
     * @throws IllegalArgumentException when a record has a malformed identifier or code (its batch is not written)
     * @throws StoreException when a batch cannot be written (it is rolled back; earlier ones stay)
     */
    public ImportResult importProcesses(RecordSource<ProcessInstance> source, Consumer<Reject> rejects) {
        return importFrom(ProcessTable.INSTANCE, source, rejects);
    }

    private <T> ImportResult importFrom(RecordTable<T> table, RecordSource<T> source, Consumer<Reject> rejects) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rejects, "rejects");
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            ImportResult result;
            try {
                BatchImporter<T> importer = new BatchImporter<>(c, table, batchSize, rejects, batchHook);
                ReadSummary summary = source.read(importer);
                importer.finish();
                result = new ImportResult(importer.stored(), importer.unchanged(), summary.rejected(), summary.truncated(), List.of());
            } catch (RuntimeException | Error e) {
                // the importer rolled its batch back; give the connection back clean without hiding e
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
            c.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot import into " + table.table() + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- streaming reads

    /**
     * The stored responses, in id order, without personal data ({@link #respondent(String)} reads
     * it). Each {@code read} streams the table once through a cursor; row {@code n} is line {@code n}
     * of source {@code db:responses}.
     */
    public RecordSource<SurveyResponse> responses() {
        return new TableSource<>(this, ResponseTable.INSTANCE, fetchSize);
    }

    /** The stored appeals, in id order, streamed as {@link #responses()} is (source {@code db:appeals}). */
    public RecordSource<Appeal> appeals() {
        return new TableSource<>(this, AppealTable.INSTANCE, fetchSize);
    }

    /** The stored process instances, in id order, streamed as {@link #responses()} is (source {@code db:process_instances}). */
    public RecordSource<ProcessInstance> processes() {
        return new TableSource<>(this, ProcessTable.INSTANCE, fetchSize);
    }

    /** The stored response {@code id}, without personal data. */
    public Optional<SurveyResponse> response(String id) {
        return transaction("read response", c -> ResponseTable.INSTANCE.find(c, id));
    }

    /** The stored appeal {@code id}. */
    public Optional<Appeal> appeal(String id) {
        return transaction("read appeal", c -> AppealTable.INSTANCE.find(c, id));
    }

    /** The stored process instance {@code id}. */
    public Optional<ProcessInstance> processInstance(String id) {
        return transaction("read process instance", c -> ProcessTable.INSTANCE.find(c, id));
    }

    // ---------------------------------------------------------------- personal data

    /** The personal data stored with response {@code responseId}; empty when none was given or it was purged. */
    public Optional<Map<String, AnswerValue>> respondent(String responseId) {
        Objects.requireNonNull(responseId, "responseId");
        return transaction("read respondent", c -> ResponseTable.respondent(c, responseId));
    }

    /**
     * Deletes the personal data of response {@code responseId} (by the respondent's request, or
     * when it is no longer needed); the response and its answers stay. The purge is final: importing
     * the response again does not bring the data back. Returns whether there was data to delete.
     * Database pages may keep the old bytes until PostgreSQL's {@code VACUUM} or H2's compaction.
     */
    public boolean purgeRespondent(String responseId) {
        Objects.requireNonNull(responseId, "responseId");
        return transaction("purge respondent", c -> ResponseTable.purge(c, responseId, clock.instant()));
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
        String json = formJson.write(form);
        return transaction("save form", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT template_json FROM forms WHERE id = ? AND version = ?")) {
                ps.setString(1, form.id());
                ps.setString(2, form.version());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        if (formJson.read(rs.getString(1), form.key()).equals(form)) {
                            return false;
                        }
                        throw new IllegalStateException("form " + form.id() + " version " + form.version()
                                + " is stored with other content; a published version never changes, give the new one a new version");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO forms (id, version, saved_at, template_json) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, form.id());
                ps.setString(2, form.version());
                ps.setString(3, clock.instant().toString());
                ps.setString(4, json);
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** The agencies' templates in the store, by id, then version. */
    public List<Form> storedForms() {
        List<Form> forms = transaction("read forms", c -> {
            List<Form> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, version, template_json FROM forms")) {
                while (rs.next()) {
                    out.add(formJson.read(rs.getString(3), "db:forms/" + rs.getString(1) + "@" + rs.getString(2)));
                }
            }
            return out;
        });
        forms.sort(Comparator.comparing(Form::id).thenComparing(Form::version));
        return List.copyOf(forms);
    }

    /** A catalog of the standard templates and, after them, the stored ones ({@link #storedForms()}). */
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
     *     or too long (period 64, as-of 40, rules name 255 characters)
     */
    public long savePainMap(String periodLabel, String asOf, String rulesName, String json) {
        requireText("periodLabel", periodLabel, 64);
        requireText("asOf", asOf, 40);
        requireText("rulesName", rulesName, 255);
        Objects.requireNonNull(json, "json");
        if (!AnswersJson.isObject(json)) {
            throw new IllegalArgumentException("a pain map must be one JSON object");
        }
        return transaction("save pain map", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pain_maps (period_label, as_of, rules_name, saved_at, painmap_json)"
                    + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, periodLabel);
                ps.setString(2, asOf);
                ps.setString(3, rulesName);
                ps.setString(4, clock.instant().toString());
                ps.setString(5, json);
                ps.executeUpdate();
                return generatedKey(ps);
            }
        });
    }

    /** The saved pain map {@code id}. */
    public Optional<StoredPainMap> painMap(long id) {
        return transaction("read pain map", c -> onePainMap(c, "WHERE id = ?", ps -> ps.setLong(1, id)));
    }

    /** The pain map of {@code periodLabel} saved last. */
    public Optional<StoredPainMap> latestPainMap(String periodLabel) {
        Objects.requireNonNull(periodLabel, "periodLabel");
        return transaction("read pain map", c -> onePainMap(c, "WHERE period_label = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                ps -> ps.setString(1, periodLabel)));
    }

    private static Optional<StoredPainMap> onePainMap(Connection c, String where, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, period_label, as_of, rules_name, saved_at, painmap_json FROM pain_maps " + where)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredPainMap(rs.getLong("id"), rs.getString("period_label"), rs.getString("as_of"),
                        rs.getString("rules_name"), Jdbc.instant(rs, "saved_at"), rs.getString("painmap_json")));
            }
        }
    }

    // ---------------------------------------------------------------- pain-point status

    /**
     * Appends a status change of the pain point ({@code process}, {@code problem}) to its history.
     *
     * @param status the new status, for example {@code IN_PROGRESS} (at most 64 characters)
     * @param changedBy who changed it (at most 255 characters)
     * @param note why, or {@code null}
     * @throws IllegalArgumentException when {@code process} is not an identifier, {@code problem}
     *     not a code, or {@code status} or {@code changedBy} is empty or too long
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
        Identifiers.requireIdentifier(process, "process");
        Identifiers.requireCode(problem, "problem");
        requireText("status", status, 64);
        requireText("changedBy", changedBy, 255);
        Objects.requireNonNull(changedAt, "changedAt");
        long seq = transaction("record status", c -> {
            if (painMap != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pain_maps WHERE id = ?")) {
                    ps.setLong(1, painMap);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalArgumentException("no pain map " + painMap + " is stored");
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pain_point_status (pain_map_id, process, problem, status,"
                    + " changed_at, changed_ms, changed_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                if (painMap == null) {
                    ps.setNull(1, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(1, painMap);
                }
                ps.setString(2, process);
                ps.setString(3, problem);
                ps.setString(4, status);
                Jdbc.instant(ps, 5, changedAt);
                ps.setString(7, changedBy);
                Jdbc.text(ps, 8, note);
                ps.executeUpdate();
                return generatedKey(ps);
            }
        });
        return new StatusChange(seq, painMap == null ? OptionalLong.empty() : OptionalLong.of(painMap), process, problem, status,
                changedAt, changedBy, Optional.ofNullable(note));
    }

    /** Every status change of the pain point ({@code process}, {@code problem}), oldest first. */
    public List<StatusChange> statusHistory(String process, String problem) {
        return transaction("read status history", c -> statuses(c, "", process, problem));
    }

    /** The last status change of the pain point ({@code process}, {@code problem}). */
    public Optional<StatusChange> currentStatus(String process, String problem) {
        return transaction("read status", c -> statuses(c, " DESC FETCH FIRST 1 ROWS ONLY", process, problem)).stream().findFirst();
    }

    private static List<StatusChange> statuses(Connection c, String order, String process, String problem) throws SQLException {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(problem, "problem");
        List<StatusChange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, pain_map_id, process, problem, status, changed_at, changed_by, note"
                + " FROM pain_point_status WHERE process = ? AND problem = ? ORDER BY seq" + order)) {
            ps.setString(1, process);
            ps.setString(2, problem);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long map = rs.getLong("pain_map_id");
                    OptionalLong painMap = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(map);
                    out.add(new StatusChange(rs.getLong("seq"), painMap, rs.getString("process"), rs.getString("problem"),
                            rs.getString("status"), Jdbc.instant(rs, "changed_at"), rs.getString("changed_by"),
                            Optional.ofNullable(rs.getString("note"))));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- plumbing

    /** Closes the connection the store holds, if any; later calls fail. The data source given to {@link #open(DataSource)} is not closed. */
    @Override
    public void close() {
        closed = true;
        if (anchor != null) {
            try {
                anchor.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close the store: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "FeedbackStore[" + dialect + (closed ? ", closed" : "") + "]";
    }

    Dialect dialect() {
        return dialect;
    }

    Connection connection() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the store is closed");
        }
        return dataSource.getConnection();
    }

    /** Runs {@code work} in one transaction, trying again when it clashed with a concurrent one. */
    private <R> R transaction(String what, SqlWork<R> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connection()) {
                c.setAutoCommit(false);
                R result;
                try {
                    result = work.run(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    try {
                        c.rollback();
                        c.setAutoCommit(true);
                    } catch (SQLException again) {
                        e.addSuppressed(again);
                    }
                    throw e;
                }
                c.setAutoCommit(true);
                return result;
            } catch (SQLException e) {
                if (!Dialect.retryable(e) || attempt == BatchImporter.MAX_ATTEMPTS) {
                    throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated key");
            }
            return keys.getLong(1);
        }
    }

    private static void requireText(String what, String value, int max) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(what + " must have 1 to " + max + " characters, has " + value.length());
        }
    }

    @FunctionalInterface
    private interface SqlWork<R> {
        R run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
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

        /** The clock of the times the store records itself (forms and pain maps saved, purges); default UTC system clock. */
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
            Connection anchor = null;
            try {
                if (ownConnection) {
                    anchor = dataSource.getConnection();
                }
                Flyway.configure(FeedbackStore.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(MIGRATIONS)
                        .table(SCHEMA_HISTORY)
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .failOnMissingLocations(true)
                        .loggers("slf4j") // silent unless the application binds an SLF4J provider
                        .load()
                        .migrate();
                Dialect dialect;
                if (anchor != null) {
                    dialect = Dialect.of(anchor);
                } else {
                    try (Connection c = dataSource.getConnection()) {
                        dialect = Dialect.of(c);
                    }
                }
                return new FeedbackStore(dataSource, anchor, dialect, this);
            } catch (SQLException | FlywayException e) {
                closeQuietly(anchor, e);
                throw new StoreException("cannot open the store at " + dataSource + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                closeQuietly(anchor, e);
                throw e;
            }
        }

        private static void closeQuietly(Connection c, Throwable cause) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException e) {
                    cause.addSuppressed(e);
                }
            }
        }
    }
}
