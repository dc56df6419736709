package io.claimcheck.gateway.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Comparable claims that cannot all be true. Field names are the public contract: add fields, rename none. */
@Schema(description = "A group of comparable claims that disagree")
public record Discrepancy(
        @Schema(description = "Stable id derived from the member claims", examples = "d-3f9a1c2b") String id,
        @Schema(description = "What the claims count", examples = "KILLED") String metric,
        @Schema(description = "The class of the counted objects", examples = "soldier", nullable = true) String objectClass,
        @Schema(description = "Whose losses are counted; null when the claims do not share one", examples = "Armenia",
                nullable = true) String subjectParty,
        @Schema(description = "The claims in the group") List<String> claimIds,
        @Schema(description = "The larger central value over the smaller", examples = "22.1") BigDecimal ratio,
        @Schema(description = "How far apart the figures are", enumeration = { "LOW", "MEDIUM", "HIGH" },
                examples = "HIGH") String severity,
        @Schema(description = "One plain-English sentence a journalist can paste",
                examples = "Azerbaijan’s Defense Ministry says 2,300 Karabakh soldiers were killed; "
                        + "Armenia reports 104 military deaths, 22 times fewer.") String explanation,
        Consensus consensus,
        @Schema(description = "One per voice") List<Side> sides,
        @Schema(description = "How sure it is that the claims count one incident: 0.25 when their texts place none of "
                + "them, up to 1 when both give the place, the day and the attacking side", examples = "0.75")
        BigDecimal confidence) {

    /** Low, best and high estimates across the group, in the manner of conflict-data projects. */
    public record Consensus(
            @Schema(examples = "104") BigDecimal low,
            @Schema(examples = "104") BigDecimal best,
            @Schema(examples = "2300") BigDecimal high) {
    }

    /** One voice in a discrepancy and the figure it gives. */
    public record Side(
            @Schema(description = "The voice's key, as in the claimant figures", examples = "party:Azerbaijan") String claimantKey,
            @Schema(description = "How the text names the voice, or the publisher for its own voice",
                    examples = "Azerbaijan’s Defense Ministry") String claimantText,
            @Schema(examples = "Azerbaijan", nullable = true) String claimantParty,
            @Schema(description = "The voice's claims in the discrepancy") List<String> claimIds,
            @Schema(description = "The figure as a reader would say it", examples = "2,300") String figure,
            @Schema(description = "The figure's central value", examples = "2300") BigDecimal value,
            @Schema(description = "True when the voice counts its own side's losses, false for the adversary's "
                    + "(known to be inflated in war reporting), null when unknown", examples = "false", nullable = true)
            Boolean selfReported) {
    }
}
