package io.claimcheck.reconciler.domain;

import java.util.List;

/**
 * One voice in a discrepancy and the figure it gives.
 *
 * @param claimantKey   the voice's key, as in {@link Claimant#key()} and {@link ClaimantReliability}'s weights
 * @param claimantText  how the text names the voice, or the publisher for its own voice
 * @param claimantParty the voice's party, null when unknown
 * @param claimIds      the voice's claims in the discrepancy
 * @param figure        the figure as a reader would say it: "at least 43", "2,300", "dozens"
 * @param value         the figure's central value
 * @param selfReported  true when the voice counts its own side's losses, false when the other side's, null when
 *                      either party is unknown (enemy losses are known to be inflated in war reporting)
 */
public record Side(String claimantKey, String claimantText, String claimantParty, List<String> claimIds,
                   String figure, double value, Boolean selfReported) {

    public Side {
        claimIds = List.copyOf(claimIds);
    }
}
