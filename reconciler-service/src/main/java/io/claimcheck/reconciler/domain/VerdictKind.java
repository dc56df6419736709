package io.claimcheck.reconciler.domain;

/** What a journalist decided about a discrepancy after checking it. */
public enum VerdictKind {

    /** The sources do disagree: the discrepancy is real. */
    CONFIRMED(false),
    /** Not a disagreement after all; the {@link DismissalReason} says why. */
    DISMISSED(true),
    /** Not decided yet: someone has to look into it. */
    NEEDS_CHECKING(false);

    private final boolean needsReason;

    VerdictKind(boolean needsReason) {
        this.needsReason = needsReason;
    }

    /** Whether a verdict of this kind says why, with a {@link DismissalReason}: only a dismissal does. */
    public boolean needsReason() {
        return needsReason;
    }
}
