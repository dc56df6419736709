package io.claimcheck.reconciler.domain;

/**
 * A conflict as a story keeps it between changes: by claim ids. Whether two claims conflict depends on those two
 * claims and their articles alone, never on claims that arrive later, so a pair once judged is not judged again.
 *
 * @param higherClaimId the claim with the larger figure (for a revision: the earlier one)
 * @param lowerClaimId  the claim with the smaller figure (for a revision: the later one)
 * @param ratio         as {@link Discrepancy#ratio()} reads it: the larger figure over the smaller
 */
public record JudgedConflict(String higherClaimId, String lowerClaimId, ConflictKind kind, double ratio) {

    static JudgedConflict of(Conflict conflict) {
        return new JudgedConflict(conflict.higher().claim().id(), conflict.lower().claim().id(), conflict.kind(),
                conflict.ratio());
    }
}
