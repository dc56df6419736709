package io.claimcheck.reconciler.store;

import io.claimcheck.reconciler.domain.Bound;
import io.claimcheck.reconciler.domain.ReportedClaim;

/** A stored claim as the reconciliation rules read it, with its article's publisher and date. */
final class StoredClaims {

    private StoredClaims() {
    }

    static ReportedClaim reported(ClaimEntity claim, ArticleRepository.Provenance article) {
        return new ReportedClaim(claim.claimId, claim.articleId,
                article == null ? null : article.publisher(), article == null ? null : article.publishedAt(),
                claim.mention, claim.value, claim.lower, claim.upper, Bound.valueOf(claim.bound), claim.metric,
                claim.object, claim.subjectText, claim.subjectParty, claim.claimantText, claim.claimantParty,
                claim.sentence, claim.spanStart);
    }
}
