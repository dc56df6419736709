package io.claimcheck.reconciler.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.claimcheck.reconciler.domain.ClaimReading;
import io.claimcheck.reconciler.domain.JudgedConflict;
import io.claimcheck.reconciler.domain.ReportedClaim;

/**
 * What an addition to a story reads of it, as of one version of the story: its claims in the reconciler's order, their
 * readings, and each stored discrepancy's row with the conflicts it rests on. Built from the database, or kept in
 * memory from the last change ({@link StoryCache}); never changed once built.
 *
 * @param version    the story row's version this state is of
 * @param judgements by discrepancy id
 */
record StoryState(long version, List<ReportedClaim> claims, Map<String, ClaimReading> readings,
                  Map<String, Judgement> judgements) {

    /** A stored discrepancy's row, and the conflicts it rests on. */
    record Judgement(UUID pk, List<JudgedConflict> conflicts) {
    }

    /** The order the reconciler breaks ties in, the same on every call: by article, then place in it. */
    static final Comparator<ReportedClaim> IN_ARTICLE_ORDER = Comparator.comparing(ReportedClaim::articleId)
            .thenComparing(ReportedClaim::mentionStart);

    StoryState {
        claims = Collections.unmodifiableList(claims);
        readings = Collections.unmodifiableMap(readings);
        judgements = Collections.unmodifiableMap(judgements);
    }

    /** A story with nothing in it yet, at {@code version}. */
    static StoryState empty(long version) {
        return new StoryState(version, List.of(), Map.of(), Map.of());
    }

    /** The state with an article's claims and readings added, in order. */
    StoryState withArticle(List<ReportedClaim> articleClaims, Map<String, ClaimReading> articleReadings) {
        List<ReportedClaim> all = new ArrayList<>(claims.size() + articleClaims.size());
        all.addAll(claims);
        all.addAll(articleClaims);
        all.sort(IN_ARTICLE_ORDER);
        Map<String, ClaimReading> allReadings = new HashMap<>(readings);
        allReadings.putAll(articleReadings);
        return new StoryState(version, all, allReadings, judgements);
    }

    StoryState judged(Map<String, ClaimReading> newReadings, Map<String, Judgement> newJudgements) {
        return new StoryState(version, claims, newReadings, newJudgements);
    }

    StoryState at(long newVersion) {
        return new StoryState(newVersion, claims, readings, judgements);
    }
}
