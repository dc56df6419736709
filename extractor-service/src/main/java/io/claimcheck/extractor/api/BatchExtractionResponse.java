package io.claimcheck.extractor.api;

import java.util.List;

/** One result per submitted text, in submission order. */
public record BatchExtractionResponse(List<ExtractionResponse> results) {
}
