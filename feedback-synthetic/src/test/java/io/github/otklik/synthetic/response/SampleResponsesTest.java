package io.github.otklik.synthetic.response;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.validation.ResponseValidator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SampleResponsesTest {
    private static final FormCatalog CATALOG = FormCatalog.standard();
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** SHA-256 of the first 200 lines for seed 1 of {@link #ministry()}. */
    private static final String GOLDEN_SHA256 = "bb593c2d8cb0ee6506052ca92b33bf1cb4993600f51655f909c8a1fc2c203122";

    /** The twelve processes of the CLI's sample ministry, weighted by the square root of their volume. */
    private static SampleResponses.Builder ministry() {
        return SampleResponses.builder(Q1).catalog(CATALOG).zone(MOSCOW)
                .process(new ProcessProfile("svc-birth", ProcessType.SERVICE, 0.75), StrictMath.sqrt(12_000))
                .process(new ProcessProfile("svc-large-family", ProcessType.SERVICE, 0.85), StrictMath.sqrt(4_000))
                .process(new ProcessProfile("svc-housing", ProcessType.SERVICE, 0.45), StrictMath.sqrt(30_000))
                .process(new ProcessProfile("fn-guardianship", ProcessType.FUNCTION, 0.6), StrictMath.sqrt(800))
                .process(new ProcessProfile("sup-sme-grant", ProcessType.SUPPORT_MEASURE, 0.55), StrictMath.sqrt(600))
                .process(new ProcessProfile("sup-social-contract", ProcessType.SUPPORT_MEASURE, 0.5), StrictMath.sqrt(2_500))
                .process(new ProcessProfile("ctl-licensing", ProcessType.CONTROL, 0.65), StrictMath.sqrt(300))
                .process(new ProcessProfile("prv-consulting", ProcessType.PREVENTION, 0.8), StrictMath.sqrt(1_500))
                .process(new ProcessProfile("app-citizens", ProcessType.APPEALS, 0.5), StrictMath.sqrt(9_000))
                .process(new ProcessProfile("inf-site", ProcessType.INFORMATION_ACCESS, 0.7), StrictMath.sqrt(50_000))
                .process(new ProcessProfile("int-hr", ProcessType.INTERNAL, 0.6), StrictMath.sqrt(400))
                .process(new ProcessProfile("int-procurement", ProcessType.INTERNAL, 0.4), StrictMath.sqrt(250));
    }

    @Test
    void theSameSeedWritesTheSameBytesAndTheLinesReadBackValid() {
        byte[] first = jsonl(ministry().seed(7).build(), 3_000);
        byte[] second = jsonl(ministry().seed(7).build(), 3_000);
        assertThat(second).isEqualTo(first);
        assertThat(jsonl(ministry().seed(8).build(), 3_000)).isNotEqualTo(first);

        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("}\n").contains("ё", "Иван"); // UTF-8, not \\u escapes
        assertThat(text.split("\n", -1)).hasSize(3_001);

        List<SurveyResponse> read = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(CATALOG)).build();
        ReadSummary summary = reader.read(new ByteArrayInputStream(first), "responses.jsonl", new RecordHandler<>() {
            @Override
            public void accept(SurveyResponse record, long line) {
                read.add(record);
            }

            @Override
            public void reject(Reject reject) {
                rejects.add(reject);
            }
        });
        assertThat(rejects).isEmpty();
        assertThat(summary.accepted()).isEqualTo(3_000);
        assertThat(read).isEqualTo(ministry().seed(7).build().generate(3_000));
    }

    @Test
    void linesKeepTheKeyOrderOfTheSpec() throws IOException {
        List<String> top = List.of("id", "form", "formVersion", "submittedAt", "agency", "process", "channel", "client",
                "anonymous", "answers", "respondent");
        String text = new String(jsonl(ministry().seed(3).build(), 500), StandardCharsets.UTF_8);
        JsonFactory json = new JsonFactory();
        for (String line : text.split("\n")) {
            assertThat(line).matches("\\{\"id\":\"r-\\d{6}\",\"form\":\"[A-Z]+-\\d\",\"formVersion\":\"1\","
                    + "\"submittedAt\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\",\"agency\":\"minsoc\",.*");
            List<String> keys = new ArrayList<>();
            List<String> answerKeys = new ArrayList<>();
            String form = null;
            try (JsonParser p = json.createParser(line)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    keys.add(key);
                    JsonToken value = p.nextToken();
                    if (key.equals("form")) {
                        form = p.getText();
                    } else if (key.equals("client")) {
                        List<String> clientKeys = new ArrayList<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            clientKeys.add(p.currentName());
                            p.nextToken();
                        }
                        assertThat(clientKeys).isSubsetOf("kind", "category").startsWith("kind");
                    } else if (key.equals("answers")) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            answerKeys.add(p.currentName());
                            p.nextToken();
                            p.skipChildren();
                        }
                    } else if (value.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
            assertThat(keys).isSubsetOf(top).containsAll(List.of("id", "form", "formVersion", "submittedAt", "agency",
                    "channel", "client", "anonymous", "answers"));
            assertThat(keys).isSortedAccordingTo((a, b) -> top.indexOf(a) - top.indexOf(b));
            Form f = CATALOG.find(form, "1").orElseThrow();
            assertThat(answerKeys).isSortedAccordingTo((a, b) -> f.indexOf(a) - f.indexOf(b));
        }
    }

    @Test
    void theGoldenOutputNeverChangesByAccident() {
        // A change here means every machine's synthetic files change: update deliberately.
        byte[] out = jsonl(ministry().seed(1).build(), 200);
        assertThat(sha256(out)).isEqualTo(GOLDEN_SHA256);
    }

    @Test
    void theEnvelopesLookLikeTheMinistrysTraffic() {
        List<SurveyResponse> responses = ministry().seed(11).build().generate(5_000);
        Set<String> internalForms = Set.of("INT-1", "INT-2", "INT-3", "INT-4", "INT-5");
        int internal = 0;
        int named = 0;
        Map<Channel, Integer> externalChannels = new EnumMap<>(Channel.class);
        int external = 0;
        for (int i = 0; i < responses.size(); i++) {
            SurveyResponse r = responses.get(i);
            assertThat(r.id()).isEqualTo(String.format("r-%06d", i + 1));
            assertThat(Q1.contains(r.submittedAt(), MOSCOW)).isTrue();
            assertThat(r.submittedAt().getNano()).isZero();
            if (i > 0) {
                assertThat(r.submittedAt()).isAfterOrEqualTo(responses.get(i - 1).submittedAt());
            }
            assertThat(r.agency()).isEqualTo("minsoc");
            assertThat(r.process()).isPresent();
            Form form = CATALOG.find(r.form(), r.formVersion()).orElseThrow();
            assertThat(CATALOG.isStandard(form)).isTrue();
            if (internalForms.contains(r.form())) {
                internal++;
                assertThat(r.client().kind()).isEqualTo(ClientKind.INTERNAL);
                assertThat(r.client().category().orElse(ClientCategory.EMPLOYEE)).isEqualTo(ClientCategory.EMPLOYEE);
                assertThat(r.channel()).isIn(Channel.INTRANET, Channel.EMAIL);
            } else {
                external++;
                assertThat(r.client().kind()).isEqualTo(ClientKind.EXTERNAL);
                externalChannels.merge(r.channel(), 1, Integer::sum);
            }
            assertThat(form.processTypes()).as("form fits the process").isNotEmpty();
            if (!r.anonymous()) {
                named++;
                assertThat(r.respondent()).hasValueSatisfying(d -> {
                    assertThat(d).containsOnlyKeys("name", "email");
                    assertThat(((AnswerValue.TextValue) d.get("email")).value()).matches("[a-z.]+\\d\\d@example\\.org");
                });
            } else {
                assertThat(r.respondent()).isEmpty();
            }
        }
        assertThat(internal / 5_000.0).isCloseTo(0.15, within(0.02));
        assertThat(named / 5_000.0).isCloseTo(0.30, within(0.025));
        assertThat(externalChannels.get(Channel.EPGU) / (double) external).isCloseTo(0.45, within(0.03));
        assertThat(externalChannels.get(Channel.MFC) / (double) external).isCloseTo(0.20, within(0.025));
        assertThat(externalChannels.keySet()).containsExactlyInAnyOrder(Channel.EPGU, Channel.REGIONAL_PORTAL,
                Channel.OFFICIAL_SITE, Channel.HOTLINE, Channel.IN_PERSON, Channel.MFC, Channel.PAPER);
        assertThat(responses).extracting(SurveyResponse::form).contains("EXT-1", "EXT-2", "EXT-3", "EXT-4", "EXT-5",
                "EXT-6", "INT-1", "INT-2", "INT-3", "INT-4", "INT-5");
    }

    @Test
    void realism() {
        // two services of equal weight that differ only in quality, and an internal process
        List<SurveyResponse> responses = SampleResponses.builder(Q1).seed(2025)
                .process(new ProcessProfile("svc-poor", ProcessType.SERVICE, 0.4), 1)
                .process(new ProcessProfile("svc-good", ProcessType.SERVICE, 0.85), 1)
                .process(new ProcessProfile("int-hr", ProcessType.INTERNAL, 0.6), 1)
                .build().generate(5_000);
        Map<String, double[]> overall = Map.of("svc-poor", new double[2], "svc-good", new double[2]);
        int low = 0;
        int lowWithProblems = 0;
        int high = 0;
        int highWithProblems = 0;
        int scales = 0;
        int dontKnow = 0;
        int screening = 0;
        int screenedOut = 0;
        for (SurveyResponse r : responses) {
            Form form = CATALOG.find(r.form(), r.formVersion()).orElseThrow();
            String overallId = form.overall().orElseThrow().id();
            AnswerValue o = r.answers().get(overallId);
            if (o instanceof AnswerValue.IntegerValue v) {
                if (form.audience() == Audience.EXTERNAL) {
                    double[] sum = overall.get(r.process().orElseThrow());
                    sum[0] += v.value();
                    sum[1]++;
                }
                boolean problems = r.answers().containsKey("problems");
                if (v.value() <= 3) {
                    low++;
                    lowWithProblems += problems ? 1 : 0;
                } else {
                    high++;
                    highWithProblems += problems ? 1 : 0;
                }
            }
            for (Map.Entry<String, AnswerValue> e : r.answers().entrySet()) {
                if (form.question(e.getKey()).orElseThrow() instanceof ScaleQuestion) {
                    scales++;
                    dontKnow += e.getValue().isDontKnow() ? 1 : 0;
                }
            }
            if (r.answers().get("used") instanceof AnswerValue.TextValue used) {
                screening++;
                if (!used.value().equals("yes")) {
                    screenedOut++;
                    assertThat(r.answers()).containsOnlyKeys("used");
                }
            }
        }
        double poor = overall.get("svc-poor")[0] / overall.get("svc-poor")[1];
        double good = overall.get("svc-good")[0] / overall.get("svc-good")[1];
        assertThat(good - poor).as("mean overall %.2f (quality 0.85) vs %.2f (quality 0.4)", good, poor).isGreaterThan(1.0);
        assertThat((double) lowWithProblems / low).isGreaterThan((double) highWithProblems / high + 0.4);
        assertThat(dontKnow).isPositive();
        assertThat((double) dontKnow / scales).isBetween(0.02, 0.06);
        assertThat(screenedOut).isPositive();
        assertThat((double) screenedOut / screening).isBetween(0.03, 0.07);
    }

    @Test
    void theBuilderRejectsWhatCannotBeGenerated() {
        assertThatThrownBy(() -> SampleResponses.builder(Q1).build()).isInstanceOf(IllegalArgumentException.class);
        ProcessProfile p = new ProcessProfile("svc-1", ProcessType.SERVICE, 0.5);
        assertThatThrownBy(() -> SampleResponses.builder(Q1).process(p, 1).process(p, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> SampleResponses.builder(Q1).process(p, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleResponses.builder(Q1).process(p, 1).catalog(FormCatalog.builder().build()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("standard form");
        assertThatThrownBy(() -> new ProcessProfile("svc 1", ProcessType.SERVICE, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProcessProfile("svc-1", ProcessType.SERVICE, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ministry().build().generate(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ministry().build().generate(0)).isEmpty();
    }

    @Test
    void onlyInternalProcessesGiveOnlyInternalResponses() {
        List<SurveyResponse> responses = SampleResponses.builder(ReportingPeriod.parse("2025-03")).seed(4)
                .process(new ProcessProfile("int-hr", ProcessType.INTERNAL, 0.6), 1).build().generate(300);
        assertThat(responses).extracting(SurveyResponse::form).containsOnly("INT-1", "INT-2", "INT-3");
        assertThat(responses).allSatisfy(r -> assertThat(r.client().kind()).isEqualTo(ClientKind.INTERNAL));
    }

    static byte[] jsonl(SampleResponses sample, int n) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            sample.write(out, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
