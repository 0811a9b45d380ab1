package io.github.otklik.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.process.Process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads a process registry ({@code spec/painmap.md}); an unreadable or invalid file is a usage error. */
final class Registry {
    private Registry() {
    }

    static List<Process> read(Path file) {
        if (file == null) {
            return List.of();
        }
        try {
            return OtklikJson.mapper().readValue(file.toFile(), new TypeReference<List<Process>>() { });
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new UsageException("invalid registry " + file + ": " + message);
        }
    }
}
