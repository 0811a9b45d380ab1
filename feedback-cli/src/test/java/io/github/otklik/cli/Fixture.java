package io.github.otklik.cli;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Paths of the CLI test fixtures (src/test/resources/fixtures). */
final class Fixture {
    private Fixture() {
    }

    static String path(String name) {
        try {
            return Paths.get(Fixture.class.getResource("/fixtures/" + name).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path dir() {
        return Path.of(path("forms")).getParent();
    }
}
