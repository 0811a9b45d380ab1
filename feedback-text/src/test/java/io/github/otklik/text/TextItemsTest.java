package io.github.otklik.text;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextItemsTest {
    private static final FormCatalog FORMS = FormCatalog.standard();
    private static final Instant AT = Instant.parse("2025-02-01T10:00:00Z");

    private static SurveyResponse.Builder ext1(String id) {
        return SurveyResponse.builder(id).form("EXT-1", FORMS.versions("EXT-1").get(0)).submittedAt(AT).agency("ag").process("svc-1")
                .channel(Channel.EPGU).client(Client.of(ClientKind.EXTERNAL)).answer("used", AnswerValue.of("yes"));
    }

    @Test
    void aLowOverallMakesTheCommentDissatisfied() {
        List<TextItem> items = TextItems.fromResponse(ext1("r-1").answer("overall", AnswerValue.of(2)).answer("comment", AnswerValue.of("Очередь")).build(), FORMS);
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.dissatisfied()).isTrue();
            assertThat(i.source()).isEqualTo(TextSource.SURVEY_COMMENT);
            assertThat(i.process()).contains("svc-1");
            assertThat(i.attributable()).isTrue();
            assertThat(i.form()).contains("EXT-1");
            assertThat(i.toString()).doesNotContain("Очередь");
        });
        assertThat(TextItems.fromResponse(ext1("r-2").answer("overall", AnswerValue.of(4)).answer("comment", AnswerValue.of("ok")).build(), FORMS))
                .singleElement().satisfies(i -> assertThat(i.dissatisfied()).isFalse());
        assertThat(TextItems.fromResponse(ext1("r-3").answer("overall", AnswerValue.of("dk")).answer("comment", AnswerValue.of("ok")).build(), FORMS))
                .singleElement().satisfies(i -> assertThat(i.dissatisfied()).isFalse());
        assertThat(TextItems.fromResponse(ext1("r-4").answer("overall", AnswerValue.of(1)).answer("comment", AnswerValue.of("  ")).build(), FORMS)).isEmpty();
    }

    @Test
    void internalFormsAreNotAttributable() {
        SurveyResponse r = SurveyResponse.builder("i-1").form("INT-1", FORMS.versions("INT-1").get(0)).submittedAt(AT).agency("ag")
                .channel(Channel.INTRANET).client(Client.of(ClientKind.INTERNAL)).answer("overall", AnswerValue.of(1))
                .answer("comment", AnswerValue.of("Много отчетов")).build();
        assertThat(TextItems.fromResponse(r, FORMS)).singleElement().satisfies(i -> {
            assertThat(i.attributable()).isFalse();
            assertThat(i.dissatisfied()).isTrue();
            assertThat(i.process()).isEmpty();
        });
    }

    @Test
    void complaintsAreDissatisfied() {
        Appeal complaint = Appeal.builder("a-1").agency("ag").process("svc-1").channel(Channel.EMAIL).kind(AppealKind.COMPLAINT).registeredAt(AT).build();
        Appeal request = complaint.toBuilder().kind(AppealKind.REQUEST).build();
        assertThat(TextItems.fromAppeal(complaint, "Нагрубили")).hasValueSatisfying(i -> {
            assertThat(i.dissatisfied()).isTrue();
            assertThat(i.source()).isEqualTo(TextSource.APPEAL);
            assertThat(i.at()).isEqualTo(AT);
        });
        assertThat(TextItems.fromAppeal(request, "Прошу разъяснить")).hasValueSatisfying(i -> assertThat(i.dissatisfied()).isFalse());
        assertThat(TextItems.fromAppeal(request, " ")).isEmpty();
    }

    @Test
    void anAppealsOwnTextIsItsItem() {
        Appeal complaint = Appeal.builder("a-1").agency("ag").process("svc-1").channel(Channel.EMAIL).kind(AppealKind.COMPLAINT).registeredAt(AT)
                .text("  Нагрубили в окне 3 ").build();
        assertThat(TextItems.fromAppeal(complaint)).hasValueSatisfying(i -> {
            assertThat(i.text()).isEqualTo("  Нагрубили в окне 3 ");
            assertThat(i.recordId()).isEqualTo("a-1");
            assertThat(i.process()).contains("svc-1");
            assertThat(i.dissatisfied()).isTrue();
            assertThat(i.attributable()).isTrue();
        });
        assertThat(TextItems.fromAppeal(complaint.toBuilder().text(" \n ").build())).isEmpty();
        Appeal none = Appeal.builder("a-2").agency("ag").channel(Channel.EMAIL).kind(AppealKind.APPEAL).registeredAt(AT).build();
        assertThat(TextItems.fromAppeal(none)).isEmpty();
    }
}
