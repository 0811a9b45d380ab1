package io.github.otklik.bench;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The same-work DuckDB baselines: every satisfaction figure Otklik reports for process × channel
 * (responses; the overall question; every aspect by code; every problem with its count and base)
 * from the same JSONL file in one SQL statement, the answers unnested in SQL and the standard forms
 * loaded as small tables, as an analyst would write it. {@link #figures} does only that;
 * {@link #checkedFigures} first drops every line that fails the checks SQL can express (required
 * fields, enums and the client's category, a known form, exact duplicate ids, every answer a
 * question of its form, scale answers integer within range or an allowed "dk", choice answers
 * among the options, booleans, texts within their length) and counts them. Both give
 * {@link AllFiguresLoop#of}'s text form, so a setup can compare them with Otklik's report.
 */
public final class DuckDbFigures {
    private DuckDbFigures() {
    }

    /** Creates the form tables of {@code catalog}'s standard forms (version 1) in {@code duck}. */
    public static void loadForms(Connection duck, FormCatalog catalog) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE forms (form VARCHAR, cond VARCHAR, external BOOLEAN)");
            s.execute("CREATE OR REPLACE TABLE questions (form VARCHAR, qid VARCHAR, type VARCHAR, role VARCHAR, code VARCHAR,"
                    + " lo BIGINT, hi BIGINT, dk BOOLEAN, sat_from BIGINT, dis_to BIGINT, multiple BOOLEAN, max_length BIGINT)");
            s.execute("CREATE OR REPLACE TABLE options (form VARCHAR, qid VARCHAR, value VARCHAR)");
            s.execute("CREATE OR REPLACE TABLE pcode (form VARCHAR, code VARCHAR)");
        }
        try (PreparedStatement f = duck.prepareStatement("INSERT INTO forms VALUES (?, ?, ?)");
             PreparedStatement q = duck.prepareStatement("INSERT INTO questions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement o = duck.prepareStatement("INSERT INTO options VALUES (?, ?, ?)");
             PreparedStatement p = duck.prepareStatement("INSERT INTO pcode VALUES (?, ?)")) {
            for (String id : FormCatalog.STANDARD_IDS) {
                Form form = catalog.find(id, "1").orElseThrow();
                ScaleQuestion overall = form.overall().orElseThrow();
                Condition c = overall.visibleIf().orElse(null);
                String cond = null;
                if (c instanceof Condition.Equals e && e.value().equals(AnswerValue.of("yes"))) {
                    cond = e.question();
                } else if (c != null) {
                    throw new IllegalStateException("the SQL knows only an overall visible if a question is yes: " + c);
                }
                f.setString(1, id);
                f.setString(2, cond);
                f.setBoolean(3, id.startsWith("EXT-"));
                f.addBatch();
                java.util.Set<String> codes = new java.util.TreeSet<>();
                for (Question question : form.questions()) {
                    String role = question == overall ? "overall"
                            : question.role() == QuestionRole.ASPECT && question.aspect().isPresent() ? "aspect"
                            : question.role() == QuestionRole.PROBLEM && question instanceof ChoiceQuestion ? "problem" : "other";
                    q.setString(1, id);
                    q.setString(2, question.id());
                    q.setString(3, question.type().name());
                    q.setString(4, role);
                    q.setString(5, role.equals("aspect") ? question.aspect().orElseThrow() : null);
                    if (question instanceof ScaleQuestion sq) {
                        q.setLong(6, sq.min());
                        q.setLong(7, sq.max());
                        q.setBoolean(8, sq.dontKnow());
                        q.setLong(9, sq.satisfiedFrom());
                        q.setLong(10, sq.dissatisfiedTo());
                    } else {
                        for (int i = 6; i <= 10; i++) {
                            q.setObject(i, null);
                        }
                    }
                    q.setBoolean(11, question instanceof ChoiceQuestion cq && cq.multiple());
                    if (question instanceof TextQuestion tq && tq.maxLength().isPresent()) {
                        q.setLong(12, tq.maxLength().getAsInt());
                    } else {
                        q.setObject(12, null);
                    }
                    q.addBatch();
                    if (question instanceof ChoiceQuestion cq) {
                        for (Option opt : cq.options()) {
                            o.setString(1, id);
                            o.setString(2, question.id());
                            o.setString(3, opt.value());
                            o.addBatch();
                            if (role.equals("problem")) {
                                codes.add(opt.value());
                            }
                        }
                    }
                }
                for (String code : codes) {
                    p.setString(1, id);
                    p.setString(2, code);
                    p.addBatch();
                }
            }
            f.executeBatch();
            q.executeBatch();
            o.executeBatch();
            p.executeBatch();
        }
    }

    /** Every figure, nothing checked: the file's lines as they are. */
    public static String figures(Path file) {
        return "WITH r AS MATERIALIZED (SELECT row_number() OVER () AS rid, coalesce(process, 'UNSPECIFIED') AS p, channel AS c,"
                + " form AS f, formVersion AS v, answers AS a FROM " + source(file, false) + " WHERE " + period("submittedAt") + ")" + FIGURES;
    }

    /**
     * Every figure over the lines that pass the checks SQL can express; a first row of kind
     * {@code rejected} counts the others.
     */
    public static String checkedFigures(Path file) {
        String channels = Arrays.stream(Channel.values()).map(x -> "'" + x.name() + "'").collect(Collectors.joining(", "));
        String kinds = Arrays.stream(ClientKind.values()).map(x -> "'" + x.name() + "'").collect(Collectors.joining(", "));
        String categories = Arrays.stream(ClientCategory.values()).map(x -> "('" + x.name() + "', '" + x.kind().name() + "')")
                .collect(Collectors.joining(", "));
        return "WITH raw AS MATERIALIZED (SELECT row_number() OVER () AS rid, *, TRY_CAST(submittedAt AS TIMESTAMPTZ) AS ts FROM "
                + source(file, true) + "),"
                // required fields and their types, enums, the client's category, a known form, the process of external forms
                + " head_bad AS (SELECT rid FROM raw LEFT JOIN forms fm ON fm.form = raw.form AND raw.formVersion = '1'"
                + " LEFT JOIN (VALUES " + categories + ") cat(category, kind) ON cat.category = raw.client.category"
                + " WHERE raw.id IS NULL OR raw.form IS NULL OR raw.formVersion IS NULL OR raw.formVersion = '' OR ts IS NULL"
                + " OR raw.agency IS NULL OR raw.channel IS NULL OR raw.channel NOT IN (" + channels + ")"
                + " OR raw.client.kind IS NULL OR raw.client.kind NOT IN (" + kinds + ")"
                + " OR (raw.client.category IS NOT NULL AND (cat.kind IS NULL OR cat.kind <> raw.client.kind))"
                + " OR fm.form IS NULL OR (fm.external AND raw.process IS NULL)),"
                // exact duplicate ids: every line after the first with its id
                + " dup_bad AS (SELECT rid FROM (SELECT rid, row_number() OVER (PARTITION BY id ORDER BY rid) AS k FROM raw) WHERE k > 1),"
                // every answer a question of its form, of its type and range
                + " kv0 AS MATERIALIZED (SELECT rid, form AS f, unnest(map_keys(answers)) AS k, unnest(map_values(answers)) AS val"
                + " FROM raw WHERE formVersion = '1'),"
                + " ans_bad AS (SELECT kv0.rid FROM kv0 LEFT JOIN questions q ON q.form = kv0.f AND q.qid = kv0.k"
                + " WHERE q.qid IS NULL OR NOT CASE q.type"
                + "  WHEN 'SCALE' THEN (json_type(val) IN ('BIGINT', 'UBIGINT') AND TRY_CAST(val AS BIGINT) BETWEEN q.lo AND q.hi)"
                + "   OR (q.dk AND val::VARCHAR = '\"dk\"')"
                + "  WHEN 'SINGLE' THEN json_type(val) = 'VARCHAR'"
                + "  WHEN 'MULTI' THEN json_type(val) = 'ARRAY' AND json_array_length(val) > 0"
                + "   AND list_bool_and(list_transform(json_extract(val, '$[*]'), x -> json_type(x) = 'VARCHAR'))"
                + "   AND len(list_distinct(json_extract_string(val, '$[*]'))) = json_array_length(val)"
                + "  WHEN 'BOOLEAN' THEN json_type(val) = 'BOOLEAN'"
                + "  WHEN 'TEXT' THEN json_type(val) = 'VARCHAR' AND (q.max_length IS NULL OR length(json_extract_string(val, '$')) <= q.max_length)"
                + "  ELSE json_type(val) IN ('BIGINT', 'UBIGINT', 'DOUBLE') END),"
                // every chosen value one of the question's options
                + " choice_bad AS (SELECT x.rid FROM (SELECT kv0.rid, kv0.f, kv0.k, unnest(CASE WHEN json_type(val) = 'ARRAY'"
                + " THEN json_extract_string(val, '$[*]') ELSE [json_extract_string(val, '$')] END) AS value"
                + " FROM kv0 JOIN questions q ON q.form = kv0.f AND q.qid = kv0.k AND q.type IN ('SINGLE', 'MULTI')) x"
                + " ANTI JOIN options o ON o.form = x.f AND o.qid = x.k AND o.value = x.value),"
                + " bad AS (SELECT rid FROM head_bad UNION SELECT rid FROM dup_bad UNION SELECT rid FROM ans_bad"
                + " UNION SELECT rid FROM choice_bad),"
                + " r AS MATERIALIZED (SELECT rid, coalesce(process, 'UNSPECIFIED') AS p, channel AS c, form AS f, formVersion AS v,"
                + " answers AS a FROM raw ANTI JOIN bad USING (rid) WHERE " + period("ts") + ")"
                + FIGURES + " UNION ALL SELECT 'rejected', NULL, NULL, NULL, count(*), 0, 0, 0, 0, 0 FROM bad";
    }

    private static String source(Path file, boolean everything) {
        String path = file.toAbsolutePath().toString().replace("'", "''");
        String columns = everything
                ? "id: 'VARCHAR', form: 'VARCHAR', formVersion: 'VARCHAR', submittedAt: 'VARCHAR', agency: 'VARCHAR',"
                + " process: 'VARCHAR', channel: 'VARCHAR', client: 'STRUCT(kind VARCHAR, category VARCHAR)', answers: 'MAP(VARCHAR, JSON)'"
                : "form: 'VARCHAR', formVersion: 'VARCHAR', submittedAt: 'TIMESTAMPTZ', process: 'VARCHAR', channel: 'VARCHAR',"
                + " answers: 'MAP(VARCHAR, JSON)'";
        return "read_json('" + path + "', format='newline_delimited', columns={" + columns + "})";
    }

    /** {@code at} within the reporting period: its local days in the reporting zone, as instants. */
    private static String period(String at) {
        ZoneId zone = BenchData.ZONE;
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
        return at + " >= TIMESTAMPTZ '" + f.format(BenchData.PERIOD.from().atStartOfDay(zone)) + "'"
                + " AND " + at + " < TIMESTAMPTZ '" + f.format(BenchData.PERIOD.to().plusDays(1).atStartOfDay(zone)) + "'";
    }

    // r(rid, p, c, f, v, a) → kind, p, c, code, six numbers
    private static final String FIGURES = ","
            + " kv AS MATERIALIZED (SELECT rid, p, c, f, unnest(map_keys(a)) AS k, unnest(map_values(a)) AS val FROM r WHERE v = '1'),"
            + " sc AS (SELECT kv.p, kv.c, q.role, q.code, TRY_CAST(kv.val AS BIGINT) AS iv, kv.val::VARCHAR = '\"dk\"' AS dk,"
            + " q.sat_from, q.dis_to FROM kv JOIN questions q ON q.form = kv.f AND q.qid = kv.k AND q.role IN ('overall', 'aspect')),"
            + " ch AS (SELECT DISTINCT kv.rid, kv.p, kv.c, unnest(CASE WHEN json_type(kv.val) = 'ARRAY'"
            + " THEN json_extract_string(kv.val, '$[*]') ELSE [json_extract_string(kv.val, '$')] END) AS code"
            + " FROM kv JOIN questions q ON q.form = kv.f AND q.qid = kv.k AND q.role = 'problem'),"
            + " vis AS (SELECT r.p, r.c, r.f FROM r JOIN forms fm ON fm.form = r.f"
            + " WHERE r.v = '1' AND (fm.cond IS NULL OR map_extract_value(r.a, fm.cond)::VARCHAR = '\"yes\"'))"
            + " SELECT 'group' AS kind, p, c, NULL AS code, count(*) AS x1, 0 AS x2, 0 AS x3, 0 AS x4, 0 AS x5, 0 AS x6 FROM r GROUP BY p, c"
            + " UNION ALL SELECT role, p, c, code, count(iv), count_if(dk), count_if(iv >= sat_from), count_if(iv > dis_to AND iv < sat_from),"
            + " count_if(iv <= dis_to), coalesce(sum(iv), 0) FROM sc GROUP BY role, p, c, code"
            + " UNION ALL SELECT 'problem', x.p, x.c, x.code, x.n, b.base, 0, 0, 0, 0"
            + " FROM (SELECT p, c, code, count(*) AS n FROM ch GROUP BY p, c, code) x"
            + " JOIN (SELECT vis.p, vis.c, pc.code, count(*) AS base FROM vis JOIN pcode pc ON pc.form = vis.f GROUP BY vis.p, vis.c, pc.code) b"
            + " ON b.p = x.p AND b.c = x.c AND b.code = x.code";

    /** The result of {@link #figures} or {@link #checkedFigures} in {@link AllFiguresLoop#of}'s text form. */
    public static Result run(Connection duck, String sql) throws SQLException {
        Map<String, long[]> overall = new HashMap<>();
        Map<String, Long> responses = new HashMap<>();
        Map<String, Map<String, String>> aspects = new HashMap<>();
        Map<String, Map<String, String>> problems = new HashMap<>();
        long rejected = 0;
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String kind = rs.getString(1);
                if (kind.equals("rejected")) {
                    rejected = rs.getLong(5);
                    continue;
                }
                String key = Overall.key(rs.getString(2), rs.getString(3));
                long[] x = new long[6];
                for (int i = 0; i < 6; i++) {
                    x[i] = rs.getLong(5 + i);
                }
                switch (kind) {
                    case "group" -> responses.put(key, x[0]);
                    case "overall" -> overall.put(key, x);
                    case "aspect" -> {
                        if (x[0] + x[1] > 0) {
                            aspects.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getString(4), scale(x));
                        }
                    }
                    case "problem" -> problems.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getString(4), x[0] + "/" + x[1]);
                    default -> throw new IllegalStateException("unknown row kind " + kind);
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        responses.forEach((key, n) -> out.put(key, n + " overall " + scale(overall.getOrDefault(key, new long[6]))
                + " aspects " + aspects.getOrDefault(key, Map.of()) + " problems " + problems.getOrDefault(key, Map.of())));
        return new Result(out, rejected);
    }

    private static String scale(long[] x) {
        return "[" + x[0] + " " + x[1] + " " + x[2] + " " + x[3] + " " + x[4] + " " + x[5] + "]";
    }

    /**
     * What a DuckDB query gives.
     *
     * @param figures every figure per group, in {@link AllFiguresLoop#of}'s text form
     * @param rejected lines the checks dropped (0 when nothing is checked)
     */
    public record Result(Map<String, String> figures, long rejected) {
    }
}
