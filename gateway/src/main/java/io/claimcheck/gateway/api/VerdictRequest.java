package io.claimcheck.gateway.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A journalist's verdict on a discrepancy, to record. */
@Schema(description = "A journalist's verdict on a discrepancy: a reason with DISMISSED, and with no other verdict")
public record VerdictRequest(
        @Schema(examples = "DISMISSED") @NotNull VerdictKind verdict,
        @Schema(description = "Required with DISMISSED, refused with any other verdict", examples = "DIFFERENT_INCIDENTS")
        DismissalReason reason,
        @Schema(description = "The journalist's own words", examples = "Baku counts the whole front; Yerevan its own dead.")
        @Size(max = Verdict.MAX_NOTE_LENGTH) String note) {
}
