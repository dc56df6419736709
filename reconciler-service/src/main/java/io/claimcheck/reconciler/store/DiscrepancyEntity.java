package io.claimcheck.reconciler.store;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of a story's current discrepancies. The columns are what the feed filters and orders on; the body is the
 * discrepancy as served; the conflicts are what the reconciler keeps for the story's next change.
 */
@Entity
@Table(name = "discrepancy")
public class DiscrepancyEntity {

    @Id
    public UUID pk;

    @Column(name = "story_id", nullable = false)
    public String storyId;

    @Column(name = "discrepancy_id", nullable = false)
    public String discrepancyId;

    @Column(nullable = false)
    public String metric;

    @Column(nullable = false)
    public String severity;

    @Column(nullable = false)
    public double ratio;

    @Column(nullable = false)
    public double confidence;

    /** When the reconciler first found this discrepancy (its members unchanged since), in epoch milliseconds. */
    @Column(name = "detected_at", nullable = false)
    public long detectedAt;

    @Column(nullable = false)
    public String body;

    /**
     * The latest verdict recorded under this discrepancy's id in its story ({@link io.claimcheck.reconciler.domain.VerdictKind}'s
     * name), null while it has none: what the feed's review filter walks its index on. {@link VerdictStore} sets it
     * with each verdict, {@link DiscrepancyKeeper} when it stores a discrepancy; the verdicts themselves stay the record.
     */
    public String review;

    /** The conflicts the discrepancy rests on, one line each ({@link DiscrepancyCodec}), for the next change. */
    public String conflicts;
}
