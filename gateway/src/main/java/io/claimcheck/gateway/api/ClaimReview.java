package io.claimcheck.gateway.api;

import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A discrepancy as a schema.org {@code ClaimReview}, the JSON-LD that search engines and fact-check aggregators
 * read. The rating says how far apart the sources are; the explanation is the review.
 */
record ClaimReview(
        @JsonProperty("@context") String context,
        @JsonProperty("@type") String type,
        String url,
        String claimReviewed,
        Map<String, Object> itemReviewed,
        Map<String, Object> author,
        Map<String, Object> reviewRating,
        String reviewBody) {

    static final String MEDIA_TYPE = "application/ld+json";

    /**
     * The claim to review: one about the adversary's losses before one about the claimant's own (enemy losses are
     * known to be inflated in war reporting), then the larger figure.
     */
    private static final Comparator<Discrepancy.Side> MOST_IN_QUESTION = Comparator
            .comparing((Discrepancy.Side side) -> Boolean.FALSE.equals(side.selfReported()))
            .thenComparing(Discrepancy.Side::value);

    /** HIGH is the worst a set of figures can do: 1 of 3. */
    private static final Map<String, Integer> RATING = Map.of("HIGH", 1, "MEDIUM", 2, "LOW", 3);

    static ClaimReview of(String storyId, Discrepancy discrepancy) {
        Discrepancy.Side reviewed = discrepancy.sides().stream().max(MOST_IN_QUESTION).orElseThrow();
        String voice = reviewed.claimantText() == null ? "An article" : reviewed.claimantText();
        return new ClaimReview("https://schema.org", "ClaimReview",
                "/api/v1/stories/" + storyId + "/discrepancies/" + discrepancy.id(),
                voice + ": " + reviewed.figure() + " (" + discrepancy.metric().toLowerCase(Locale.ROOT) + ")",
                Map.of("@type", "Claim", "author", Map.of("@type", "Organization", "name", voice)),
                Map.of("@type", "Organization", "name", "claimcheck"),
                Map.of("@type", "Rating",
                        "ratingValue", RATING.getOrDefault(discrepancy.severity(), 2),
                        "bestRating", 3,
                        "worstRating", 1,
                        "alternateName", "Disputed: sources differ "
                                + discrepancy.ratio().setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                                + "-fold"),
                discrepancy.explanation());
    }
}
