package io.github.otklik.bench;

import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.report.MetricsReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * (3) What an analyst would do instead: the responses JSONL file → overall satisfaction by process
 * × channel, end to end. Otklik (read + validate + aggregate, as {@code otklik metrics}) vs DuckDB
 * in process ({@code read_json(…, format='newline_delimited')} + one GROUP BY, {@code SET threads=2}):
 * once with the columns declared (DuckDB at its fastest) and once with {@code read_json_auto}
 * (schema detection, as typed at a prompt).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EndToEndBenchmark {
    /** Lines of the responses file. */
    @Param("1000000")
    public int lines;

    /** Threads DuckDB may use. */
    @Param("2")
    public int duckdbThreads;

    private Path file;
    private ResponseJsonlReader reader;
    private ResponseJsonlReader reader1;
    private MetricsEngine engine;
    private Connection duck;
    private String declared;
    private String auto;
    private String sameFigures;
    private String checked;

    /** Opens DuckDB and checks its answers equal Otklik's, group by group. */
    @Setup(Level.Trial)
    public void setup() throws SQLException {
        file = BenchData.responsesFile(lines);
        reader = Otklik.reader();
        reader1 = Otklik.reader(1);
        engine = Otklik.engine(Dimension.PROCESS, Dimension.CHANNEL);
        duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute("SET threads=" + duckdbThreads);
        }
        String path = file.toAbsolutePath().toString().replace("'", "''");
        declared = query("read_json('" + path + "', format='newline_delimited', "
                + "columns={process: 'VARCHAR', channel: 'VARCHAR', answers: 'STRUCT(overall VARCHAR)'})");
        auto = query("read_json_auto('" + path + "', format='newline_delimited')");
        MetricsReport report = otklik();
        Map<String, Overall> otklik = Overall.of(report);
        Overall.requireSame("DuckDB", otklik, duckdbDeclared());
        Overall.requireSame("DuckDB auto", otklik, duckdbAuto());
        DuckDbFigures.loadForms(duck, Otklik.CATALOG);
        sameFigures = DuckDbFigures.figures(file);
        checked = DuckDbFigures.checkedFigures(file);
        Map<String, String> all = AllFiguresLoop.of(report);
        if (!duckdbSameFigures().equals(all)) {
            throw new IllegalStateException("DuckDB's figures differ from Otklik's");
        }
        DuckDbFigures.Result c = DuckDbFigures.run(duck, checked);
        if (c.rejected() != 0 || !c.figures().equals(all)) {
            throw new IllegalStateException("DuckDB's checked figures differ from Otklik's: " + c.rejected() + " rejected");
        }
    }

    // o: the overall answer as text without JSON quotes (read_json_auto types the mixed 4 / "dk"
    // column as JSON, whose text keeps the quotes); v: the integer answer or NULL
    private static String query(String from) {
        return "SELECT coalesce(process, 'UNSPECIFIED') AS p, channel AS c, count(*) AS responses,"
                + " count(v) AS answered, count_if(o = 'dk') AS dk, count_if(v >= 4) AS satisfied,"
                + " count_if(v <= 2) AS dissatisfied, coalesce(sum(v), 0) AS total"
                + " FROM (SELECT process, channel, replace(CAST(answers.overall AS VARCHAR), '\"', '') AS o,"
                + " TRY_CAST(answers.overall AS BIGINT) AS v FROM " + from + ") GROUP BY ALL";
    }

    /** Closes DuckDB. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        duck.close();
    }

    /** Otklik: read + validate + aggregate, every satisfaction figure of every group. */
    @Benchmark
    public MetricsReport otklik() {
        return Otklik.metrics(engine, reader, file);
    }

    /** Otklik with every line parsed on the calling thread (parallelism 1). */
    @Benchmark
    public MetricsReport otklik1Thread() {
        return Otklik.metrics(engine, reader1, file);
    }

    /** DuckDB with the three columns declared. */
    @Benchmark
    public Map<String, Overall> duckdbDeclared() throws SQLException {
        return run(declared);
    }

    /** DuckDB detecting the schema itself. */
    @Benchmark
    public Map<String, Overall> duckdbAuto() throws SQLException {
        return run(auto);
    }

    /** DuckDB computing every figure Otklik reports (overall, aspects, problems with their bases), answers unnested in SQL. */
    @Benchmark
    public Map<String, String> duckdbSameFigures() throws SQLException {
        return DuckDbFigures.run(duck, sameFigures).figures();
    }

    /** The same after the checks SQL can express: required fields, enums, known form, duplicate ids, answer types, ranges and options. */
    @Benchmark
    public DuckDbFigures.Result duckdbChecked() throws SQLException {
        return DuckDbFigures.run(duck, checked);
    }

    private Map<String, Overall> run(String sql) throws SQLException {
        Map<String, Overall> out = new HashMap<>();
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(Overall.key(rs.getString(1), rs.getString(2)), new Overall(rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8)));
            }
        }
        return out;
    }
}
