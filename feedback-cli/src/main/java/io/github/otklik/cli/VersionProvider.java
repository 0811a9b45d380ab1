package io.github.otklik.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the project version recorded at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/otklik-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"otklik " + p.getProperty("version", "unknown")};
    }
}
