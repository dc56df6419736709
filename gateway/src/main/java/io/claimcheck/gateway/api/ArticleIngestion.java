package io.claimcheck.gateway.api;

import java.time.Instant;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimcheck.gateway.clients.Stories;

/** Where an article submitted with {@code Prefer: respond-async} stands. */
@Schema(description = "Where an article submitted asynchronously stands")
public record ArticleIngestion(
        @Schema(examples = "nagorno-karabakh-2020") String storyId,
        @Schema(examples = "a1") String articleId,
        @Schema(description = "queued: on the broker; extracted: its claims are read; reconciled: stored in the story "
                + "with its claims; failed: refused or given up on, see reason",
                enumeration = { "queued", "extracted", "reconciled", "failed" }, examples = "reconciled")
        String state,
        @Schema(description = "Why it failed (null unless failed)", nullable = true,
                examples = "Article 'a1' holds 1,204 claims; the limit is 1000 an article.")
        String reason,
        @Schema(description = "When it reached this state") Instant updatedAt) {

    static ArticleIngestion of(Stories.Ingestion ingestion) {
        return new ArticleIngestion(ingestion.storyId(), ingestion.articleId(),
                ingestion.state().toLowerCase(Locale.ROOT), ingestion.reason(), ingestion.updatedAt());
    }
}
