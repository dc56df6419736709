package io.claimcheck.extractor.claims;

/**
 * The named rules that say what an amount counts, in the order {@link ClaimReader} asks them: the first that speaks
 * gives the metric. Each has its corpus of examples in {@code src/test/resources/corpus/en/rules/metric/}, named
 * after it in lower case with dashes.
 */
public enum MetricRule {
    /** The amount itself: money, a percentage, a ratio, a measure ("$5m", "12 %", "40 km"). */
    AMOUNT_KIND(Kind.AMOUNT),
    /** Its noun is the event: "104 military deaths", "six martyrs". */
    EVENT_NOUN(Kind.NOUN),
    /** A participle before its noun says what happened to it: "45 injured workers". */
    PARTICIPLE_BEFORE_NOUN(Kind.NOUN),
    /** A part joined to the claim before it counts what that counts: "56 dead including 11 children". */
    PART_OF_THE_CLAIM_BEFORE(Kind.SHARED),
    /** The verb before it, shared along a list: "destroyed 130 tanks, 200 artillery units". */
    GOVERNING_VERB(Kind.GOVERNOR),
    /** What the sentence says of it after: "12 civilians were killed", "56 dead". */
    PREDICATE_AFTER(Kind.PREDICATE),
    /** A figure's noun before it: "the death toll ... reached 51". */
    FIGURE_NOUN_BEFORE(Kind.CONTEXT),
    /** A bare amount breaking down the claim before it: "21 killed, 15 in Manbij". */
    BREAKDOWN_OF_THE_CLAIM_BEFORE(Kind.SHARED),
    /** Its noun implies what happened: "300 refugees". */
    IMPLYING_NOUN(Kind.WEAK_NOUN),
    /** Nothing says what happened: a plain count of its noun ("nine schools"). */
    PLAIN_COUNT(Kind.COUNT),
    /** The whole of a part is a count of its noun, whatever happened to the part: "18 of the 31 lorries". */
    WHOLE_OF_A_PART(Kind.COUNT),
    /** People "destroyed" are people killed: "600 soldiers were destroyed", "destroyed 80 servicemen". */
    PEOPLE_DESTROYED_ARE_KILLED(Kind.PREDICATE),
    /** Weapons "lost" or "killed" are weapons destroyed: "two tanks were lost". */
    WEAPONS_LOST_ARE_DESTROYED(Kind.PREDICATE),
    /** One voice's casualties that it also gives, the same figure for the same side, as deaths are its dead. */
    CASUALTIES_RESTATED_AS_DEATHS(Kind.NOUN);

    /** Where a rule finds the metric; rules of one kind behave alike in lists and shared subjects. */
    enum Kind { AMOUNT, NOUN, SHARED, PREDICATE, GOVERNOR, CONTEXT, WEAK_NOUN, COUNT }

    private final Kind kind;

    MetricRule(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
