package io.claimcheck.gateway.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much a story holds. */
@Schema(description = "How much a story holds")
public record StorySummary(
        @Schema(examples = "nagorno-karabakh-2020") String storyId,
        @Schema(type = SchemaType.STRING, format = "date-time", examples = "2020-10-01T08:30:00Z") Instant createdAt,
        @Schema(examples = "3") long articles,
        @Schema(examples = "41") long claims,
        @Schema(examples = "1") long discrepancies) {
}
