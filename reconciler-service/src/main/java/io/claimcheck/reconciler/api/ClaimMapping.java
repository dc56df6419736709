package io.claimcheck.reconciler.api;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import io.claimcheck.reconciler.domain.Bound;
import io.claimcheck.reconciler.domain.Interval;
import io.claimcheck.reconciler.domain.ReportedClaim;
import io.claimcheck.reconciler.store.ClaimEntity;
import io.claimcheck.reconciler.store.IncidentColumns;

/** Moves a claim from the wire payload to the stored row or the domain's {@link ReportedClaim}, and back. */
final class ClaimMapping {

    /** What the domain needs to know of an article: who published it and when. */
    record Provenance(String publisher, Instant publishedAt) {

        static final Provenance UNKNOWN = new Provenance(null, null);
    }

    private ClaimMapping() {
    }

    static ReportedClaim toDomain(ClaimPayload claim, Map<String, Provenance> articles) {
        Provenance from = articles.getOrDefault(claim.articleId(), Provenance.UNKNOWN);
        return checked(new ReportedClaim(claim.id(), claim.articleId(), from.publisher(), from.publishedAt(),
                claim.mention(), claim.value(), claim.lower(), claim.upper(), bound(claim.bound()), claim.metric(),
                claim.object(), textOf(claim.subject()), partyOf(claim.subject()), textOf(claim.claimant()),
                partyOf(claim.claimant()), claim.sentence(), claim.span().start(),
                IncidentMapping.toDomain(claim.incident()), organOf(claim.claimant())));
    }

    static ClaimEntity toRow(ClaimPayload claim) {
        ReportedClaim read = toDomain(claim, Map.of());
        ClaimEntity row = new ClaimEntity();
        row.claimId = claim.id();
        row.mention = claim.mention();
        row.spanStart = claim.span().start();
        row.spanEnd = claim.span().end();
        row.value = claim.value();
        row.lower = claim.lower();
        row.upper = claim.upper();
        row.bound = bound(claim.bound()).name();
        // metric names are case-insensitive (docs/claim-model.md writes them upper-case); one spelling keeps a story's claims
        // of a metric together in the index the reconciler reads them by
        row.metric = claim.metric().toUpperCase(Locale.ROOT);
        row.object = claim.object();
        row.subjectText = textOf(claim.subject());
        row.subjectParty = partyOf(claim.subject());
        row.claimantText = textOf(claim.claimant());
        row.claimantParty = partyOf(claim.claimant());
        row.claimantOrgan = organOf(claim.claimant());
        row.sentence = claim.sentence();
        IncidentColumns.write(read.incident(), row);
        return row;
    }

    static ClaimPayload toPayload(ClaimEntity row) {
        return new ClaimPayload(row.claimId, row.articleId, row.mention, new ClaimPayload.Span(row.spanStart, row.spanEnd),
                row.value, row.lower, row.upper, row.bound, row.metric, row.object,
                party(row.subjectText, row.subjectParty, null),
                party(row.claimantText, row.claimantParty, row.claimantOrgan), row.sentence,
                IncidentMapping.toPayload(IncidentColumns.read(row)));
    }

    // The amounts a claim allows must be an interval ("lower 4000000, upper 5" allows none): else the caller's fault.
    private static ReportedClaim checked(ReportedClaim claim) {
        try {
            Interval.of(claim);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableClaimException("claim '" + claim.id() + "'", "allows no amount: " + e.getMessage());
        }
        return claim;
    }

    private static Bound bound(String name) {
        try {
            return Bound.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("bound '" + name + "' is not one of EXACT, APPROXIMATE, AT_LEAST, "
                    + "MORE_THAN, AT_MOST, LESS_THAN, RANGE");
        }
    }

    private static ClaimPayload.Party party(String text, String party, String organ) {
        return text == null && party == null ? null : new ClaimPayload.Party(text, party, organ);
    }

    private static String textOf(ClaimPayload.Party party) {
        return party == null ? null : party.text();
    }

    private static String partyOf(ClaimPayload.Party party) {
        return party == null ? null : party.party();
    }

    private static String organOf(ClaimPayload.Party party) {
        return party == null ? null : party.organ();
    }
}
