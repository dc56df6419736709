package io.claimcheck.extractor.incident;

/** How a figure stands to the incident it is about (lexicon {@code incident-cues.tsv}). */
public enum IncidentCue {
    /** A period longer than one incident: "since 2011", "over the past month", "in 2015". */
    BACKGROUND,
    /** A further group beside the toll: "another 10", "four other victims". */
    INCREMENT,
    /** A part of a toll: "among them 12 children", "four are being treated in Selm". */
    SUBSET,
    /** An early count that later ones supersede: "preliminary reports", "an earlier toll". */
    PROVISIONAL,
    /** The toll of both sides together: "dozens of deaths on both sides"; no count of one side's. */
    BOTH_SIDES,
    /**
     * A figure of another incident than its sentence's, in a clause that recalls it: "a day after rockets killed 17";
     * no lead figure of its article.
     */
    RECALLED
}
