package io.github.otklik.cli;

import picocli.CommandLine.Command;

/** {@code otklik store}: keeps feedback in a database. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Keeps responses, appeals and process instances in a database.",
        subcommands = {StoreImportCommand.class})
final class StoreCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
