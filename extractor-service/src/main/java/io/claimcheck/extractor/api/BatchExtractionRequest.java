package io.claimcheck.extractor.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Several texts read with one party table, e.g. the articles of one story.
 *
 * @param texts   the texts, each with its own id
 * @param parties the story's own parties, applied to every text
 */
public record BatchExtractionRequest(@NotNull List<@Valid @NotNull Text> texts, Map<String, List<String>> parties) {

    /** One text of a batch. */
    public record Text(String id, @NotNull String text) {
    }
}
