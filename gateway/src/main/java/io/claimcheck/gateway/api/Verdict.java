package io.claimcheck.gateway.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A journalist's verdict on a discrepancy, as recorded. */
@Schema(description = "A journalist's verdict on a discrepancy, as recorded")
public record Verdict(
        @Schema(examples = "DISMISSED") VerdictKind verdict,
        @Schema(description = "Why it was dismissed; null for any other verdict", examples = "DIFFERENT_INCIDENTS",
                nullable = true) DismissalReason reason,
        @Schema(description = "The journalist's own words; null when none",
                examples = "Baku counts the whole front; Yerevan its own dead.", nullable = true) String note,
        @Schema(description = "When it was recorded; each verdict on a discrepancy later than the one before",
                type = SchemaType.STRING, format = "date-time", examples = "2020-10-02T09:15:00.120Z") Instant recordedAt) {

    /** The longest note, in characters (UTF-16 code units). */
    static final int MAX_NOTE_LENGTH = 2000;
}
