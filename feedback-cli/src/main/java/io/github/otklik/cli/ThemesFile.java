package io.github.otklik.cli;

import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.text.Language;
import io.github.otklik.text.theme.ThemeCatalog;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --themes FILE} of {@code painmap}, {@code report} and {@code text phrases}: an
 * {@code otklik-text-themes/1} file (formats §7) that extends the standard catalogue of its language.
 * An unreadable or invalid file is a usage error (exit 2) that names the file and each problem with
 * its JSON path.
 */
final class ThemesFile {
    private ThemesFile() {
    }

    /**
     * The agency's own themes.
     *
     * @param file the {@code --themes} file
     * @return its catalogue
     * @throws UsageException when the file cannot be read or is invalid
     */
    static ThemeCatalog load(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException("cannot read themes file " + file + ": no such file or not readable");
        }
        try {
            return ThemeCatalog.load(file);
        } catch (InputFileException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The catalogue a run counts: the standard one of the file's language extended by the file, or
     * the standard Russian one without a file.
     *
     * @param file the {@code --themes} file, or null
     * @return the catalogue
     * @throws UsageException when the file cannot be read or is invalid
     */
    static ThemeCatalog catalog(Path file) {
        if (file == null) {
            return ThemeCatalog.standard();
        }
        ThemeCatalog own = load(file);
        return ThemeCatalog.standard(own.language()).extendedWith(own);
    }

    /**
     * The catalogue a run over texts in {@code language} counts: the standard one extended by the
     * agency's themes, when given.
     *
     * @param own the agency's themes ({@link #load}), or null
     * @param language the texts' language
     * @param file where {@code own} was read from, for the message
     * @return the catalogue
     * @throws UsageException when {@code own} is in another language
     */
    static ThemeCatalog catalog(ThemeCatalog own, Language language, Path file) {
        if (own == null) {
            return ThemeCatalog.standard(language);
        }
        if (own.language() != language) {
            throw new UsageException("themes file " + file + " is in \"" + own.language().code() + "\", the texts are in \""
                    + language.code() + "\" (--lang)");
        }
        return ThemeCatalog.standard(language).extendedWith(own);
    }
}
