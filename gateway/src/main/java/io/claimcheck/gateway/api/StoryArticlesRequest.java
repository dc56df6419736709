package io.claimcheck.gateway.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Articles to add to a story through the broker. */
@Schema(description = "Articles to add to a story asynchronously, with the story's party table")
public record StoryArticlesRequest(
        @Schema(description = "At most 50 articles with distinct ids")
        @NotNull @NotEmpty List<@Valid @NotNull ArticleInput> articles,
        @Schema(description = "The story's own parties, party name to aliases, added to the built-in gazetteer",
                examples = "{\"Armenia\": [\"Karabakh\", \"Artsakh\", \"Stepanakert\"]}")
        Map<String, List<String>> parties) {

    /** SHA-256 (hex) of the request as JSON: what a batch retried under its Idempotency-Key must bring again. */
    String contentHash(ObjectMapper json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(this)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("A request read from JSON is written back as JSON, and hashed", e);
        }
    }
}
