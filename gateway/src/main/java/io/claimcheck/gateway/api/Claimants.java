package io.claimcheck.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far each voice's figures can be trusted, across all stories. */
@Schema(description = "Each claimant's reliability weight across all stories, most trusted first")
public record Claimants(List<Figures> claimants) {

    /** One voice. */
    @Schema(name = "ClaimantFigures", description = "One claimant's weight and the evidence behind it")
    public record Figures(
            @Schema(description = "The claimant's key, as in a discrepancy's sides", examples = "Azerbaijan") String key,
            @Schema(description = "How articles name it", examples = "Azerbaijan’s Defense Ministry") String label,
            @Schema(nullable = true, examples = "Azerbaijan") String party,
            @Schema(description = "CRH truth-discovery weight: higher for figures near the consensus again and again",
                    examples = "0.69") double weight,
            @Schema(description = "How many of its figures, beside other voices', the weight was learned from",
                    examples = "12") int claims,
            @Schema(description = "How many discrepancies it takes part in", examples = "7") long discrepancies) {
    }
}
