package io.claimcheck.reconciler.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Articles that count one thing (a metric) in several incidents (the two sides' attacks the same day, an earlier
 * attack recalled), and the figures in them whose own words cannot tell which one they count (docs/claim-model.md §4: where
 * the text cannot tell whether two figures count the same incident, do not flag). A figure is unplaced when its
 * incident key fits two incidents of its article and metric that differ from each other in place or day. Other
 * metrics' figures do not count: explosions heard in a city are no second toll, and without a gazetteer of towns a
 * town and the province it lies in look like two places. Attackers alone do not make two incidents here:
 * a war between two states has both sides attacking in one battle, and the texts name each side's fire. Within its own
 * article a figure's day is read as its writer dates ("Tuesday's" toll is not Monday's), without the day's grace two
 * outlets get. Depends on the article alone, so a figure is placed or not whatever else the story holds.
 */
final class SeveralIncidents {

    /** A period's total, a further group or a part of a toll names no incident of its own. */
    private static final Set<SentenceCues.Cue> NOT_AN_INCIDENT = EnumSet.of(SentenceCues.Cue.BACKGROUND,
            SentenceCues.Cue.INCREMENT, SentenceCues.Cue.SUBGROUP);

    /** An article and a metric, upper-cased. */
    private record Counted(String articleId, String metric) {
    }

    /** For each article and metric with a figure to judge, the pairs of its incidents that differ. */
    private final Map<Counted, List<IncidentKey[]>> differingByArticle = new HashMap<>();

    SeveralIncidents(List<ReportedClaim> claims, Collection<List<Figure>> toJudge) {
        Set<String> articles = new HashSet<>();
        toJudge.forEach(figures -> figures.forEach(figure -> articles.add(figure.claim().articleId())));
        Map<Counted, Set<IncidentKey>> keysByArticle = new HashMap<>();
        for (ReportedClaim claim : claims) {
            if (claim.incident() != null && articles.contains(claim.articleId())
                    && Collections.disjoint(claim.incident().cues(), NOT_AN_INCIDENT)) {
                IncidentKey key = IncidentKey.of(claim.incident()).withoutAttacker();
                if (key.isStated()) {
                    keysByArticle.computeIfAbsent(counted(claim.articleId(), claim.metric()),
                            id -> new LinkedHashSet<>()).add(key);
                }
            }
        }
        keysByArticle.forEach((article, keys) -> {
            List<IncidentKey> distinct = List.copyOf(keys);
            List<IncidentKey[]> differing = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i++) {
                for (int j = i + 1; j < distinct.size(); j++) {
                    if (distinct.get(i).relationTo(distinct.get(j)) == IncidentKey.Relation.DIFFERENT) {
                        differing.add(new IncidentKey[] {distinct.get(i), distinct.get(j)});
                    }
                }
            }
            if (!differing.isEmpty()) {
                differingByArticle.put(article, differing);
            }
        });
    }

    private static Counted counted(String articleId, String metric) {
        return new Counted(articleId, metric.toUpperCase(Locale.ROOT));
    }

    /** Whether the figure's key tells which of its article's incidents it counts (always, in a one-incident article). */
    boolean canPlace(Figure figure) {
        return fits(figure, figure.claim().articleId(), true);
    }

    /**
     * Whether each of two figures' keys tells which of the other's article's incidents it could count: an undated
     * figure says nothing against one of an article that reports Saturday's attack beside Wednesday's. Depends on the
     * two figures and their articles alone.
     */
    boolean canTell(Figure first, Figure second) {
        String firstArticle = first.claim().articleId();
        String secondArticle = second.claim().articleId();
        return fits(first, secondArticle, firstArticle.equals(secondArticle))
                && fits(second, firstArticle, firstArticle.equals(secondArticle));
    }

    // Within its own article a figure's day is read as its writer dates: a day apart is another incident. Asked for
    // every pair a new claim makes, so most stories (one incident an article) answer before building a key.
    private boolean fits(Figure figure, String articleId, boolean ownArticle) {
        if (differingByArticle.isEmpty()) {
            return true;
        }
        IncidentKey key = figure.incident();
        // a figure's metric is upper-cased already
        for (IncidentKey[] pair : differingByArticle.getOrDefault(new Counted(articleId, figure.metric()), List.of())) {
            if (!apart(key, pair[0], ownArticle) && !apart(key, pair[1], ownArticle)) {
                return false;
            }
        }
        return true;
    }

    private static boolean apart(IncidentKey key, IncidentKey incident, boolean ownArticle) {
        return (ownArticle ? key.relationInOneArticle(incident) : key.relationTo(incident))
                == IncidentKey.Relation.DIFFERENT;
    }
}
