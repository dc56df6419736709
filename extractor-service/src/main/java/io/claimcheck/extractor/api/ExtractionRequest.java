package io.claimcheck.extractor.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One text to read.
 *
 * @param id      the caller's id for the text (an article id); it prefixes the claim ids
 * @param text    the text itself
 * @param parties the story's own parties, party name to aliases; added to the built-in gazetteer
 * @param publishedAt when the text was published (ISO-8601 date or date-time); days such as "on Friday" are read
 *                    relative to it, and not at all without it
 */
public record ExtractionRequest(String id, @NotNull String text, Map<String, List<String>> parties,
                                @Size(max = 40) String publishedAt) {
}
