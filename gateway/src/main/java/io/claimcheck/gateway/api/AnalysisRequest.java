package io.claimcheck.gateway.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Articles to analyse together, so that claims from opposing sources can be compared. */
@Schema(description = "Articles of one story to analyse together")
public record AnalysisRequest(
        @Schema(description = "The articles; their claims are compared across all of them")
        @NotEmpty List<@Valid @NotNull ArticleInput> articles,
        @Schema(description = "The story's own parties, party name to aliases, added to the built-in gazetteer",
                examples = "{\"Armenia\": [\"Karabakh\", \"Artsakh\", \"Stepanakert\"]}")
        Map<String, List<String>> parties) {
}
