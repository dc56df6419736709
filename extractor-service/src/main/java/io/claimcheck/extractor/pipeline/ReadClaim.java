package io.claimcheck.extractor.pipeline;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.incident.Incident;

/** A claim and the incident its figure counts. */
public record ReadClaim(Claim claim, Incident incident) {
}
