package io.github.otklik.metrics;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys travel between JVMs: a key serialized in another process equals a fresh one here. */
class GroupKeyTest {
    /** Run in a child JVM: prints a serialized key in Base64. */
    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(GroupKey.of(List.of(Dimension.PROCESS, Dimension.CHANNEL), List.of("svc-1", "EPGU")));
            out.writeObject(GroupKey.total());
        }
        System.out.print(Base64.getEncoder().encodeToString(bytes.toByteArray()));
    }

    @Test
    void aKeyFromAnotherJvmEqualsAFreshKey() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), GroupKeyTest.class.getName()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
        assertThat(child.waitFor()).isZero();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(out)))) {
            GroupKey key = (GroupKey) in.readObject();
            GroupKey fresh = GroupKey.of(List.of(Dimension.PROCESS, Dimension.CHANNEL), List.of("svc-1", "EPGU"));
            assertThat(key).isEqualTo(fresh);
            assertThat(key.hashCode()).isEqualTo(fresh.hashCode());
            assertThat(in.readObject()).isSameAs(GroupKey.total());
        }
    }

    @Test
    void keysOfOtherDimensionsWithTheSameValuesDiffer() {
        GroupKey category = GroupKey.of(List.of(Dimension.CATEGORY), List.of("UNSPECIFIED"));
        GroupKey situation = GroupKey.of(List.of(Dimension.LIFE_SITUATION), List.of("UNSPECIFIED"));
        assertThat(category).isNotEqualTo(situation);
        assertThat(category.matches(new Dimension[] {Dimension.LIFE_SITUATION}, new String[] {"UNSPECIFIED"})).isFalse();
        assertThat(category.matches(new Dimension[] {Dimension.CATEGORY}, new String[] {"UNSPECIFIED"})).isTrue();
    }
}
