package io.claimcheck.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What adding an article did, with its claims and the story's discrepancies as they now stand. */
@Schema(description = "The stored article's claims and the story's discrepancies after adding it")
public record StoryArticleResponse(
        @Schema(examples = "nagorno-karabakh-2020") String storyId,
        @Schema(examples = "a1") String articleId,
        @Schema(description = "False when the story already held this article: adding it again changed nothing")
        boolean created,
        @Schema(description = "The article's claims as stored") List<Claim> claims,
        @Schema(description = "All of the story's discrepancies") List<Discrepancy> discrepancies) {
}
