package io.claimcheck.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every claim found, and the discrepancies among them. */
@Schema(description = "The claims of every article and the discrepancies among them")
public record AnalysisResponse(List<Claim> claims, List<Discrepancy> discrepancies) {
}
