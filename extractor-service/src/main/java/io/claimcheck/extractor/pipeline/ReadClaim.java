package io.claimcheck.extractor.pipeline;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.claims.Rules;
import io.claimcheck.extractor.incident.Incident;

/**
 * A claim, the incident its figure counts, which body of its side the claimant is, and the rules that read it.
 *
 * @param claimantOrgan the claimant's organ ({@link io.claimcheck.extractor.claims.SpeakerOrgans}): "ministry",
 *                      "officials"; null when the claimant speaks for its side as a whole, or there is none
 */
public record ReadClaim(Claim claim, Incident incident, String claimantOrgan, Rules rules) {
}
