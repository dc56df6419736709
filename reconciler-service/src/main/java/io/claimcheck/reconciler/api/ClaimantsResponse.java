package io.claimcheck.reconciler.api;

import java.util.List;

/** How far each voice's figures can be trusted, across all stories. */
public record ClaimantsResponse(List<Figures> claimants) {

    /**
     * One voice.
     *
     * @param key           the voice's key, as in a discrepancy's sides
     * @param label         how articles name it
     * @param party         its party, when known
     * @param weight        its CRH weight: higher for figures that sit near the consensus again and again
     * @param claims        how many of its figures, in groups with other voices, the weight was learned from
     * @param discrepancies how many discrepancies it takes part in
     */
    public record Figures(String key, String label, String party, double weight, int claims, long discrepancies) {
    }
}
