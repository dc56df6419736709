package io.claimcheck.reconciler.domain;

/**
 * How much a voice's figures count towards a consensus, and how much evidence that rests on.
 *
 * @param weight the CRH weight: higher for a voice whose figures sit near the consensus again and again
 * @param claims how many figures of the voice, in groups with other voices, the weight was learned from
 */
public record ClaimantWeight(double weight, int claims) {
}
