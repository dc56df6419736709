package io.claimcheck.reconciler.domain;

import java.util.Locale;

/**
 * Who speaks for a claim, as a key that is equal for the claims of one voice.
 *
 * <p>A claimant party is the voice ("Azerbaijan", "SOHR"), or with the organ of it that speaks, one voice of the party
 * ("Azerbaijan: ministry", "Azerbaijan: prosecutor"): two speakers of one side are two claimants (docs/claim-model.md
 * §4), while a side's renamings of one body ("the defence ministry", "the ministry") stay one. Without a party, a
 * named claimant text is a voice within its publisher's article set ("a local source" quoted by Sputnik). A claim
 * without any claimant is the publisher's own voice.
 *
 * @param key   equal for the claims of one voice; the key of {@link ClaimantReliability}'s weights
 * @param label how an explanation names the voice: the claimant text, else the publisher, else "the article"
 * @param named whether the claim names its claimant (a named claimant is preferred to speak for a side)
 */
public record Claimant(String key, String label, boolean named) {

    public static Claimant of(ReportedClaim claim) {
        String publisher = blankToNull(claim.publisher());
        String text = blankToNull(claim.claimantText());
        String party = blankToNull(claim.claimantParty());
        String label = text != null ? text : publisher != null ? publisher : "the article";
        boolean named = text != null;
        if (party != null) {
            String organ = blankToNull(claim.claimantOrgan());
            return new Claimant(organ == null ? party : party + ": " + organ, label, named);
        }
        String publisherKey = publisher != null ? publisher : "article " + claim.articleId();
        return named
                ? new Claimant(publisherKey + ": " + text.toLowerCase(Locale.ROOT), label, true)
                : new Claimant(publisherKey, label, false);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
