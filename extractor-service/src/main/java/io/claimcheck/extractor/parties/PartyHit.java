package io.claimcheck.extractor.parties;

/**
 * Words in the text that name a party.
 *
 * @param first index of the first token
 * @param last  index of the last token
 * @param party the party they resolve to: a key of the request's table, else a country of the gazetteer
 */
public record PartyHit(int first, int last, String party) {
}
