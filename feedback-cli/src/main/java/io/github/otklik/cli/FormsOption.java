package io.github.otklik.cli;

import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.InvalidFormException;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --forms DIR} option: extra templates loaded beside the standard ones. */
final class FormsOption {
    @Option(names = "--forms", paramLabel = "DIR", description = "Directory of extra otklik-form/1 templates (*.json).")
    Path dir;

    /** The standard templates plus those of {@code --forms}; an invalid template is a usage error. */
    FormCatalog catalog() {
        FormCatalog.Builder b = FormCatalog.builder().standard();
        if (dir != null) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--forms " + dir + " is not a directory");
            }
            try {
                b.directory(dir);
            } catch (InvalidFormException e) {
                throw new UsageException(e.getMessage());
            } catch (UncheckedIOException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return b.build();
    }
}
