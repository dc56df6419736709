package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small helpers: voices, plurals, medians, ratios and ids. */
class SmallPartsTest {

    @Test
    void aClaimantPartyIsTheVoiceWhateverTheWording() {
        assertEquals(Claimant.of(claim("a").claimant("the monitor", "SOHR").build()).key(),
                Claimant.of(claim("b").claimant("Rami Abdel Rahman", "SOHR").article("a2", "Other Paper").build()).key());
    }

    @Test
    void anUnnamedClaimantIsThePublishersOwnVoice() {
        Claimant voice = Claimant.of(claim("a").article("a1", "Al-Example").build());

        assertEquals("Al-Example", voice.key());
        assertFalse(voice.named());
    }

    @Test
    void aSourceWithoutAPartyIsAVoiceWithinItsPublisher() {
        Claimant source = Claimant.of(claim("a").claimant("A local source", null).article("a1", "Wire").build());

        assertEquals("Wire: a local source", source.key());
        assertTrue(source.named());
    }

    @Test
    void countedNounsTakeEnglishPlurals() {
        assertEquals(List.of("soldiers", "people", "children", "military deaths", "bodies", "medical staff", "buses"),
                List.of("soldier", "person", "child", "military death", "body", "medical staff", "bus").stream()
                        .map(Nouns::plural).toList());
    }

    @Test
    void theWeightedMedianFollowsTheWeight() {
        assertEquals(104, WeightedMedian.of(List.of(new WeightedMedian.Weighted(104, 1),
                new WeightedMedian.Weighted(104, 1), new WeightedMedian.Weighted(2300, 1))));
        assertEquals(1202, WeightedMedian.of(List.of(new WeightedMedian.Weighted(104, 1),
                new WeightedMedian.Weighted(2300, 1))));
        assertEquals(2300, WeightedMedian.of(List.of(new WeightedMedian.Weighted(104, 1),
                new WeightedMedian.Weighted(2300, 3))));
        assertThrows(IllegalArgumentException.class, () -> WeightedMedian.of(List.of()));
    }

    @Test
    void aRatioIsTheLargerOverTheSmallerAndFiniteAtZero() {
        assertEquals(22.115, Ratio.between(104, 2300), 1e-3);
        assertEquals(5, Ratio.between(0, 5));
    }

    @Test
    void aDiscrepancyIdDependsOnlyOnItsClaims() {
        assertEquals(Discrepancy.idFor(List.of("c12", "c4", "c8")), Discrepancy.idFor(List.of("c8", "c12", "c4")));
        assertFalse(Discrepancy.idFor(List.of("c4", "c8")).equals(Discrepancy.idFor(List.of("c4", "c12"))));
    }

    @Test
    void aConsensusKeepsItsOrder() {
        assertThrows(IllegalArgumentException.class, () -> new Consensus(10, 5, 20));
    }
}
