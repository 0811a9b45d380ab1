package io.github.otklik.beam;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Accepted records of the generated inputs, in memory, for unit tests. */
final class Records {
    private Records() {
    }

    static List<SurveyResponse> responses(int n, FormCatalog catalog) {
        return read(String.join("", TestData.responses(n)), (in, h) ->
                ResponseJsonlReader.builder().check(new ResponseValidator(catalog)).build().read(in, "r.jsonl", h));
    }

    static List<Appeal> appeals(int n) {
        return read(TestData.APPEALS_HEADER + String.join("", TestData.appeals(n)), (in, h) -> AppealCsvReader.builder().build().read(in, "a.csv", h));
    }

    static List<ProcessInstance> processes(int n) {
        return read(TestData.PROCESSES_HEADER + String.join("", TestData.processes(n)),
                (in, h) -> ProcessInstanceCsvReader.builder().build().read(in, "p.csv", h));
    }

    interface Reader<T> {
        void read(ByteArrayInputStream in, RecordHandler<T> handler);
    }

    static <T> List<T> read(String text, Reader<T> reader) {
        List<T> out = new ArrayList<>();
        reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new RecordHandler<T>() {
            @Override
            public void accept(T record, long line) {
                out.add(record);
            }

            @Override
            public void reject(Reject reject) {
            }
        });
        return out;
    }
}
