package io.claimcheck.extractor.api;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.claims.Metric;
import io.claimcheck.extractor.claims.PartyMention;
import io.claimcheck.extractor.incident.Incident;
import io.claimcheck.extractor.numbers.Bound;
import io.claimcheck.extractor.pipeline.ReadClaim;

import java.util.List;

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
        String sentence,
        IncidentResponse incident) {

    /** UTF-16 offsets into the submitted text, end exclusive. */
    public record Span(int start, int end) {
    }

    /**
     * A phrase naming a side and the party it resolves to.
     *
     * @param organ for a claimant, which body of its party speaks ("ministry", "officials"): two speakers of one side
     *              are two claimants; null when the party speaks as a whole, and always for a subject
     */
    public record PartyResponse(String text, String party, String organ) {

        static PartyResponse of(PartyMention mention, String organ) {
            return mention == null ? null : new PartyResponse(mention.text(), mention.party(), organ);
        }
    }

    /**
     * Which incident the figure counts, as far as its clause says (docs/claim-model.md §4): null or empty parts are unsaid.
     *
     * @param place       the most specific place named ("Hara", "east Dorva")
     * @param placeWithin the places it lies in, innermost first
     * @param day         ISO 8601 day or interval of days, relative to the article's date
     * @param attacker    the attacking side
     * @param cues        BACKGROUND (a period's total), INCREMENT (a further group), SUBSET (part of a toll),
     *                    PROVISIONAL (an early count), BOTH_SIDES (the toll of both sides together), RECALLED
     *                    (another incident, recalled: "a day after rockets killed 17")
     */
    public record IncidentResponse(String place, List<String> placeWithin, String day, String attacker,
                                   List<String> cues) {

        static IncidentResponse of(Incident incident) {
            return new IncidentResponse(incident.place(), incident.placeWithin(), incident.day(), incident.attacker(),
                    incident.cues().stream().map(Enum::name).toList());
        }
    }

    /**
     * The id is the text's id and the mention's start, so it is stable across runs and unique within a story
     * (one mention gives at most one claim).
     */
    static ClaimResponse of(String textId, ReadClaim read) {
        Claim claim = read.claim();
        String id = (textId == null ? "" : textId + "@") + claim.start();
        return new ClaimResponse(id, claim.mention(), new Span(claim.start(), claim.end()),
                JsonNumbers.of(claim.value()), JsonNumbers.of(claim.lower()), JsonNumbers.of(claim.upper()),
                claim.bound(), claim.metric(), claim.object(),
                PartyResponse.of(claim.subject(), null), PartyResponse.of(claim.claimant(), read.claimantOrgan()),
                claim.sentence(),
                IncidentResponse.of(read.incident()));
    }
}
