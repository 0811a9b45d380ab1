package io.github.otklik.cli;

import picocli.CommandLine.Command;

/** {@code otklik forms}: list and export questionnaire templates, import clients' survey results. */
@Command(name = "forms", mixinStandardHelpOptions = true,
        description = "Lists and exports questionnaire templates (the standard forms and an agency's own) and imports the results of clients' surveys.",
        subcommands = {FormsListCommand.class, FormsExportCommand.class, FormsImportCommand.class})
final class FormsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
