package io.claimcheck.gateway.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of discrepancies across stories, newest first. */
@Schema(description = "A page of discrepancies across stories, newest first")
public record DiscrepancyFeed(
        List<Item> items,
        @Schema(description = "Pass as cursor to read the next page; null on the last page", nullable = true) String next) {

    /** A discrepancy with its story and when it was found. */
    @Schema(name = "DiscrepancyFeedItem", description = "A discrepancy with its story and when it was found")
    public record Item(
            @Schema(examples = "nagorno-karabakh-2020") String storyId,
            @Schema(type = SchemaType.STRING, format = "date-time", examples = "2020-10-01T08:30:00Z") Instant detectedAt,
            Discrepancy discrepancy) {
    }
}
