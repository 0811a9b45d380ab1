package io.github.otklik.synthetic.agency;

import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDataTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /**
     * SHA-256 of what {@code otklik generate --seed 1} (the defaults: 1,000 of each, 2025-Q1, Europe/Moscow)
     * wrote before the generators moved here: the files must stay byte-identical.
     */
    @Test
    void otklikGenerateSeedOneIsPinned() throws IOException {
        assertThat(sha256(appeals(1 * 31 + 1, 1000))).isEqualTo("f492e318f93ad31a5982ae67bd1fb1592ecf6a7697c59f2f294ec61ad6c4b49f");
        assertThat(sha256(instances(1 * 31 + 2, 1000))).isEqualTo("4b139120e26b8ce6e41c92a463e3f281aa30fdb175409b6b7c9d7904f7358cea");
        StringWriter registry = new StringWriter();
        RegistryWriter.write(registry, SampleAgency.processes());
        assertThat(sha256(registry.toString())).isEqualTo("d955c0b2030176489c7ba680d9181ecfa14d432f434f9c67251511a0aa0a682c");
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        assertThat(appeals(7, 300)).isEqualTo(appeals(7, 300));
        assertThat(instances(7, 300)).isEqualTo(instances(7, 300));
        assertThat(appeals(8, 300)).isNotEqualTo(appeals(7, 300));
    }

    @Test
    void everyRecordIsReadWithoutRejects(@TempDir Path dir) throws IOException {
        Path appeals = dir.resolve("appeals.csv");
        Path instances = dir.resolve("processes.csv");
        Files.writeString(appeals, appeals(3, 2000), StandardCharsets.UTF_8);
        Files.writeString(instances, instances(3, 2000), StandardCharsets.UTF_8);
        ReadSummary a = AppealCsvReader.builder().build().read(appeals, failOnReject());
        ReadSummary p = ProcessInstanceCsvReader.builder().build().read(instances, failOnReject());
        assertThat(a.accepted()).isEqualTo(2000);
        assertThat(p.accepted()).isEqualTo(2000);
    }

    @Test
    void qualityShiftAndPrefixChangeTheRecords() throws IOException {
        StringWriter shifted = new StringWriter();
        new SyntheticData(5, Q1, MOSCOW, "q4-", Map.of("svc-housing", -0.3)).writeAppeals(shifted, 50);
        assertThat(shifted.toString().lines().skip(1)).allMatch(line -> line.startsWith("q4-a-"));
        assertThat(shifted.toString()).isNotEqualTo(appeals(5, 50));
    }

    @Test
    void theSampleAgencyHasEveryProcessType() {
        assertThat(SampleAgency.processes()).hasSize(12);
        assertThat(SampleAgency.processes().stream().map(p -> p.process().type()).distinct())
                .containsExactlyInAnyOrder(ProcessType.values());
        assertThat(SampleAgency.processes()).allSatisfy(p -> assertThat(p.quality()).isBetween(0.0, 1.0));
    }

    private static String appeals(long seed, int n) throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticData(seed, Q1, MOSCOW).writeAppeals(out, n);
        return out.toString();
    }

    private static String instances(long seed, int n) throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticData(seed, Q1, MOSCOW).writeProcessInstances(out, n);
        return out.toString();
    }

    private static <T> RecordHandler<T> failOnReject() {
        return new RecordHandler<>() {
            @Override
            public void accept(T record, long line) {
            }

            @Override
            public void reject(Reject reject) {
                throw new AssertionError("unexpected reject " + reject);
            }
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
