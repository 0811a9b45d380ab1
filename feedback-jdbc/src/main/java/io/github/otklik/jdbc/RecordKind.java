package io.github.otklik.jdbc;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;

import java.nio.file.Path;
import java.util.List;

/**
 * A kind of record the store keeps (вид записей): survey responses (ответы на анкеты), appeals
 * (обращения) or process instances (экземпляры процессов), each in its own table and read from its
 * own file format. The constants are typed by their record, as a jOOQ table is typed by its row, so
 * that one import serves every kind and the compiler checks that a source's records fit the kind:
 *
 * <pre>{@code
 * store.importFile(RecordKind.APPEALS, Path.of("appeals.csv"), rejects::add);
 * store.importRecords(RecordKind.RESPONSES, RecordSource.of("portal", responses), rejects::add);
 * }</pre>
 *
 * <p>The three constants are the only instances; compare them with {@code ==}. Immutable and
 * thread-safe.
 *
 * @param <T> the record type
 */
public final class RecordKind<T> {
    /** Survey responses: JSON Lines ({@code spec/formats.md} §2), table {@code responses} (personal data apart in {@code respondents}). */
    public static final RecordKind<SurveyResponse> RESPONSES = new RecordKind<>("responses", SurveyResponse.class,
            ResponseTable.INSTANCE, (file, forms) -> {
                ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(forms)).build();
                return handler -> reader.read(file, handler);
            });

    /** Appeals: CSV ({@code spec/formats.md} §3), table {@code appeals}. */
    public static final RecordKind<Appeal> APPEALS = new RecordKind<>("appeals", Appeal.class, AppealTable.INSTANCE,
            (file, forms) -> {
                AppealCsvReader reader = AppealCsvReader.builder().build();
                return handler -> reader.read(file, handler);
            });

    /** Process instances: CSV ({@code spec/formats.md} §4), table {@code process_instances}. */
    public static final RecordKind<ProcessInstance> PROCESSES = new RecordKind<>("processes", ProcessInstance.class,
            ProcessTable.INSTANCE, (file, forms) -> {
                ProcessInstanceCsvReader reader = ProcessInstanceCsvReader.builder().build();
                return handler -> reader.read(file, handler);
            });

    private static final List<RecordKind<?>> ALL = List.of(RESPONSES, APPEALS, PROCESSES);

    private final String name;
    private final Class<T> type;
    private final RecordTable<T> table;
    private final FileReader<T> reader;

    private RecordKind(String name, Class<T> type, RecordTable<T> table, FileReader<T> reader) {
        this.name = name;
        this.type = type;
        this.table = table;
        this.reader = reader;
    }

    /**
     * Every kind, in the order the CLI imports them.
     *
     * @return {@link #RESPONSES}, {@link #APPEALS}, {@link #PROCESSES}
     */
    public static List<RecordKind<?>> values() {
        return ALL;
    }

    /**
     * The kind's name, as the CLI's input option spells it.
     *
     * @return {@code responses}, {@code appeals} or {@code processes}
     */
    public String name() {
        return name;
    }

    /**
     * The class of the records.
     *
     * @return {@code SurveyResponse.class}, {@code Appeal.class} or {@code ProcessInstance.class}
     */
    public Class<T> type() {
        return type;
    }

    /**
     * The table the records are kept in; its streamed rows are named {@code db:TABLE} in rejects.
     *
     * @return {@code responses}, {@code appeals} or {@code process_instances}
     */
    public String table() {
        return table.table();
    }

    /** The kind's {@link #name()}. */
    @Override
    public String toString() {
        return name;
    }

    RecordTable<T> recordTable() {
        return table;
    }

    /** The file read by the core reader of this kind; responses are checked against {@code forms}. */
    RecordSource<T> file(Path file, FormCatalog forms) {
        return reader.source(file, forms);
    }

    @FunctionalInterface
    private interface FileReader<T> {
        RecordSource<T> source(Path file, FormCatalog forms);
    }
}
