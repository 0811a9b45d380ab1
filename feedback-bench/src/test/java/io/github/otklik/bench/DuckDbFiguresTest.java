package io.github.otklik.bench;

import io.github.otklik.core.io.Reject;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DuckDB baselines do Otklik's work: on a generated file, every figure of every process ×
 * channel group equals Otklik's report; with bad lines added, the checking query drops exactly as
 * many lines as Otklik rejects and still gives Otklik's figures.
 */
class DuckDbFiguresTest {
    private static final int LINES = 3_000;
    private Connection duck;
    private final MetricsEngine engine = Otklik.engine(Dimension.PROCESS, Dimension.CHANNEL);

    @BeforeEach
    void open() throws SQLException {
        duck = DriverManager.getConnection("jdbc:duckdb:");
        DuckDbFigures.loadForms(duck, Otklik.CATALOG);
    }

    @AfterEach
    void close() throws SQLException {
        duck.close();
    }

    @Test
    void everyFigureOfEveryGroupIsOtkliks() throws SQLException {
        Path file = BenchData.responsesFile(LINES);
        var otklik = AllFiguresLoop.of(Otklik.metrics(engine, Otklik.reader(1), file));
        assertThat(otklik).hasSizeGreaterThan(10);
        assertThat(DuckDbFigures.run(duck, DuckDbFigures.figures(file)).figures()).isEqualTo(otklik);
        DuckDbFigures.Result checked = DuckDbFigures.run(duck, DuckDbFigures.checkedFigures(file));
        assertThat(checked.rejected()).isZero();
        assertThat(checked.figures()).isEqualTo(otklik);
    }

    @Test
    void theCheckingQueryDropsWhatOtklikRejects(@TempDir Path dir) throws IOException, SQLException {
        List<String> lines = new ArrayList<>(Files.readAllLines(BenchData.responsesFile(LINES), StandardCharsets.UTF_8));
        String good = lines.get(0);
        List<String> bad = List.of(
                good.replace("\"overall\":3", "\"overall\":9"),                          // out of range
                good.replace("\"overall\":3", "\"overall\":\"3\""),                      // wrong type
                good.replace("\"information\":", "\"nonsense\":"),                       // unknown question
                good.replace("\"channel\":\"EPGU\",\"client\"", "\"channel\":\"FAX\",\"client\""), // unknown channel
                good.replace("\"outcome\":\"pending\"", "\"outcome\":\"maybe\""),        // not an option
                good.replace("\"form\":\"EXT-2\"", "\"form\":\"EXT-99\""),               // unknown form
                good.replace("\"category\":\"CITIZEN\"},", "\"category\":\"EMPLOYEE\"},"), // category of another kind
                good.replace("\"id\":\"r-000001\",", ""),                                 // no id
                good.replaceFirst("\"submittedAt\":\"[^\"]*\"", "\"submittedAt\":\"yesterday\""), // no timestamp
                good);                                                                    // a repeated id
        assertThat(bad.subList(0, bad.size() - 1)).doesNotContain(good);
        for (int i = 0; i < bad.size(); i++) {
            lines.add(50 + 7 * i, bad.get(i));
        }
        Path file = Files.write(dir.resolve("with-bad.jsonl"), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        List<Reject> rejects = new ArrayList<>();
        MetricsReport report = engine.run(MetricsInputs.none().withResponses(Otklik.reader(1).source(file)), rejects::add);
        assertThat(rejects).hasSize(bad.size());
        DuckDbFigures.Result checked = DuckDbFigures.run(duck, DuckDbFigures.checkedFigures(file));
        assertThat(checked.rejected()).isEqualTo(rejects.size());
        assertThat(checked.figures()).isEqualTo(AllFiguresLoop.of(report));
    }
}
