package io.claimcheck.reconciler.domain;

import java.util.List;

/**
 * Comparable claims that cannot all be true (docs/claim-model.md §4), with the voices behind them.
 *
 * @param id           {@code d-} and a hash of the sorted claim ids: the same claims give the same id on every run
 * @param metric       what is counted, e.g. KILLED
 * @param objectClass  the object class counted; for a total and its parts, the total's
 * @param subjectParty whose people or things are counted, null when the claims do not share one
 * @param claimIds     the claims that disagree, and the claims of the same voices that corroborate them
 * @param ratio        the larger central figure over the smaller, for the pair furthest apart (2300/104 ≈ 22.1)
 * @param explanation  one plain-English sentence a journalist can paste
 * @param sides        one per voice
 * @param confidence   how sure it is that the claims count one incident, from 0.25 (their texts place none of
 *                     them) to 1 (both give the place, the day and the attacking side)
 */
public record Discrepancy(String id, String metric, String objectClass, String subjectParty, List<String> claimIds,
                          double ratio, Severity severity, String explanation, Consensus consensus,
                          List<Side> sides, double confidence) {

    public Discrepancy {
        claimIds = List.copyOf(claimIds);
        sides = List.copyOf(sides);
    }

    /** The id a discrepancy over these claims has, whatever their order. */
    public static String idFor(List<String> claimIds) {
        String joined = String.join("\n", claimIds.stream().sorted().toList());
        return "d-" + ShortHash.of(joined);
    }
}
