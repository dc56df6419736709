package io.claimcheck.gateway.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article to add to a story. */
@Schema(description = "An article to add to a story, with the story's party table")
public record StoryArticleRequest(
        @Valid @NotNull ArticleInput article,
        @Schema(description = "The story's own parties, party name to aliases, added to the built-in gazetteer",
                examples = "{\"Armenia\": [\"Karabakh\", \"Artsakh\", \"Stepanakert\"]}")
        Map<String, List<String>> parties) {
}
