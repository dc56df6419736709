package io.claimcheck.reconciler.store;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A journalist's verdict on one of a story's discrepancies, kept for good: the discrepancy is named by its id only,
 * so that the history outlives the discrepancy's row when its claims change.
 */
@Entity
@Table(name = "discrepancy_verdict")
public class VerdictEntity {

    @Id
    public UUID pk;

    @Column(name = "story_id", nullable = false)
    public String storyId;

    @Column(name = "discrepancy_id", nullable = false)
    public String discrepancyId;

    /** {@link io.claimcheck.reconciler.domain.VerdictKind}'s name. */
    @Column(nullable = false)
    public String verdict;

    /** {@link io.claimcheck.reconciler.domain.DismissalReason}'s name; null unless dismissed. */
    public String reason;

    public String note;

    /** When it was recorded, in epoch milliseconds; later than any verdict on the discrepancy recorded before it. */
    @Column(name = "recorded_at", nullable = false)
    public long recordedAt;
}
