package io.github.otklik.core.config;

import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a whole document: what is refused before any reader runs, and how problems are gathered and reported. */
class JsonConfigTest {
    private static final Function<ConfigValue, ConfigValue> ANY = v -> v;

    private static String problemsOf(String json, Function<ConfigValue, ?> reader) {
        try {
            JsonConfig.parse(json, "test file", "t.json", reader);
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith("invalid test file t.json: ").doesNotContain("\n");
            assertThat(e.what()).isEqualTo("test file");
            assertThat(e.origin()).isEqualTo("t.json");
            return e.getMessage().substring("invalid test file t.json: ".length());
        }
        throw new AssertionError("no problem found in " + json);
    }

    // ------------------------------------------------------------------------------ the document

    @Test
    void theJavadocExampleReportsTheEntryAndTheField() {
        String json = "[{\"id\": \"a\", \"name\": {\"ru\": \"А\"}}, {\"id\": \"b\", \"name\": {\"ru\": \"Б\"}, \"annualVolume\": 10},"
                + " {\"id\": \"c\", \"name\": {\"ru\": \"В\"}}, {\"id\": \"d\", \"name\": {\"ru\": \"Г\"}, \"annualVolume\": -5}]";
        Function<ConfigValue, List<Process>> reader = root -> root.asArray().map(entry -> {
            ConfigObject o = entry.asObject("id", "name", "annualVolume");
            Process.Builder b = Process.builder(o.required("id").asIdentifier("process id"), o.required("name").asLocalizedText(),
                    ProcessType.SERVICE);
            o.optional("annualVolume").ifPresent(v -> b.annualVolume(v.asNonNegativeLong()));
            return b.build();
        });
        assertThat(problemsOf(json, reader)).isEqualTo("[3].annualVolume: must be a non-negative integer, found -5");
        List<Process> good = JsonConfig.parse(json.replace("-5", "5"), "registry", "registry.json", reader);
        assertThat(good).extracting(Process::id).containsExactly("a", "b", "c", "d");
        assertThat(good.get(1).annualVolume().getAsLong()).isEqualTo(10);
    }

    @Test
    void aDocumentIsOneJsonValueWithNothingAfterIt() {
        assertThat(problemsOf("", ANY)).isEqualTo("the file is empty");
        assertThat(problemsOf(" \n\t", ANY)).isEqualTo("the file is empty");
        assertThat(problemsOf("{} {}", ANY)).isEqualTo("unexpected content after the JSON value (line 1, column 4)");
        assertThat(problemsOf("[]\n]", ANY)).startsWith("unexpected content after the JSON value (line 2, column 1)");
        assertThat(problemsOf("{} x", ANY)).startsWith("unexpected content after the JSON value (line 1, column 4)");
        assertThat(JsonConfig.parse(" {} \n", "f", "o", ANY).kind()).isEqualTo(ConfigKind.OBJECT);
    }

    @Test
    void syntaxErrorsNameTheInnermostValueAndTheLocation() {
        assertThat(problemsOf("[{\"a\": 1,", ANY)).startsWith("[0]: Unexpected end-of-input").endsWith("(line 1, column 10)");
        assertThat(problemsOf("{\"a\": {\"b\": tru}}", ANY)).startsWith("a.b: Unrecognized token 'tru'");
        assertThat(problemsOf("{\"a\": 1, /* no */ \"b\": 2}", ANY)).startsWith("Unexpected character ('/'").endsWith("(line 1, column 10)");
        assertThat(problemsOf("{\"a\": {\"b\": 1, \"c\": [1, {\"d\": nul}]}}", ANY)).startsWith("a.c[1].d: Unrecognized token 'nul'");
        assertThat(problemsOf("{'a': 1}", ANY)).startsWith("Unexpected character (''' (code 39))");
        assertThat(problemsOf("[NaN]", ANY)).startsWith("[0]: Non-standard token 'NaN'");
        assertThat(problemsOf("[1 2]", ANY)).startsWith("[1]: Unexpected character ('2'");
        assertThat(problemsOf("{\"a\": [1], \"b\" 2}", ANY)).startsWith("b: Unexpected character ('2'");
    }

    @Test
    void everyRepeatedKeyIsReportedWithItsPathBeforeAnyReaderRuns() {
        List<String> read = new ArrayList<>();
        String problems = problemsOf("{\"a\": 1, \"b\": {\"c\": [{\"d\": 1, \"d\": 2, \"d\": 3}]},\n \"a\": 2}", v -> read.add("ran"));
        assertThat(problems).isEqualTo("b.c[0].d: repeated key (line 1, column 31); b.c[0].d: repeated key (line 1, column 39); "
                + "a: repeated key (line 2, column 2)");
        assertThat(read).isEmpty();
        assertThat(problemsOf("{\"x\": {\"a\": 1}, \"y\": {\"a\": 1}}", v -> v.asObject("z"))).doesNotContain("repeated");
    }

    @Test
    void bytesMustBeStrictUtf8AndALeadingBomIsDropped(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        assertThatThrownBy(() -> JsonConfig.read(latin1, "catalogue", ANY)).isInstanceOf(ConfigException.class)
                .hasMessage("invalid catalogue " + latin1 + ": not valid UTF-8");
        Path bom = dir.resolve("bom.json");
        Files.writeString(bom, "\uFEFF{\"ключ\": \"значение\"}", StandardCharsets.UTF_8);
        String value = JsonConfig.read(bom, "catalogue", v -> v.asMap().required("ключ").asString());
        assertThat(value).isEqualTo("значение");
        byte[] bytes = "[\"а\"]".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonConfig.read(new ByteArrayInputStream(bytes), "list", "upload", ConfigValue::asStrings)).containsExactly("а");
    }

    @Test
    void aFileThatCannotBeReadIsNamedButIsNoConfigProblem(@TempDir Path dir) {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> JsonConfig.read(missing, "rule set", ANY)).isExactlyInstanceOf(InputFileException.class)
                .hasMessage("cannot read rule set " + missing + ": no such file");
        assertThatThrownBy(() -> JsonConfig.read(dir, "rule set", ANY)).isExactlyInstanceOf(InputFileException.class)
                .hasMessageStartingWith("cannot read rule set " + dir + ": ");
    }

    // ------------------------------------------------------------------------------ gathering problems

    @Test
    void everyElementAndEveryMemberIsReadInIsolation() {
        Function<ConfigValue, Object> reader = root -> {
            ConfigObject o = root.asObject("list", "map");
            List<Long> list = o.required("list").asArray().map(ConfigValue::asNonNegativeLong);
            Map<String, String> map = new LinkedHashMap<>();
            o.required("map").asMap().forEach((code, v) -> map.put(code, v.asCode("code")));
            return List.of(list, map);
        };
        assertThat(problemsOf("{\"list\": [1, -2, \"3\", 4, 5.0], \"map\": {\"a\": \"x\", \"b\": \"y.z\", \"c\": 3}, \"extra\": 1}", reader))
                .isEqualTo("extra: unknown field (expected list, map); list[1]: must be a non-negative integer, found -2; "
                        + "list[2]: must be a non-negative integer, found a string; list[4]: must be a non-negative integer, found 5.0; "
                        + "map.b: not a valid code: \"y.z\"; map.c: must be a string, found a number");
        assertThat(JsonConfig.parse("{\"list\": [1, 4], \"map\": {\"a\": \"x\"}}", "f", "o", reader))
                .isEqualTo(List.of(List.of(1L, 4L), Map.of("a", "x")));
    }

    @Test
    void attemptsLetAReaderReportEverySectionAndAbandonTheWhole() {
        Function<ConfigValue, String> reader = root -> {
            ConfigObject o = root.asObject("a", "b", "c");
            var a = o.attempt("a", ConfigValue::asString);
            var b = o.attempt("b", ConfigValue::asString);
            var c = o.attempt("c", ConfigValue::asString);
            if (a.isEmpty() || b.isEmpty() || c.isEmpty()) {
                throw root.abandon();
            }
            return a.get() + b.get() + c.get();
        };
        assertThat(problemsOf("{\"a\": 1, \"c\": []}", reader))
                .isEqualTo("a: must be a string, found a number; b: required field is missing; c: must be a string, found an array");
        assertThat(JsonConfig.parse("{\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}", "f", "o", reader)).isEqualTo("xyz");
        assertThat(problemsOf("{}", root -> { throw root.abandon(); })).isEqualTo("cannot be read");
    }

    @Test
    void aDomainRefusalIsReportedAtThePathOfTheValueBeingRead() {
        Function<ConfigValue, List<Process>> reader = root -> root.asArray().map(e -> Process.builder(e.asString(),
                io.github.otklik.core.text.LocalizedText.of("x"), ProcessType.SERVICE).build());
        assertThat(problemsOf("[\"ok\", \"not ok\"]", reader)).isEqualTo("[1]: process id is not a valid identifier: \"not ok\"");
        assertThat(problemsOf("1", v -> { throw new IllegalArgumentException("first line\nsecond line"); })).isEqualTo("first line");
    }

    @Test
    void reportedProblemsInvalidateADocumentEvenWhenTheReaderFinishes() {
        assertThat(problemsOf("[1, 1]", root -> {
            root.asArray().values().get(1).report("repeats [0]");
            return root;
        })).isEqualTo("[1]: repeats [0]");
    }

    @Test
    void theMessageShowsTwentyProblemsAndCountsTheRest() {
        ConfigException e = catchConfig(strings(23), root -> root.asArray().map(ConfigValue::asLong));
        assertThat(e.problems()).hasSize(23).first().isEqualTo(new Violation("[0]", "must be an integer, found a string"));
        assertThat(e.getMessage()).contains("; [19]: must be an integer, found a string; and 3 more problems").doesNotContain("[20]");
        assertThat(catchConfig(strings(21), root -> root.asArray().map(ConfigValue::asLong)).getMessage()).endsWith("; and 1 more problem");
        assertThat(catchConfig(strings(20), root -> root.asArray().map(ConfigValue::asLong)).getMessage()).endsWith("[19]: must be an integer, found a string");
        assertThatThrownBy(() -> new ConfigException("f", "o", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** An array of {@code n} strings. */
    private static String strings(int n) {
        return "[" + String.join(",", java.util.Collections.nCopies(n, "\"x\"")) + "]";
    }

    private static ConfigException catchConfig(String json, Function<ConfigValue, ?> reader) {
        try {
            JsonConfig.parse(json, "f", "o", reader);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("no problem");
    }
}
