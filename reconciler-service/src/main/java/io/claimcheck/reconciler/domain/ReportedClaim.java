package io.claimcheck.reconciler.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One numeric claim as the reconciler sees it (docs/claim-model.md §1).
 *
 * <p>Only {@code id}, {@code articleId}, {@code bound} and {@code metric} are required. A null
 * {@code lower} or {@code upper} means the interval is unbounded on that side; a null claimant is
 * the publisher's own voice. {@code mentionStart} is the UTF-16 offset of the mention in its
 * article; it orders an article's claims (when null, the order of the input list stands in). {@code incident}
 * is which incident the figure counts as the extractor read it; null when the claim came without one.
 * {@code claimantOrgan} is which body of the claimant's party speaks ("ministry", "officials"), as the extractor read
 * it: two speakers of one side are two voices; null when the party speaks as a whole.
 */
public record ReportedClaim(
        String id,
        String articleId,
        String publisher,
        Instant publishedAt,
        String mention,
        Double value,
        Double lower,
        Double upper,
        Bound bound,
        String metric,
        String object,
        String subjectText,
        String subjectParty,
        String claimantText,
        String claimantParty,
        String sentence,
        Integer mentionStart,
        Incident incident,
        String claimantOrgan) {

    public ReportedClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(metric, "metric");
    }

    /** The claim without the organ that speaks for its claimant's party. */
    public ReportedClaim(String id, String articleId, String publisher, Instant publishedAt, String mention,
                         Double value, Double lower, Double upper, Bound bound, String metric, String object,
                         String subjectText, String subjectParty, String claimantText, String claimantParty,
                         String sentence, Integer mentionStart, Incident incident) {
        this(id, articleId, publisher, publishedAt, mention, value, lower, upper, bound, metric, object,
                subjectText, subjectParty, claimantText, claimantParty, sentence, mentionStart, incident, null);
    }

    /** The claim without the extractor's reading of its incident. */
    public ReportedClaim(String id, String articleId, String publisher, Instant publishedAt, String mention,
                         Double value, Double lower, Double upper, Bound bound, String metric, String object,
                         String subjectText, String subjectParty, String claimantText, String claimantParty,
                         String sentence, Integer mentionStart) {
        this(id, articleId, publisher, publishedAt, mention, value, lower, upper, bound, metric, object,
                subjectText, subjectParty, claimantText, claimantParty, sentence, mentionStart, null, null);
    }

    /** The same claim without a known position in its article. */
    public ReportedClaim(String id, String articleId, String publisher, Instant publishedAt, String mention,
                         Double value, Double lower, Double upper, Bound bound, String metric, String object,
                         String subjectText, String subjectParty, String claimantText, String claimantParty,
                         String sentence) {
        this(id, articleId, publisher, publishedAt, mention, value, lower, upper, bound, metric, object,
                subjectText, subjectParty, claimantText, claimantParty, sentence, null, null, null);
    }
}
