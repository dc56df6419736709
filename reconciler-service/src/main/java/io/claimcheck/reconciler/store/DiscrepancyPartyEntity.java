package io.claimcheck.reconciler.store;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A party a discrepancy involves, as subject or as claimant: what the feed's party filter matches. */
@Entity
@Table(name = "discrepancy_party")
public class DiscrepancyPartyEntity {

    @Id
    public UUID pk;

    @Column(name = "discrepancy_pk", nullable = false)
    public UUID discrepancyPk;

    @Column(nullable = false)
    public String party;
}
