package io.github.otklik.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code otklik generate} writes the same bytes for the same seed across releases: these are the
 * SHA-256 sums of the files 0.1.0 wrote (before the generators moved to {@code feedback-synthetic}).
 */
class GenerateGoldenTest {
    @ParameterizedTest
    @CsvSource({
        "1, responses.jsonl, bf887d1e8fc40d9209823f23b81088a80d0a2c4ab654fe2c86f5bb6485a1db88",
        "1, appeals.csv, f492e318f93ad31a5982ae67bd1fb1592ecf6a7697c59f2f294ec61ad6c4b49f",
        "1, processes.csv, 4b139120e26b8ce6e41c92a463e3f281aa30fdb175409b6b7c9d7904f7358cea",
        "1, registry.json, d955c0b2030176489c7ba680d9181ecfa14d432f434f9c67251511a0aa0a682c",
        "42, responses.jsonl, 7c16f7ae3d1c4ce4af10fac78807a65f5bb8e39a2cca1ec8dc27af545a3cdf78",
        "42, appeals.csv, 04662bb88f8cdfe0bb15c38fe727d7b633aabbbf661f7db5a220a9dc73e2e9f5",
        "42, processes.csv, 3987c9e167dab2e00de8c574218abddd46e8c0131c688bd5c618a8c73382540f",
    })
    void defaultCountsGiveThePinnedFiles(long seed, String file, String sha256, @TempDir Path dir) throws Exception {
        assertThat(CliRun.of("generate", "--out", dir.toString(), "--seed", Long.toString(seed)).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(dir.resolve(file));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(sha256);
    }
}
