package io.claimcheck.reconciler.store;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One claim of a stored article; the columns are the fields of docs/claim-model.md. */
@Entity
@Table(name = "claim")
public class ClaimEntity {

    @Id
    public UUID pk;

    @Column(name = "story_id", nullable = false)
    public String storyId;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(name = "claim_id", nullable = false)
    public String claimId;

    @Column(nullable = false)
    public String mention;

    @Column(name = "span_start", nullable = false)
    public int spanStart;

    @Column(name = "span_end", nullable = false)
    public int spanEnd;

    @Column(name = "stated_value")
    public Double value;

    @Column(name = "lower_value")
    public Double lower;

    @Column(name = "upper_value")
    public Double upper;

    @Column(nullable = false)
    public String bound;

    @Column(nullable = false)
    public String metric;

    public String object;

    @Column(name = "subject_text")
    public String subjectText;

    @Column(name = "subject_party")
    public String subjectParty;

    @Column(name = "claimant_text")
    public String claimantText;

    @Column(name = "claimant_party")
    public String claimantParty;

    @Column(name = "claimant_organ")
    public String claimantOrgan;

    public String sentence;

    /** The claim's reading ({@link io.claimcheck.reconciler.domain.ClaimReading}), kept by {@link ClaimReadings}. */
    public String cues;

    public String place;

    @Column(name = "lead_set_aside")
    public Boolean leadSetAside;

    /** The incident the figure counts ({@link io.claimcheck.reconciler.domain.Incident}), kept by {@link IncidentColumns}. */
    @Column(name = "incident_place")
    public String incidentPlace;

    @Column(name = "incident_within")
    public String incidentWithin;

    @Column(name = "incident_day")
    public String incidentDay;

    @Column(name = "incident_attacker")
    public String incidentAttacker;

    @Column(name = "incident_cues")
    public String incidentCues;
}
