package io.github.otklik.core.instrument;

import static io.github.otklik.core.instrument.Instrument.APPEALS_ANALYSIS;
import static io.github.otklik.core.instrument.Instrument.DEEP_INTERVIEW;
import static io.github.otklik.core.instrument.Instrument.EXPERT_OPINION;
import static io.github.otklik.core.instrument.Instrument.FOCUS_GROUP;
import static io.github.otklik.core.instrument.Instrument.IT_SURVEY;
import static io.github.otklik.core.instrument.Instrument.PORTAL_MONITORING;
import static io.github.otklik.core.instrument.Instrument.PROCESS_MONITORING;
import static io.github.otklik.core.instrument.Instrument.RESEARCH_ANALYSIS;
import static io.github.otklik.core.instrument.Instrument.SURVEY;
import static io.github.otklik.core.instrument.Instrument.VASHKONTROL_ANALYSIS;
import static io.github.otklik.core.instrument.ResourceLevel.HIGH;
import static io.github.otklik.core.instrument.ResourceLevel.LOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.otklik.core.client.ClientKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InstrumentSelectorTest {
    private static final InstrumentSelector SELECTOR = InstrumentSelector.standard();
    private static final Resources AMPLE = Resources.builder().time(HIGH).budget(HIGH).staff(HIGH).build();
    private static final Resources SHORT_OF_TIME_AND_STAFF = Resources.builder().time(LOW).staff(LOW).build();

    @ParameterizedTest
    @CsvSource({
        "CURRENT_STATE,      SURVEY",
        "REENGINEERING,      DEEP_INTERVIEW",
        "POST_REENGINEERING, SURVEY",
    })
    void topRecommendationWithAmpleResources(Purpose purpose, Instrument expected) {
        List<InstrumentRecommendation> ranking = SELECTOR.recommend(purpose, AMPLE);

        assertThat(ranking.get(0).instrument()).isEqualTo(expected);
        assertThat(ranking.get(0).score()).isEqualTo(PurposeFit.STRONG.weight());
        assertThat(ranking.get(0).reason()).startsWith("Strong fit for ")
                .endsWith("within the available time, budget and staff.");
    }

    @Test
    void withAmpleResourcesTheStrongFitsShareTheTop() {
        assertThat(topScored(Purpose.CURRENT_STATE, AMPLE)).containsExactly(SURVEY, IT_SURVEY, RESEARCH_ANALYSIS,
                VASHKONTROL_ANALYSIS, PORTAL_MONITORING, PROCESS_MONITORING, APPEALS_ANALYSIS);
        assertThat(topScored(Purpose.REENGINEERING, AMPLE))
                .containsExactly(DEEP_INTERVIEW, FOCUS_GROUP, EXPERT_OPINION, RESEARCH_ANALYSIS);
        assertThat(topScored(Purpose.POST_REENGINEERING, AMPLE))
                .containsExactly(SURVEY, IT_SURVEY, VASHKONTROL_ANALYSIS, PORTAL_MONITORING, PROCESS_MONITORING);
    }

    @Test
    void lowTimeAndStaffPushFocusGroupsAndDeepInterviewsDownForReengineering() {
        List<Instrument> ample = order(Purpose.REENGINEERING, AMPLE);
        List<Instrument> scarce = order(Purpose.REENGINEERING, SHORT_OF_TIME_AND_STAFF);

        assertThat(ample.subList(0, 2)).containsExactly(DEEP_INTERVIEW, FOCUS_GROUP);
        assertThat(scarce).containsSubsequence(RESEARCH_ANALYSIS, EXPERT_OPINION, IT_SURVEY, DEEP_INTERVIEW);
        assertThat(scarce).containsSubsequence(IT_SURVEY, FOCUS_GROUP);
        assertThat(scarce.indexOf(DEEP_INTERVIEW)).isGreaterThan(ample.indexOf(DEEP_INTERVIEW));
        assertThat(scarce.indexOf(FOCUS_GROUP)).isGreaterThan(ample.indexOf(FOCUS_GROUP));
        assertThat(find(Purpose.REENGINEERING, SHORT_OF_TIME_AND_STAFF, FOCUS_GROUP).reason()).isEqualTo(
                "Strong fit for reengineering; short of time (needs high, has low), staff (needs high, has low).");
        assertThat(find(Purpose.REENGINEERING, SHORT_OF_TIME_AND_STAFF, DEEP_INTERVIEW).reasonRu()).isEqualTo(
                "Хорошо подходит для реинжиниринга процесса; не хватает: времени (нужен высокий уровень, есть низкий),"
                        + " персонала (нужен высокий уровень, есть низкий).");
    }

    @Test
    void oneStepOfFitOutweighsUpToTwoLevelsOfShortfall() {
        // DEEP_INTERVIEW (strong, needs HIGH time and staff) against SURVEY (partial, within MEDIUM).
        assertThat(find(Purpose.REENGINEERING, Resources.defaults(), DEEP_INTERVIEW).score()).isEqualTo(4);
        assertThat(find(Purpose.REENGINEERING, Resources.defaults(), SURVEY).score()).isEqualTo(3);
        assertThat(find(Purpose.REENGINEERING, SHORT_OF_TIME_AND_STAFF, DEEP_INTERVIEW).score()).isEqualTo(2);
        assertThat(find(Purpose.REENGINEERING, SHORT_OF_TIME_AND_STAFF, IT_SURVEY).score()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Purpose.class)
    void internalAudienceListsExternalOnlyInstrumentsLastAndPrefersItSurveys(Purpose purpose) {
        Resources internal = Resources.builder().audience(ClientKind.INTERNAL).build();
        List<InstrumentRecommendation> ranking = SELECTOR.recommend(purpose, internal);
        List<Instrument> order = ranking.stream().map(InstrumentRecommendation::instrument).toList();

        assertThat(order.subList(order.size() - 3, order.size()))
                .containsExactlyInAnyOrder(RESEARCH_ANALYSIS, VASHKONTROL_ANALYSIS, PORTAL_MONITORING);
        assertThat(ranking.get(ranking.size() - 1).reason()).contains("does not reach internal clients");
        assertThat(ranking.get(ranking.size() - 1).reasonRu()).contains("не охватывает внутренних клиентов");
        assertThat(find(purpose, internal, IT_SURVEY).score())
                .isEqualTo(find(purpose, internal, SURVEY).score() + AudienceFit.PREFERRED.adjustment());
        assertThat(find(purpose, internal, IT_SURVEY).reason()).contains("preferred for internal clients");
    }

    @Test
    void internalTopForCurrentStateIsTheItSurvey() {
        Resources internal = Resources.builder().audience(ClientKind.INTERNAL).build();
        assertThat(SELECTOR.recommend(Purpose.CURRENT_STATE, internal).get(0).instrument()).isEqualTo(IT_SURVEY);
    }

    @Test
    void otherIsNeverRankedAndHasNoProfile() {
        assertThat(SELECTOR.table()).doesNotContainKey(Instrument.OTHER).hasSize(Instrument.values().length - 1);
        assertThatThrownBy(() -> SELECTOR.profile(Instrument.OTHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OTHER has no profile: it is never ranked");
    }

    @Test
    void profilesAreReadableAndTheTableIsUnmodifiable() {
        InstrumentProfile focus = SELECTOR.profile(FOCUS_GROUP);
        assertThat(focus.fit(Purpose.REENGINEERING)).isEqualTo(PurposeFit.STRONG);
        assertThat(focus.time()).isEqualTo(HIGH);
        assertThat(focus.staff()).isEqualTo(HIGH);
        assertThat(SELECTOR.profile(VASHKONTROL_ANALYSIS).audience(ClientKind.INTERNAL))
                .isEqualTo(AudienceFit.NOT_APPLICABLE);
        assertThatThrownBy(() -> SELECTOR.table().remove(SURVEY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SELECTOR.recommend(Purpose.CURRENT_STATE, AMPLE).remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCustomTableIsCopiedAndDrivesTheRanking() {
        EnumMap<Instrument, InstrumentProfile> custom = new EnumMap<>(SELECTOR.table());
        custom.put(APPEALS_ANALYSIS, InstrumentProfile.builder()
                .fit(PurposeFit.STRONG, PurposeFit.STRONG, PurposeFit.STRONG).cost(LOW, LOW, LOW).build());
        InstrumentSelector selector = InstrumentSelector.of(custom);
        custom.remove(SURVEY);

        assertThat(selector.table()).containsKey(SURVEY);
        assertThat(selector.recommend(Purpose.REENGINEERING, AMPLE))
                .extracting(InstrumentRecommendation::instrument)
                .startsWith(DEEP_INTERVIEW, FOCUS_GROUP, EXPERT_OPINION, RESEARCH_ANALYSIS, APPEALS_ANALYSIS);
    }

    @Test
    void aCustomTableMustProfileEveryRankedInstrumentAndNotOther() {
        EnumMap<Instrument, InstrumentProfile> missing = new EnumMap<>(SELECTOR.table());
        missing.remove(SURVEY);
        missing.remove(PROCESS_MONITORING);
        assertThatThrownBy(() -> InstrumentSelector.of(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table has no profile for [SURVEY, PROCESS_MONITORING]");

        EnumMap<Instrument, InstrumentProfile> withOther = new EnumMap<>(SELECTOR.table());
        withOther.put(Instrument.OTHER, SELECTOR.profile(SURVEY));
        assertThatThrownBy(() -> InstrumentSelector.of(withOther))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OTHER must have no profile: it is never ranked");

        assertThatThrownBy(() -> InstrumentSelector.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("table has no profile for [SURVEY, IT_SURVEY,");
    }

    @Test
    void anInstrumentThatDoesNotReachTheAudienceRanksBelowTheWorstApplicableOne() {
        // Best possible inapplicable profile against the worst possible applicable one.
        InstrumentProfile bestInapplicable = InstrumentProfile.builder()
                .fit(PurposeFit.STRONG, PurposeFit.STRONG, PurposeFit.STRONG).cost(LOW, LOW, LOW)
                .audience(ClientKind.INTERNAL, AudienceFit.NOT_APPLICABLE).build();
        InstrumentProfile worstApplicable = InstrumentProfile.builder()
                .fit(PurposeFit.WEAK, PurposeFit.WEAK, PurposeFit.WEAK).cost(HIGH, HIGH, HIGH).build();
        EnumMap<Instrument, InstrumentProfile> table = new EnumMap<>(Instrument.class);
        for (Instrument i : SELECTOR.table().keySet()) {
            table.put(i, i == SURVEY ? bestInapplicable : worstApplicable);
        }
        Resources scarceInternal = new Resources(LOW, LOW, LOW, ClientKind.INTERNAL);

        List<InstrumentRecommendation> ranking =
                InstrumentSelector.of(table).recommend(Purpose.CURRENT_STATE, scarceInternal);

        assertThat(ranking.get(ranking.size() - 1).instrument()).isEqualTo(SURVEY);
        assertThat(ranking.get(ranking.size() - 1).score()).isEqualTo(-94);
        assertThat(ranking.get(0).score()).isEqualTo(-6);
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> SELECTOR.recommend(null, AMPLE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SELECTOR.recommend(Purpose.CURRENT_STATE, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> InstrumentSelector.of(null)).isInstanceOf(NullPointerException.class);
    }

    private static List<Instrument> topScored(Purpose purpose, Resources resources) {
        List<InstrumentRecommendation> ranking = SELECTOR.recommend(purpose, resources);
        int top = ranking.get(0).score();
        return ranking.stream().filter(r -> r.score() == top).map(InstrumentRecommendation::instrument).toList();
    }

    private static List<Instrument> order(Purpose purpose, Resources resources) {
        return SELECTOR.recommend(purpose, resources).stream().map(InstrumentRecommendation::instrument).toList();
    }

    private static InstrumentRecommendation find(Purpose purpose, Resources resources, Instrument instrument) {
        return SELECTOR.recommend(purpose, resources).stream()
                .filter(r -> r.instrument() == instrument).findFirst().orElseThrow();
    }
}
