package io.claimcheck.reconciler.api;

import java.util.List;

/** A story's claims, in the order their articles were added. */
public record ClaimsResponse(String storyId, List<ClaimPayload> claims) {
}
