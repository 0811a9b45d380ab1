package io.github.otklik.cli;

import io.github.otklik.core.io.InputFileException;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.RuleSetChecker;
import io.github.otklik.painmap.rules.RuleSetJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code otklik rules check FILE}: whether a pain-map rule set is total and monotone. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Pain-map rule sets.", subcommands = {RulesCommand.Check.class})
final class RulesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code otklik rules check FILE}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Loads a rule set (otklik-painmap-rules/1) and reports whether it is total and monotone; exit 2 when it is not.")
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The rule set JSON.")
        Path file;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RuleSet rules;
            try {
                rules = RuleSetJson.read(file);
            } catch (InputFileException e) {
                throw new UsageException(e.getMessage());
            }
            List<String> problems = RuleSetChecker.check(rules);
            PrintWriter out = spec.commandLine().getOut();
            if (problems.isEmpty()) {
                out.println("rule set \"" + rules.name() + "\" is total and monotone");
                out.flush();
                return Otklik.OK;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("otklik: rule set \"" + rules.name() + "\" in " + file + " is invalid:");
            problems.forEach(p -> err.println("  " + p));
            err.flush();
            return Otklik.USAGE;
        }
    }
}
