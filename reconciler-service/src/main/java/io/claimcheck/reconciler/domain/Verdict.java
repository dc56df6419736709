package io.claimcheck.reconciler.domain;

/**
 * A journalist's verdict on a discrepancy: confirmed, dismissed for a reason, or to be checked, with an optional
 * note. A dismissal always says why and no other verdict gives a reason, so that every dismissal is counted under
 * its reason.
 *
 * @param kind   what the journalist decided
 * @param reason why the discrepancy was dismissed; null for any other verdict
 * @param note   the journalist's own words, at most {@link #MAX_NOTE_LENGTH} characters; null when none
 */
public record Verdict(VerdictKind kind, DismissalReason reason, String note) {

    /** The longest note, in UTF-16 code units (so in characters too, on every database). */
    public static final int MAX_NOTE_LENGTH = 2000;

    /** A verdict that breaks the rules above, naming the field at fault. */
    public static final class RefusedException extends IllegalArgumentException {

        private final String field;

        RefusedException(String field, String detail) {
            super(detail);
            this.field = field;
        }

        /** The field at fault, as the verdict's JSON names it. */
        public String field() {
            return field;
        }
    }

    public Verdict {
        if (kind == null) {
            throw new RefusedException("verdict", "is required");
        }
        if (kind.needsReason() && reason == null) {
            throw new RefusedException("reason", "is required when the verdict is " + kind
                    + ": say why the discrepancy is none");
        }
        if (!kind.needsReason() && reason != null) {
            throw new RefusedException("reason", "is given only with a verdict of DISMISSED, not with " + kind);
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new RefusedException("note", "is " + note.length() + " characters long; at most "
                    + MAX_NOTE_LENGTH + " are kept");
        }
    }
}
