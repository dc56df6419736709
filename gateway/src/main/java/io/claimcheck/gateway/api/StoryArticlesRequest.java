package io.claimcheck.gateway.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Articles to add to a story through the broker. */
@Schema(description = "Articles to add to a story asynchronously, with the story's party table")
public record StoryArticlesRequest(
        @Schema(description = "At most 50 articles with distinct ids")
        @NotNull @NotEmpty List<@Valid @NotNull ArticleInput> articles,
        @Schema(description = "The story's own parties, party name to aliases, added to the built-in gazetteer",
                examples = "{\"Armenia\": [\"Karabakh\", \"Artsakh\", \"Stepanakert\"]}")
        Map<String, List<String>> parties) {
}
