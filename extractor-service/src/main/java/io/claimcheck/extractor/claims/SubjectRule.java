package io.claimcheck.extractor.claims;

/**
 * The named rules that say whose people or things an amount counts (its subject party), in the order they are asked:
 * first the sentence's own words ({@link ClaimReader}), then what the speaker and the story tell ({@link ClaimBuilder}).
 * Each has its corpus of examples in {@code src/test/resources/corpus/en/rules/subject/}.
 */
public enum SubjectRule {
    /** The side of the noun "them" stands for: "surrounded the rebels and killed 14 of them". */
    ANTECEDENT_OF_THEM,
    /** A side named in the counted noun phrase: "12 Kareshi soldiers", "40 rebel fighters". */
    NAMED_IN_THE_NOUN_PHRASE,
    /** A holder in the noun phrase: "seven government-held districts". */
    HELD_BY_A_SIDE,
    /** A side after "of" or "by" the counted noun: "40 members of the Front". */
    OWNER_AFTER_THE_NOUN,
    /** Who did the counted acts: "300 violations committed by the militias". */
    AGENT_AFTER_THE_NOUN,
    /** A side named right before "of" the amount: "an army of 12,000 troops", where the army is a side. */
    OWNER_BEFORE_THE_AMOUNT,
    /** The sentence's subject lost them: "the Front lost 15 fighters", "Lorn has recorded 58 military deaths". */
    OWN_LOSS,
    /** Lost to a side's hands, in a war between states: "20 soldiers were captured by the Kareshi army". */
    LOST_TO_THE_OTHER_SIDE,
    /** The place after the amount, a side's territory: "58 deaths in Lorn". */
    PLACE_AFTER,
    /** The agent of counted acts: "the coalition conducted 18 strikes". */
    AGENT_OF_THE_ACTS,
    /** A role noun of the state, in a war inside one country: "12 policemen" are the government's. */
    STATE_ROLE_NOUN,
    /** A place leading the sentence: "In Dorva, dozens of men gathered". */
    FRONTED_PLACE,
    /** A side its sentence names as one side of the fighting: "the number of the dead on the Savan side was 64". */
    ON_A_SIDE,
    /** The claim before it in the same list or clause: "killed 40 soldiers and 6 officers". */
    SHARED_WITH_THE_CLAIM_BEFORE,
    /** The speaker's own, by its words: "its soldiers", "our fighters". */
    OWNED_BY_THE_SPEAKER,
    /** A side counting its own losses: "the defence ministry said 2,783 troops were killed". */
    SPEAKERS_OWN_COUNT,
    /** The speaker's enemy, by its words or its weapons count: "enemy equipment", "shot down 12 drones". */
    SPEAKERS_ENEMY,
    /** The side whose territory the sentence places the loss in, in a war between states: "13 killed in Selm". */
    PLACE_OF_THE_LOSS,
    /** A side's count of the dead of an attack it made counts the attacked: its own count turned to the enemy. */
    THE_ATTACKED,
    /** Weapons with no side beside one side's losses were fired by the other: "four missiles killed 63 soldiers". */
    FIRED_AT_THE_VICTIMS
}
