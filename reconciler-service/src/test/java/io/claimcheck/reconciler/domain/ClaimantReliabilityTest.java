package io.claimcheck.reconciler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.reconciler.domain.ClaimantReliability.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimantReliabilityTest {

    private final ClaimantReliability reliability = new ClaimantReliability();

    @Test
    void aVoiceFarFromConsensusAgainAndAgainWeighsLess() {
        List<List<Observation>> events = List.of(
                List.of(new Observation("monitor", 56), new Observation("agency", 60), new Observation("militants", 160)),
                List.of(new Observation("monitor", 32), new Observation("agency", 30), new Observation("militants", 50)),
                List.of(new Observation("monitor", 12), new Observation("agency", 12), new Observation("militants", 40)));

        Map<String, ClaimantWeight> weights = reliability.weigh(events);

        assertTrue(weights.get("militants").weight() < weights.get("monitor").weight(), weights::toString);
        assertTrue(weights.get("militants").weight() < weights.get("agency").weight(), weights::toString);
        assertEquals(3, weights.get("militants").claims());
    }

    @Test
    void aVoiceAloneInItsGroupLearnsNothing() {
        Map<String, ClaimantWeight> weights = reliability.weigh(List.of(
                List.of(new Observation("lonely", 7)),
                List.of(new Observation("a", 10), new Observation("b", 12))));

        assertFalse(weights.containsKey("lonely"));
        assertEquals(weights.get("a").weight(), weights.get("b").weight(), 1e-9);
    }

    @Test
    void repeatsOfOneVoiceInAGroupAreOneObservation() {
        Map<String, ClaimantWeight> weights = reliability.weigh(List.of(List.of(
                new Observation("a", 104), new Observation("a", 104), new Observation("b", 2300))));

        assertEquals(1, weights.get("a").claims());
    }

    @Test
    void discrepanciesAreEvidenceToo() {
        List<Discrepancy> discrepancies = new Reconciler(ReconciliationRules.defaults())
                .reconcile(ReconcilerTest.seedStory());

        Map<String, ClaimantWeight> weights = reliability.weighDiscrepancies(discrepancies);

        assertEquals(Map.of("Armenia", 1, "Azerbaijan", 1, "Daily Example", 1),
                Map.of("Armenia", weights.get("Armenia").claims(), "Azerbaijan", weights.get("Azerbaijan").claims(),
                        "Daily Example", weights.get("Daily Example").claims()));
        assertTrue(weights.get("Azerbaijan").weight() < weights.get("Armenia").weight());
    }

    @Test
    void theDistanceIsScaleFreeAndFiniteAtZero() {
        assertEquals(ClaimantReliability.distance(2300, 104), ClaimantReliability.distance(104, 2300), 1e-12);
        assertTrue(Double.isFinite(ClaimantReliability.distance(0, 5)));
    }
}
