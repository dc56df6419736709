package io.claimcheck.reconciler.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A story: the articles, from any outlet, that report one event or conflict. */
@Entity
@Table(name = "story")
public class StoryEntity {

    @Id
    public String id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The rules its stored conflicts were judged under and their format ({@link DiscrepancyKeeper#judgedWith}). */
    @Column(name = "judged_with")
    public String judgedWith;

    /** How many changes the story has had: a replica's copy of it in memory is good for one version. */
    public long version;
}
