package io.claimcheck.reconciler.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story that has just received articles, as {@link Reconciler#update} reads it.
 *
 * @param claims        the story's claims, old and new (or at least all of the metrics the new articles report), in
 *                      the same order on every call: the order ties are broken in
 * @param newArticleIds the articles just added; their claims are judged against every other claim
 * @param earlier       the discrepancies the story had among these claims before the change, by id, each with the
 *                      conflicts behind it; empty to judge every pair afresh
 * @param readings      the claims' readings kept since their articles arrived ({@link Reconciler#read}), by claim id;
 *                      a claim without one is read from its sentence (the claims of one article: all or none)
 */
public record StoryChange(List<ReportedClaim> claims, Set<String> newArticleIds,
                          Map<String, List<JudgedConflict>> earlier, Map<String, ClaimReading> readings) {

    public StoryChange {
        claims = List.copyOf(claims);
        newArticleIds = Set.copyOf(newArticleIds);
        earlier = Map.copyOf(earlier);
        readings = Map.copyOf(readings);
    }

    /** A change whose claims are all read from their sentences. */
    public StoryChange(List<ReportedClaim> claims, Set<String> newArticleIds, Map<String, List<JudgedConflict>> earlier) {
        this(claims, newArticleIds, earlier, Map.of());
    }
}
