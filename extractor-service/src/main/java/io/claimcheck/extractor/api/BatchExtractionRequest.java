package io.claimcheck.extractor.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Several texts read with one party table, e.g. the articles of one story.
 *
 * @param texts   the texts, each with its own id
 * @param parties the story's own parties, applied to every text
 * @param maxClaimsPerText optional: a text with more claims is refused (422 too-many-claims), so that the caller's
 *                         limit bounds the answer
 */
public record BatchExtractionRequest(@NotNull List<@Valid @NotNull Text> texts, Map<String, List<String>> parties,
                                     @Positive Integer maxClaimsPerText) {

    /** One text of a batch, with when it was published (ISO-8601; optional): days are read relative to it. */
    public record Text(String id, @NotNull String text, @Size(max = 40) String publishedAt) {
    }
}
