package io.claimcheck.extractor.claims;

/**
 * The named rules that say who asserts an amount (its claimant), as {@link Attribution} asks them for each figure.
 * Each has its corpus of examples in {@code src/test/resources/corpus/en/rules/claimant/}.
 */
public enum ClaimantRule {
    /** The figure stands in a quotation, and its speaker is named around it: "'40 died,' the mayor said". */
    QUOTATION,
    /** A relative clause on the figure's noun names who gives it: "the 500 deaths that officials first reported". */
    RELATIVE_CLAUSE,
    /** A participle of citing after the figure: "..., citing the health ministry". */
    CITING,
    /** "According to" a source, before or after the figure. */
    ACCORDING_TO,
    /** A verb of saying before the figure covers it: "the ministry said that 40 soldiers were killed". */
    SAID_BEFORE,
    /** A verb of saying after the figure covers it: "40 soldiers were killed, the ministry said". */
    SAID_AFTER,
    /** A participle of saying gives the figure to its sentence's subject: "the Watch raised its toll, saying 40 died". */
    PARTICIPLE_OF_SAYING,
    /** A headline's source tag with no verb: "Bomb kills six in market: state radio". */
    HEADLINE_TAG,
    /** A sentence that only adds figures keeps the speaker of the one before: "Another 14 are missing." */
    CARRIED_INTO_AN_ADDING_SENTENCE,
    /** An unnamed official voice counting a side's losses speaks for that side: "according to official data". */
    OFFICIAL_VOICE_OF_A_SIDE
}
