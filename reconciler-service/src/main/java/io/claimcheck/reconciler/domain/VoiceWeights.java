package io.claimcheck.reconciler.domain;

import java.util.Map;

/**
 * The weight each voice's figure carries in a consensus. Without learned weights every voice counts the same;
 * a voice the weights do not know counts as the typical (median) known voice.
 */
final class VoiceWeights {

    private final Map<String, ClaimantWeight> learned;
    private final double typical;

    VoiceWeights(Map<String, ClaimantWeight> learned) {
        this.learned = Map.copyOf(learned);
        this.typical = learned.isEmpty() ? 1.0 : WeightedMedian.of(learned.values().stream()
                .map(weight -> new WeightedMedian.Weighted(weight.weight(), 1.0))
                .toList());
    }

    double of(String claimantKey) {
        ClaimantWeight weight = learned.get(claimantKey);
        return weight != null ? weight.weight() : typical;
    }
}
