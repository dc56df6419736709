package io.claimcheck.extractor.claims;

/**
 * A phrase in the text that names a side: the words as written and the party they resolve to.
 *
 * @param text  the words in the text, e.g. {@code Azerbaijan's Defense Ministry}
 * @param party the party they resolve to, e.g. {@code Azerbaijan}; null when the phrase names no known party
 */
public record PartyMention(String text, String party) {
}
