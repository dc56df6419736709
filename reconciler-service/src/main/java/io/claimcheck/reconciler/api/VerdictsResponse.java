package io.claimcheck.reconciler.api;

import java.util.List;

/** A discrepancy's verdicts, oldest first. */
public record VerdictsResponse(String storyId, String discrepancyId, List<VerdictPayload> verdicts) {
}
