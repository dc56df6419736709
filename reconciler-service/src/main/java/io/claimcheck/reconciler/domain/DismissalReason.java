package io.claimcheck.reconciler.domain;

/**
 * Why a journalist dismissed a discrepancy: what the rules got wrong. Counted by reason, the dismissals are the
 * precision a newsroom sees, and which rule to mend first.
 */
public enum DismissalReason {

    /** The figures count different incidents (another day, place or attack). */
    DIFFERENT_INCIDENTS,
    /** One figure is a part of the other's total. */
    PART_OF_TOTAL,
    /** A number was read wrongly from its text. */
    MISREAD_NUMBER,
    /** A figure was put in the wrong mouth: the claimant is someone else. */
    WRONG_SPEAKER,
    /** Anything else; the note says what. */
    OTHER
}
