package io.claimcheck.reconciler.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** One claim as the gateway sends it and the reconciler returns it; the fields of CLAIMS.md. */
public record ClaimPayload(
        @NotBlank String id,
        @NotBlank String articleId,
        @NotNull String mention,
        @Valid @NotNull Span span,
        Double value,
        Double lower,
        Double upper,
        @NotBlank String bound,
        @NotBlank String metric,
        String object,
        Party subject,
        Party claimant,
        String sentence) {

    /** UTF-16 offsets into the article text, end exclusive. */
    public record Span(int start, int end) {
    }

    /** A phrase naming a side, and the party it resolves to. */
    public record Party(String text, String party) {
    }
}
