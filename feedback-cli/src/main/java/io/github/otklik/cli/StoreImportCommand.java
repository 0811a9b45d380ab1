package io.github.otklik.cli;

import io.github.otklik.forms.FormCatalog;
import io.github.otklik.jdbc.FeedbackStore;
import io.github.otklik.jdbc.ImportResult;
import io.github.otklik.jdbc.RecordKind;
import io.github.otklik.jdbc.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code otklik store import}: stores records in a database, idempotently by record id. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Stores records in a database (H2 or PostgreSQL JDBC URL); idempotent by record id; prints \"stored N, unchanged U, rejected M\".")
final class StoreImportCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "URL", description = "JDBC URL, e.g. jdbc:h2:file:./otklik-db")
    String db;

    @Option(names = "--responses", paramLabel = "FILE", description = "Survey responses (JSON Lines).")
    Path responses;

    @Option(names = "--appeals", paramLabel = "FILE", description = "Appeals (CSV).")
    Path appeals;

    @Option(names = "--processes", paramLabel = "FILE", description = "Process instances (CSV).")
    Path processes;

    @Mixin
    FormsOption forms;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write every rejected record to FILE (JSON Lines).")
    Path rejects;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path p : new Path[] {responses, appeals, processes}) {
            if (p != null && !Files.isReadable(p)) {
                throw new UsageException("cannot read " + p + ": no such file or not readable");
            }
        }
        FormCatalog catalog = forms.catalog();
        FeedbackStore store;
        try {
            store = FeedbackStore.open(db);
        } catch (RuntimeException e) {
            // the store's message names the URL without its password, and the database's reason
            throw new UsageException(e instanceof StoreException ? e.getMessage() : "cannot open the store: " + e.getMessage());
        }
        try (store; RejectSink sink = new RejectSink(rejects)) {
            catalog.forms().stream().filter(f -> !catalog.isStandard(f)).forEach(store::saveForm);
            ImportResult total = ImportResult.NONE;
            if (responses != null) {
                total = total.plus(DataInputs.guarded(() -> store.importFile(RecordKind.RESPONSES, responses, sink)));
            }
            if (appeals != null) {
                total = total.plus(DataInputs.guarded(() -> store.importFile(RecordKind.APPEALS, appeals, sink)));
            }
            if (processes != null) {
                total = total.plus(DataInputs.guarded(() -> store.importFile(RecordKind.PROCESSES, processes, sink)));
            }
            spec.commandLine().getOut().println("stored " + total.stored() + ", unchanged " + total.unchanged() + ", rejected " + total.rejected());
            spec.commandLine().getOut().flush();
            sink.report(spec.commandLine().getErr());
            return total.rejected() > 0 ? Otklik.REJECTED : Otklik.OK;
        }
    }
}
