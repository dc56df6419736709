package io.claimcheck.gateway.clients;

import java.util.List;
import java.util.Map;

import io.claimcheck.gateway.api.Claim;

/** The extractor's batch call, as the gateway sends and reads it (our own copy of its contract). */
public final class ExtractionBatch {

    private ExtractionBatch() {
    }

    /** Texts read with one party table; a text with more than {@code maxClaimsPerText} claims is refused (422). */
    public record Request(List<Text> texts, Map<String, List<String>> parties, int maxClaimsPerText) {
    }

    /** One text of a batch; the id becomes the claims' article id; days are read relative to its date. */
    public record Text(String id, String text, String publishedAt) {
    }

    /** One result per text, in order. */
    public record Response(List<Result> results) {
    }

    /** The claims of one text. */
    public record Result(String id, List<Claim> claims) {
    }
}
