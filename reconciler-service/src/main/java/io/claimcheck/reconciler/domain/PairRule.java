package io.claimcheck.reconciler.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether two comparable claims conflict (docs/claim-model.md §4), voice against voice and over time.
 *
 * <ul>
 *   <li>Different voices conflict when their intervals cannot both be true, or a total is below a part in the
 *       same article.</li>
 *   <li>Except when the figures are so far apart that they count different scopes, or the lower one is an early
 *       count: one that calls itself so, or a paper's own toll before a later report. A toll its own side later
 *       raised is no longer compared at all ({@link LaterCountRule}); another named voice's later, higher figure is
 *       a discrepancy.</li>
 *   <li>One voice corroborates itself, except when a later article carries a lower cumulative figure from it, or
 *       an article gives its figure beside its own higher early count ("471, revising its earlier 500"), or two of
 *       its figures of one dated or placed incident stand in one article and cannot both be true.</li>
 * </ul>
 */
final class PairRule {

    private final ReconciliationRules rules;
    private final Comparability comparability;

    PairRule(ReconciliationRules rules, Comparability comparability) {
        this.rules = rules;
        this.comparability = comparability;
    }

    Optional<Conflict> judge(Figure first, Figure second) {
        Comparability.Relation relation = comparability.between(first, second);
        if (relation == Comparability.Relation.UNRELATED) {
            return Optional.empty();
        }
        if (first.claimant().key().equals(second.claimant().key())) {
            return relation == Comparability.Relation.SAME_COUNT ? revisedDown(first, second) : Optional.empty();
        }
        return switch (relation) {
            case SAME_COUNT -> first.interval().meets(second.interval())
                    ? Optional.empty() : worthFlagging(Conflict.between(first, second, ConflictKind.DIFFERENT_FIGURES));
            case FIRST_IS_TOTAL -> totalBelowPart(first, second);
            case SECOND_IS_TOTAL -> totalBelowPart(second, first);
            case UNRELATED -> Optional.empty();
        };
    }

    // Across articles a total and a part too often count different scopes (yesterday's 26 dead, today's 32
    // rebels), unless both date their incident; within one article, a writer who sets them side by side is reporting
    // conflicting figures.
    private Optional<Conflict> totalBelowPart(Figure total, Figure part) {
        boolean oneIncident = total.claim().articleId().equals(part.claim().articleId())
                || total.incident().hasDay() && part.incident().hasDay();
        return oneIncident && total.interval().isBelow(part.interval())
                ? worthFlagging(Conflict.between(total, part, ConflictKind.TOTAL_BELOW_PART))
                : Optional.empty();
    }

    private Optional<Conflict> worthFlagging(Conflict conflict) {
        if (conflict.ratio() > rules.maxScopeRatio() || isGrowingToll(conflict.lower(), conflict.higher())) {
            return Optional.empty();
        }
        return Optional.of(conflict);
    }

    // The lower figure is an early count the higher one may simply have overtaken: it calls itself one ("preliminary
    // reports said 15"), or a paper's own toll stands on one side of the growth, and a paper writes the toll known when
    // it went to press. Two named voices each keep their own count: a monitor's 10 on Saturday against a charity's 13
    // on Monday disagree. A toll its own side later raised has already left the comparisons (LaterCountRule).
    private static boolean isGrowingToll(Figure lower, Figure higher) {
        if (lower.has(SentenceCues.Cue.PROVISIONAL)) {
            return true;
        }
        return lower.cumulative() && !higher.has(SentenceCues.Cue.PROVISIONAL)
                && isBefore(lower.claim().publishedAt(), higher.claim().publishedAt())
                && (!lower.claimant().named() || !higher.claimant().named());
    }

    private Optional<Conflict> revisedDown(Figure first, Figure second) {
        if (!first.cumulative()) {
            return Optional.empty();
        }
        if (first.claim().articleId().equals(second.claim().articleId())) {
            Figure early = first.isEarlyCountRevisedDownBy(second) ? first
                    : second.isEarlyCountRevisedDownBy(first) ? second : null;
            if (early != null) {
                return revision(early, early == first ? second : first);
            }
            return contradictsItself(first, second)
                    ? worthFlagging(Conflict.between(first, second, ConflictKind.DIFFERENT_FIGURES))
                    : Optional.empty();
        }
        Instant firstAt = first.claim().publishedAt();
        Instant secondAt = second.claim().publishedAt();
        Figure earlier = isBefore(firstAt, secondAt) ? first : isBefore(secondAt, firstAt) ? second : null;
        if (earlier == null) {
            return Optional.empty();
        }
        Figure later = earlier == first ? second : first;
        if (!later.interval().isBelow(earlier.interval())) {
            return Optional.empty();
        }
        return revision(earlier, later);
    }

    /**
     * Two figures of one voice in one article that both still stand (no lead figure set either aside: figures of a
     * recalled incident) and that the article dates or places alike, but that cannot both be true: "days after
     * dozens of aid workers were killed ... a strike on Monday killed 12 aid workers".
     */
    private static boolean contradictsItself(Figure first, Figure second) {
        return first.incident().statedByBoth(second.incident()) > 0
                && first.incident().relationInOneArticle(second.incident()) == IncidentKey.Relation.SAME
                && !first.interval().meets(second.interval());
    }

    private Optional<Conflict> revision(Figure earlier, Figure later) {
        Conflict revision = new Conflict(earlier, later, ConflictKind.REVISED_DOWN,
                Ratio.between(earlier.central(), later.central()));
        return revision.ratio() > rules.maxScopeRatio() ? Optional.empty() : Optional.of(revision);
    }

    private static boolean isBefore(Instant first, Instant second) {
        return first != null && second != null && first.isBefore(second);
    }
}
