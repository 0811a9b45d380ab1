package io.github.otklik.cli;

import io.github.otklik.core.text.Language;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code otklik forms list [--json]}. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the standard and loaded templates: id, version, audience, process types, title.")
final class FormsListCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "ru", description = "Language of titles: ru or en (default ${DEFAULT-VALUE}).")
    String lang;

    @Mixin
    FormsOption forms;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Cli.lang(lang);
        FormCatalog catalog = forms.catalog();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Form f : catalog.forms()) {
                g.writeStartObject();
                g.writeStringField("id", f.id());
                g.writeStringField("version", f.version());
                g.writeStringField("audience", f.audience().name());
                g.writeArrayFieldStart("processTypes");
                for (ProcessType t : f.processTypes()) {
                    g.writeString(t.name());
                }
                g.writeEndArray();
                g.writeObjectFieldStart("title");
                g.writeStringField("ru", f.title().ru());
                if (f.title().en().isPresent()) {
                    g.writeStringField("en", f.title().en().get());
                }
                g.writeEndObject();
                g.writeBooleanField("standard", catalog.isStandard(f));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.flush();
            out.println();
        } else {
            out.printf("%-12s %-8s %-9s %-32s %s%n", "ID", "VERSION", "AUDIENCE", "PROCESS TYPES", "TITLE");
            for (Form f : catalog.forms()) {
                out.printf("%-12s %-8s %-9s %-32s %s%n", f.id(), f.version(), f.audience(),
                        f.processTypes().stream().map(Enum::name).collect(Collectors.joining(",")), f.title().in(lang));
            }
        }
        out.flush();
        return Otklik.OK;
    }
}
