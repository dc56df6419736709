package io.claimcheck.gateway.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a story's articles, oldest publication first, without their texts. */
@Schema(description = "A page of a story's articles, oldest publication first and the undated last, without their "
        + "texts")
public record StoryArticles(
        @Schema(examples = "nagorno-karabakh-2020") String storyId,
        List<Article> articles,
        @Schema(description = "Pass as cursor to read the next page; null on the last page", nullable = true) String next) {

    /** An article of a story and how many claims were read from it. */
    @Schema(name = "StoryArticle", description = "An article of a story, without its text, and how many claims were "
            + "read from it")
    public record Article(
            @Schema(examples = "a1") String id,
            @Schema(examples = "Wire", nullable = true) String publisher,
            @Schema(type = SchemaType.STRING, format = "date-time", examples = "2020-10-01T00:00:00Z",
                    description = "When it was published (a date alone is its midnight, UTC); null when not given",
                    nullable = true) Instant publishedAt,
            @Schema(examples = "https://example.org/a1", nullable = true) String url,
            @Schema(description = "The claims read from it", examples = "2") long claims) {
    }
}
