package io.github.otklik.cli;

import picocli.CommandLine.Command;

/** {@code otklik text}: analyses of the free text of comments and appeals ({@code docs/text.md}). */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Free text of survey comments and appeal texts: phrases of dissatisfied clients, themes.",
        subcommands = {TextPhrasesCommand.class})
final class TextCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
