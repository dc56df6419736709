package io.claimcheck.reconciler.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One claim as the gateway sends it and the reconciler returns it; the fields of docs/claim-model.md. The lengths are
 * those of the claim table's columns (db/migration/V1); what bean validation cannot say is {@link ClaimChecks}'.
 */
public record ClaimPayload(
        @NotBlank @Size(max = 300) String id,
        @NotBlank @Size(max = 200) String articleId,
        @NotNull @Size(max = 500) String mention,
        @Valid @NotNull Span span,
        Double value,
        Double lower,
        Double upper,
        @NotBlank @Size(max = 20) String bound,
        @NotBlank @Size(max = 30) String metric,
        @Size(max = 200) String object,
        @Valid Party subject,
        @Valid Party claimant,
        String sentence,
        @Valid IncidentPayload incident) {

    /** The same claim as a claim of that article (the broker's messages carry it once, on the article). */
    public ClaimPayload inArticle(String article) {
        return new ClaimPayload(id, article, mention, span, value, lower, upper, bound, metric, object, subject,
                claimant, sentence, incident);
    }

    /** UTF-16 offsets into the article text, end exclusive. */
    public record Span(@PositiveOrZero int start, @PositiveOrZero int end) {
    }

    /**
     * Which incident the figure counts, as the extractor read it (docs/claim-model.md §4); null or empty parts are unsaid.
     *
     * @param day  an ISO-8601 date or interval of dates
     * @param cues BACKGROUND, INCREMENT, SUBSET, PROVISIONAL, BOTH_SIDES, RECALLED
     */
    public record IncidentPayload(@Size(max = 500) String place, @Size(max = 10) List<@Size(max = 500) String> placeWithin,
                                  @Size(max = 40) String day, @Size(max = 500) String attacker,
                                  @Size(max = 5) List<String> cues) {
    }

    /** A phrase naming a side, the party it resolves to, and for a claimant the body of the party that speaks. */
    public record Party(@Size(max = 500) String text, @Size(max = 200) String party, @Size(max = 100) String organ) {
    }
}
