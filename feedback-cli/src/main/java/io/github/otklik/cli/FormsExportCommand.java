package io.github.otklik.cli;

import io.github.otklik.core.text.Language;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.json.FormJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code otklik forms export ID --format otklik|json-schema|surveyjs|html}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a template as canonical otklik-form/1 JSON, as the JSON Schema of its responses, "
                + "as a SurveyJS survey or as printable HTML for paper collection.")
final class FormsExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "Form id, e.g. EXT-1.")
    String id;

    @Option(names = "--form-version", paramLabel = "V", description = "Form version (default: the latest loaded).")
    String version;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "otklik, json-schema, surveyjs or html.")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "ru", description = "Language of the html export: ru or en (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    java.nio.file.Path output;

    @Mixin
    FormsOption forms;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Cli.lang(lang);
        FormCatalog catalog = forms.catalog();
        List<String> versions = catalog.versions(id);
        if (versions.isEmpty()) {
            throw new UsageException("unknown form \"" + id + "\" (see otklik forms list)");
        }
        String v = version != null ? version : versions.get(versions.size() - 1);
        Form form = catalog.find(id, v).orElseThrow(() -> new UsageException("form " + id + " has no version \"" + v
                + "\" (known: " + String.join(", ", versions) + ")"));
        String text = switch (format) {
            case "otklik" -> new FormJson().write(form);
            case "json-schema" -> new io.github.otklik.forms.export.schema.JsonSchemaExporter().export(form);
            case "surveyjs" -> new io.github.otklik.forms.export.surveyjs.SurveyJsExporter().export(form);
            case "html" -> new io.github.otklik.forms.export.html.HtmlFormExporter().export(form, lang);
            default -> throw new UsageException("unknown format \"" + format + "\" (expected otklik, json-schema, surveyjs or html)");
        };
        Cli.write(spec.commandLine().getOut(), output, text);
        return Otklik.OK;
    }
}
