package io.claimcheck.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A discrepancy's verdicts, oldest first. */
@Schema(description = "The verdicts on one of a story's discrepancies, oldest first")
public record DiscrepancyVerdicts(
        @Schema(examples = "nagorno-karabakh-2020") String storyId,
        @Schema(examples = "d-5ed50dc0033c") String discrepancyId,
        @Schema(description = "Every verdict recorded on the discrepancy, oldest first; kept after the discrepancy "
                + "was retired (its claims changed, so it has another id)") List<Verdict> verdicts) {
}
