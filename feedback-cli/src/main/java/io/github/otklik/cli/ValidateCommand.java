package io.github.otklik.cli;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.validation.ResponseValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code otklik validate RESPONSES.jsonl}: checks every response against its template. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks every response against its template and prints \"accepted N, rejected M\".")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESPONSES.jsonl", description = "Responses, one JSON object per line.")
    Path responses;

    @Mixin
    FormsOption forms;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write every rejected record to FILE (JSON Lines).")
    Path rejects;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isReadable(responses)) {
            throw new UsageException("cannot read " + responses + ": no such file or not readable");
        }
        ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(forms.catalog())).build();
        try (RejectSink sink = new RejectSink(rejects)) {
            ReadSummary s = DataInputs.guarded(() -> reader.read(responses, new RecordHandler<SurveyResponse>() {
                @Override
                public void accept(SurveyResponse record, long line) {
                }

                @Override
                public void reject(Reject reject) {
                    sink.accept(reject);
                }
            }));
            spec.commandLine().getOut().println("accepted " + s.accepted() + ", rejected " + s.rejected());
            spec.commandLine().getOut().flush();
            sink.report(spec.commandLine().getErr());
            return s.rejected() > 0 ? Otklik.REJECTED : Otklik.OK;
        }
    }
}
