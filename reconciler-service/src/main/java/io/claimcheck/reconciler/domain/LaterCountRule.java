package io.claimcheck.reconciler.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A side's toll that it later raised no longer speaks for it (docs/claim-model.md §4: a toll that grows is no
 * discrepancy). When a later article carries a higher figure for the same count from the same voice, or from another
 * voice of the same side (the defence ministry on Monday, the government's spokesman on Thursday), the earlier figure
 * is an early count of a growing toll and is not compared with anyone. A figure that no one of its side raised stands:
 * a monitor's 10 dead on Saturday against a charity's 13 on Monday is a discrepancy, not an update.
 *
 * <p>Reads the figures of one bucket together, so it is re-run whenever an article adds to the bucket; a figure it sets
 * aside leaves the bucket's comparisons, and the bucket is then judged whole again.
 */
final class LaterCountRule {

    private final Comparability comparability;

    LaterCountRule(Comparability comparability) {
        this.comparability = comparability;
    }

    Set<Figure> overtaken(List<Figure> figures) {
        Map<String, List<Figure>> bySide = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (figure.cumulative() && figure.claim().publishedAt() != null) {
                bySide.computeIfAbsent(sideOf(figure), key -> new ArrayList<>()).add(figure);
            }
        }
        Set<Figure> overtaken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Figure> side : bySide.values()) {
            for (Figure earlier : side) {
                for (Figure later : side) {
                    if (raises(earlier, later)) {
                        overtaken.add(earlier);
                        break;
                    }
                }
            }
        }
        return overtaken;
    }

    // a side that speaks through several voices is one side; a voice with no side is itself
    private static String sideOf(Figure figure) {
        String party = figure.claim().claimantParty();
        return party == null || party.isBlank() ? "voice " + figure.claimant().key() : "side " + party;
    }

    private boolean raises(Figure earlier, Figure later) {
        Instant earlierAt = earlier.claim().publishedAt();
        Instant laterAt = later.claim().publishedAt();
        return earlierAt.isBefore(laterAt) && earlier.interval().isBelow(later.interval())
                && comparability.between(earlier, later) == Comparability.Relation.SAME_COUNT;
    }
}
