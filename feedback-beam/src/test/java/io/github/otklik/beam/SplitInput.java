package io.github.otklik.beam;

import io.github.otklik.core.io.Reject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One input file written twice: whole (for {@code MetricsEngine}) and split into parts of
 * consecutive records, each with the header (for the pipeline). Knows where each physical line of
 * the whole file lands in the parts, so a reject of the whole file can be translated into the
 * reject the pipeline must give.
 */
final class SplitInput {
    final Path whole;
    final List<Path> parts = new ArrayList<>();
    /** Line of the whole file where a record starts → (part file name, line in the part). */
    private final Map<Long, Object[]> where = new HashMap<>();

    /**
     * Writes {@code records} (each ending with a newline, possibly holding more) to
     * {@code dir/whole/NAME.EXT} and to {@code count} parts {@code dir/parts/NAME-NN.EXT}.
     *
     * @param header the header line with its newline, or null
     */
    SplitInput(Path dir, String name, String ext, String header, List<String> records, int count) {
        try {
            Files.createDirectories(dir.resolve("whole"));
            Files.createDirectories(dir.resolve("parts"));
            whole = dir.resolve("whole").resolve(name + "." + ext);
            StringBuilder all = new StringBuilder(header == null ? "" : header);
            long line = header == null ? 1 : 2;
            int per = (records.size() + count - 1) / count;
            for (int p = 0; p < count; p++) {
                String partName = String.format("%s-%02d.%s", name, p, ext);
                StringBuilder part = new StringBuilder(header == null ? "" : header);
                long partLine = header == null ? 1 : 2;
                for (String r : records.subList(Math.min(records.size(), p * per), Math.min(records.size(), (p + 1) * per))) {
                    where.put(line, new Object[] {partName, partLine});
                    all.append(r);
                    part.append(r);
                    long lines = r.chars().filter(c -> c == '\n').count();
                    line += lines;
                    partLine += lines;
                }
                Path file = dir.resolve("parts").resolve(partName);
                Files.writeString(file, part, StandardCharsets.UTF_8);
                parts.add(file);
            }
            Files.writeString(whole, all, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file pattern of the parts. */
    String pattern() {
        return parts.get(0).getParent().resolve(whole.getFileName().toString().replaceFirst("\\.(\\w+)$", "-*.$1")).toString();
    }

    /** The reject the pipeline must give for {@code r}, a reject of the whole file. */
    Reject inParts(Reject r) {
        Object[] w = where.get(r.line());
        if (w == null) {
            throw new AssertionError("no record starts at line " + r.line() + " of " + whole);
        }
        return Reject.of((String) w[0], (Long) w[1], r.id().orElse(null), r.field().orElse(null), r.reason());
    }
}
