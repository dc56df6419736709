package io.claimcheck.reconciler.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
        // only figures of one side and one class can count the same thing; each group in publication order
        Map<SideAndClass, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (figure.cumulative() && figure.claim().publishedAt() != null) {
                groups.computeIfAbsent(SideAndClass.of(figure), key -> new ArrayList<>()).add(figure);
            }
        }
        Set<Figure> overtaken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Figure> group : groups.values()) {
            group.sort(Comparator.comparing((Figure figure) -> figure.claim().publishedAt()));
            for (int i = 0; i < group.size(); i++) {
                for (int j = group.size() - 1; j > i && isBefore(group.get(i), group.get(j)); j--) {
                    if (raises(group.get(i), group.get(j))) {
                        overtaken.add(group.get(i));
                        break;
                    }
                }
            }
        }
        return overtaken;
    }

    /** A side that speaks through several voices is one side; a voice with no side is itself. */
    private record SideAndClass(String side, String objectClass) {
        static SideAndClass of(Figure figure) {
            String party = figure.claim().claimantParty();
            return new SideAndClass(party == null || party.isBlank() ? "voice " + figure.claimant().key()
                    : "side " + party, figure.objectClass());
        }
    }

    private static boolean isBefore(Figure earlier, Figure later) {
        return earlier.claim().publishedAt().isBefore(later.claim().publishedAt());
    }

    private boolean raises(Figure earlier, Figure later) {
        return earlier.interval().isBelow(later.interval())
                && comparability.between(earlier, later) == Comparability.Relation.SAME_COUNT;
    }
}
