package io.claimcheck.extractor.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

/**
 * One text to read.
 *
 * @param id      the caller's id for the text (an article id); it prefixes the claim ids
 * @param text    the text itself
 * @param parties the story's own parties, party name to aliases; added to the built-in gazetteer
 */
public record ExtractionRequest(String id, @NotNull String text, Map<String, List<String>> parties) {
}
