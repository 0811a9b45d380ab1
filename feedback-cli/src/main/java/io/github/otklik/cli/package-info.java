/** The {@code otklik} command line: commands, options and exit codes of {@code spec/cli.md}. */
package io.github.otklik.cli;
