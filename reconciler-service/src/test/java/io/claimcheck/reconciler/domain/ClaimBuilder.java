package io.claimcheck.reconciler.domain;

import java.time.Instant;

/** Builds test claims; every field not set is null, as the extractor leaves what the text does not say. */
final class ClaimBuilder {

    private final String id;
    private String articleId = "a1";
    private String publisher = "Daily Example";
    private Instant publishedAt;
    private String mention;
    private Double value;
    private Double lower;
    private Double upper;
    private Bound bound = Bound.EXACT;
    private String metric = "KILLED";
    private String object;
    private String subjectText;
    private String subjectParty;
    private String claimantText;
    private String claimantParty;
    private String claimantOrgan;
    private String sentence;
    private Integer mentionStart;
    private Incident incident;

    private ClaimBuilder(String id) {
        this.id = id;
    }

    static ClaimBuilder claim(String id) {
        return new ClaimBuilder(id);
    }

    /** A figure in the given bound: EXACT/APPROXIMATE pin both ends, AT_LEAST/MORE_THAN the lower, the rest the upper. */
    ClaimBuilder figure(Bound bound, double value) {
        this.bound = bound;
        this.value = value;
        this.mention = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        switch (bound) {
            case EXACT, APPROXIMATE -> {
                lower = value;
                upper = value;
            }
            case AT_LEAST, MORE_THAN -> lower = value;
            case AT_MOST, LESS_THAN -> upper = value;
            case RANGE -> throw new IllegalArgumentException("use range(lower, upper)");
        }
        return this;
    }

    ClaimBuilder exactly(double value) {
        return figure(Bound.EXACT, value);
    }

    ClaimBuilder range(double lower, double upper) {
        this.bound = Bound.RANGE;
        this.value = null;
        this.lower = lower;
        this.upper = upper;
        return this;
    }

    ClaimBuilder mention(String mention) {
        this.mention = mention;
        return this;
    }

    ClaimBuilder metric(String metric) {
        this.metric = metric;
        return this;
    }

    ClaimBuilder object(String object) {
        this.object = object;
        return this;
    }

    ClaimBuilder subject(String text, String party) {
        this.subjectText = text;
        this.subjectParty = party;
        return this;
    }

    ClaimBuilder subjectParty(String party) {
        this.subjectParty = party;
        return this;
    }

    ClaimBuilder claimant(String text, String party) {
        this.claimantText = text;
        this.claimantParty = party;
        return this;
    }

    ClaimBuilder article(String articleId, String publisher) {
        this.articleId = articleId;
        this.publisher = publisher;
        return this;
    }

    ClaimBuilder publishedAt(String instant) {
        this.publishedAt = Instant.parse(instant);
        return this;
    }

    ClaimBuilder sentence(String sentence) {
        this.sentence = sentence;
        return this;
    }

    ClaimBuilder incident(Incident incident) {
        this.incident = incident;
        return this;
    }

    /** Which body of the claimant's party speaks ("ministry", "officials"). */
    ClaimBuilder organ(String organ) {
        this.claimantOrgan = organ;
        return this;
    }

    ClaimBuilder at(int mentionStart) {
        this.mentionStart = mentionStart;
        return this;
    }

    ReportedClaim build() {
        return new ReportedClaim(id, articleId, publisher, publishedAt, mention, value, lower, upper, bound, metric,
                object, subjectText, subjectParty, claimantText, claimantParty, sentence, mentionStart, incident,
                claimantOrgan);
    }
}
