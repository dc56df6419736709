package io.claimcheck.extractor.api;

import java.util.List;

/** The claims found in one text, in text order. */
public record ExtractionResponse(String id, List<ClaimResponse> claims) {
}
