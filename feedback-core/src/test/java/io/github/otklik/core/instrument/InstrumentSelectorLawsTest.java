package io.github.otklik.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.github.otklik.core.client.ClientKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws every ranking of the standard table obeys, generated and over all 162 inputs. */
class InstrumentSelectorLawsTest {
    private static final InstrumentSelector SELECTOR = InstrumentSelector.standard();
    private static final EnumSet<Instrument> RANKED = EnumSet.complementOf(EnumSet.of(Instrument.OTHER));

    @Test
    void rankingIsASortedPermutationWithReasons_generated() {
        qt().forAll(purposes(), resources()).checkAssert(InstrumentSelectorLawsTest::assertRankingLaws);
    }

    @Test
    void rankingIsASortedPermutationWithReasons_allInputs() {
        assertThat(allResources()).hasSize(54).doesNotHaveDuplicates();
        for (Purpose purpose : Purpose.values()) {
            for (Resources resources : allResources()) {
                assertRankingLaws(purpose, resources);
            }
        }
    }

    @Test
    void raisingResourcesNeverLowersAScore_generated() {
        qt().forAll(purposes(), resources(), resources()).checkAssert((purpose, lower, other) -> {
            Resources higher = new Resources(max(lower.time(), other.time()), max(lower.budget(), other.budget()),
                    max(lower.staff(), other.staff()), lower.audience());
            assertNoScoreDrops(purpose, lower, higher);
        });
    }

    @Test
    void raisingAnyResourceByOneLevelNeverLowersAScore_allInputs() {
        List<UnaryOperator<Resources>> raises = List.of(
                r -> new Resources(up(r.time()), r.budget(), r.staff(), r.audience()),
                r -> new Resources(r.time(), up(r.budget()), r.staff(), r.audience()),
                r -> new Resources(r.time(), r.budget(), up(r.staff()), r.audience()));
        for (Purpose purpose : Purpose.values()) {
            for (Resources lower : allResources()) {
                for (UnaryOperator<Resources> raise : raises) {
                    assertNoScoreDrops(purpose, lower, raise.apply(lower));
                }
            }
        }
    }

    @Test
    void externalOnlyInstrumentsNeverRankAboveAnApplicableOneForInternalClients() {
        for (Purpose purpose : Purpose.values()) {
            for (Resources resources : allResources()) {
                if (resources.audience() != ClientKind.INTERNAL) {
                    continue;
                }
                List<InstrumentRecommendation> ranking = SELECTOR.recommend(purpose, resources);
                int firstExternalOnly = ranking.size();
                int lastApplicable = -1;
                for (int i = 0; i < ranking.size(); i++) {
                    Instrument instrument = ranking.get(i).instrument();
                    if (SELECTOR.profile(instrument).audience(ClientKind.INTERNAL) == AudienceFit.NOT_APPLICABLE) {
                        firstExternalOnly = Math.min(firstExternalOnly, i);
                    } else {
                        lastApplicable = i;
                    }
                }
                assertThat(lastApplicable).as("%s %s", purpose, resources).isLessThan(firstExternalOnly);
            }
        }
    }

    private static void assertRankingLaws(Purpose purpose, Resources resources) {
        List<InstrumentRecommendation> ranking = SELECTOR.recommend(purpose, resources);
        String input = purpose + " " + resources;

        assertThat(ranking).extracting(InstrumentRecommendation::instrument).as(input)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(RANKED);
        for (int i = 1; i < ranking.size(); i++) {
            InstrumentRecommendation before = ranking.get(i - 1);
            InstrumentRecommendation after = ranking.get(i);
            assertThat(before.score()).as(input).isGreaterThanOrEqualTo(after.score());
            if (before.score() == after.score()) {
                assertThat(before.instrument()).as(input).isLessThan(after.instrument());
            }
        }
        for (InstrumentRecommendation r : ranking) {
            InstrumentProfile profile = SELECTOR.profile(r.instrument());
            assertThat(r.score()).as(input).isBetween(-106, 8);
            assertThat(r.reason()).as(input).isNotBlank().doesNotContain("\n")
                    .startsWith(switch (profile.fit(purpose)) {
                        case STRONG -> "Strong fit";
                        case PARTIAL -> "Partial fit";
                        case WEAK -> "Weak fit";
                    });
            assertThat(r.reasonRu()).as(input).isNotBlank().doesNotContain("\n");
            assertThat(r.reason().contains("time (needs"))
                    .isEqualTo(resources.time().shortfallTo(profile.time()) > 0);
            assertThat(r.reason().contains("budget (needs"))
                    .isEqualTo(resources.budget().shortfallTo(profile.budget()) > 0);
            assertThat(r.reason().contains("staff (needs"))
                    .isEqualTo(resources.staff().shortfallTo(profile.staff()) > 0);
        }
    }

    private static void assertNoScoreDrops(Purpose purpose, Resources lower, Resources higher) {
        Map<Instrument, Integer> before = scores(purpose, lower);
        Map<Instrument, Integer> after = scores(purpose, higher);
        for (Instrument instrument : RANKED) {
            assertThat(after.get(instrument))
                    .as("%s %s: %s -> %s", instrument, purpose, lower, higher)
                    .isGreaterThanOrEqualTo(before.get(instrument));
        }
    }

    private static Map<Instrument, Integer> scores(Purpose purpose, Resources resources) {
        Map<Instrument, Integer> scores = new EnumMap<>(Instrument.class);
        SELECTOR.recommend(purpose, resources).forEach(r -> scores.put(r.instrument(), r.score()));
        return scores;
    }

    private static List<Resources> allResources() {
        List<Resources> all = new ArrayList<>();
        for (ResourceLevel time : ResourceLevel.values()) {
            for (ResourceLevel budget : ResourceLevel.values()) {
                for (ResourceLevel staff : ResourceLevel.values()) {
                    for (ClientKind audience : ClientKind.values()) {
                        all.add(new Resources(time, budget, staff, audience));
                    }
                }
            }
        }
        return all;
    }

    private static Gen<Purpose> purposes() {
        return arbitrary().enumValues(Purpose.class);
    }

    private static Gen<Resources> resources() {
        Gen<ResourceLevel> levels = arbitrary().enumValues(ResourceLevel.class);
        return levels.zip(levels, levels, arbitrary().enumValues(ClientKind.class), Resources::new);
    }

    private static ResourceLevel max(ResourceLevel a, ResourceLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static ResourceLevel up(ResourceLevel level) {
        return level == ResourceLevel.HIGH ? level : ResourceLevel.values()[level.ordinal() + 1];
    }
}
