package io.github.otklik.test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.synthetic.DomainGenerators;
import io.github.otklik.test.RecordSourceContract.Bad;
import io.github.otklik.test.RecordSourceContract.Good;
import io.github.otklik.test.RecordSourceContract.Item;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Records and files for the {@link RecordSourceContract} tests of the readers: generated records,
 * written as the formats of {@code spec/formats.md} write them; a bad item is a record with the
 * bad id and an unknown channel.
 */
final class ContractFiles {
    static final DomainGenerators GENERATORS = DomainGenerators.forPeriod(ReportingPeriod.parse("2025-Q1"));
    private static final Form EXT_1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
    private static final ObjectMapper JSON = OtklikJson.mapper();

    private ContractFiles() {
    }

    static SurveyResponse response(int index) {
        return GENERATORS.response(EXT_1, new SplittableRandom(index));
    }

    /** An appeal; every third has its own words, some with quotes and line breaks inside the field. */
    static Appeal appeal(int index) {
        Appeal a = GENERATORS.appeal(new SplittableRandom(index));
        return switch (index % 3) {
            case 0 -> a.toBuilder().text("Очередь \"огромная\",\r\nокно одно (" + index + ")").build();
            case 1 -> a.toBuilder().text("one line " + index).build();
            default -> a;
        };
    }

    static ProcessInstance instance(int index) {
        return GENERATORS.processInstance(new SplittableRandom(index));
    }

    static Path jsonl(Path dir, List<Item<SurveyResponse>> items) {
        StringBuilder sb = new StringBuilder();
        for (Item<SurveyResponse> item : items) {
            try {
                if (item instanceof Good<SurveyResponse> good) {
                    sb.append(JSON.writeValueAsString(good.record()));
                } else {
                    ObjectNode bad = JSON.valueToTree(response(0));
                    bad.put("id", ((Bad<SurveyResponse>) item).id()).put("channel", "FAX");
                    sb.append(JSON.writeValueAsString(bad));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sb.append('\n');
        }
        return write(dir.resolve("responses.jsonl"), sb);
    }

    static Path appealsCsv(Path dir, List<Item<Appeal>> items) {
        StringBuilder sb = new StringBuilder("id,agency,process,channel,kind,topic,reason,registeredAt,answeredAt,dueDate,outcome,text\r\n");
        for (Item<Appeal> item : items) {
            Appeal a = item instanceof Good<Appeal> good ? good.record() : appeal(2);
            String id = item instanceof Bad<Appeal> bad ? bad.id() : a.id();
            sb.append(String.join(",", id, a.agency(), a.process().orElse(""), item instanceof Bad ? "FAX" : a.channel().name(),
                    a.kind().name(), a.topic().orElse(""), a.reason().orElse(""), a.registeredAt().toString(),
                    a.answeredAt().map(Object::toString).orElse(""), a.dueDate().map(Object::toString).orElse(""),
                    a.outcome().map(Enum::name).orElse(""), quoted(a.text().orElse("")))).append("\r\n");
        }
        return write(dir.resolve("appeals.csv"), sb);
    }

    static Path processesCsv(Path dir, List<Item<ProcessInstance>> items) {
        StringBuilder sb = new StringBuilder("id,agency,process,channel,startedAt,finishedAt,touches,outcome,negativeReason\n");
        for (Item<ProcessInstance> item : items) {
            ProcessInstance p = item instanceof Good<ProcessInstance> good ? good.record() : instance(0);
            String id = item instanceof Bad<ProcessInstance> bad ? bad.id() : p.id();
            sb.append(String.join(",", id, p.agency(), p.process(), item instanceof Bad ? "FAX" : p.channel().map(Enum::name).orElse(""),
                    p.startedAt().toString(), p.finishedAt().map(Object::toString).orElse(""),
                    p.touches().isPresent() ? Integer.toString(p.touches().getAsInt()) : "", p.outcome().map(Enum::name).orElse(""),
                    p.negativeReason().orElse(""))).append('\n');
        }
        return write(dir.resolve("processes.csv"), sb);
    }

    /** An RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    static String quoted(String value) {
        return value.matches("(?s).*[,\"\r\n].*") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static Path write(Path file, CharSequence text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
