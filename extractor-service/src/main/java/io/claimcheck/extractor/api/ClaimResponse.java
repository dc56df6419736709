package io.claimcheck.extractor.api;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.claims.Metric;
import io.claimcheck.extractor.claims.PartyMention;
import io.claimcheck.extractor.numbers.Bound;

/** One claim as the extraction API returns it; the field names are those of docs/claim-model.md. */
public record ClaimResponse(
        String id,
        String mention,
        Span span,
        Number value,
        Number lower,
        Number upper,
        Bound bound,
        Metric metric,
        String object,
        PartyResponse subject,
        PartyResponse claimant,
        String sentence) {

    /** UTF-16 offsets into the submitted text, end exclusive. */
    public record Span(int start, int end) {
    }

    /** A phrase naming a side and the party it resolves to. */
    public record PartyResponse(String text, String party) {

        static PartyResponse of(PartyMention mention) {
            return mention == null ? null : new PartyResponse(mention.text(), mention.party());
        }
    }

    /**
     * The id is the text's id and the mention's start, so it is stable across runs and unique within a story
     * (one mention gives at most one claim).
     */
    static ClaimResponse of(String textId, Claim claim) {
        String id = (textId == null ? "" : textId + "@") + claim.start();
        return new ClaimResponse(id, claim.mention(), new Span(claim.start(), claim.end()),
                JsonNumbers.of(claim.value()), JsonNumbers.of(claim.lower()), JsonNumbers.of(claim.upper()),
                claim.bound(), claim.metric(), claim.object(),
                PartyResponse.of(claim.subject()), PartyResponse.of(claim.claimant()), claim.sentence());
    }
}
