package io.claimcheck.reconciler.domain;

import java.util.List;
import java.util.Set;

/**
 * What a {@link StoryChange} did to the story's discrepancies. An earlier discrepancy in neither list stands as it
 * was: the same claims, the same conflicts.
 *
 * @param found   the discrepancies that are new, or whose claims changed, each with the conflicts behind it
 * @param retired the ids of earlier discrepancies that no longer stand: merged into a larger one, or joined by a
 *                restatement (either way, a discrepancy with other claims, and so another id, takes its place)
 */
public record StoryUpdate(List<Finding> found, Set<String> retired) {

    public StoryUpdate {
        found = List.copyOf(found);
        retired = Set.copyOf(retired);
    }

    /** A discrepancy and the conflicts it rests on, to be kept for the story's next change. */
    public record Finding(Discrepancy discrepancy, List<JudgedConflict> conflicts) {

        public Finding {
            conflicts = List.copyOf(conflicts);
        }
    }
}
