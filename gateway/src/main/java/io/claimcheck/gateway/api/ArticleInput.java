package io.claimcheck.gateway.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article to analyse. */
@Schema(description = "An article to analyse")
public record ArticleInput(
        @Schema(description = "The caller's id for the article, unique within the request: letters, digits and . _ : -",
                examples = "a1")
        @NotNull @Pattern(regexp = Ids.PATTERN) String id,
        @Schema(description = "The article text; claim spans are UTF-16 offsets into it",
                examples = "Azerbaijan's Defense Ministry said its forces had killed 2,300 Karabakh soldiers.")
        @NotNull String text,
        @Schema(description = "Who published it", examples = "AP") @Size(max = 500) String publisher,
        @Schema(description = "When it was published: an ISO-8601 date or date-time", examples = "2020-10-01")
        @Size(max = 40) String publishedAt,
        @Schema(description = "Where it was published", examples = "https://example.org/karabakh") @Size(max = 2000) String url) {
}
