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

    /** A discrepancy with its story, when it was found, and its latest verdict. */
    @Schema(name = "DiscrepancyFeedItem", description = "A discrepancy with its story, when it was found, and the "
            + "latest verdict a journalist recorded on it")
    public record Item(
            @Schema(examples = "nagorno-karabakh-2020") String storyId,
            @Schema(type = SchemaType.STRING, format = "date-time", examples = "2020-10-01T08:30:00Z") Instant detectedAt,
            Discrepancy discrepancy,
            @Schema(description = "The latest verdict recorded on the discrepancy (under its current id); null while "
                    + "it has none", nullable = true) LatestVerdict latestVerdict) {
    }

    /** A discrepancy's latest verdict, as the feed shows it; the whole history, with notes, is under its story. */
    @Schema(name = "LatestVerdict", description = "A discrepancy's latest verdict: what was decided, why if dismissed, "
            + "and when. The history, with the journalists' notes, is listDiscrepancyVerdicts.")
    public record LatestVerdict(
            @Schema(examples = "DISMISSED") VerdictKind verdict,
            @Schema(description = "Why it was dismissed; null for any other verdict", examples = "DIFFERENT_INCIDENTS",
                    nullable = true) DismissalReason reason,
            @Schema(type = SchemaType.STRING, format = "date-time", examples = "2020-10-02T09:15:00.120Z")
            Instant recordedAt) {
    }
}
