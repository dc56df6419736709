package io.claimcheck.reconciler.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of a place the extractor names by a direction: "north dorva" and "northeast dorva" overlap, "east dorva"
 * and "west dorva" do not. A part is written as its direction, a space and the place it is part of, which follows it
 * in the key's places ("northeast dorva", "dorva").
 */
final class Compass {

    private enum Point { NORTH, SOUTH, EAST, WEST, CENTRE }

    private Compass() {
    }

    /**
     * Whether the two chains of places (innermost first) each hold a direction's part of one place, and the parts
     * may overlap: then the places they name may be one, as far as the text tells.
     */
    static boolean overlappingParts(List<String> first, List<String> second) {
        for (int i = 0; i + 1 < first.size(); i++) {
            Set<Point> mine = pointsOf(first.get(i), first.get(i + 1));
            if (mine.isEmpty()) {
                continue;
            }
            for (int j = 0; j + 1 < second.size(); j++) {
                if (first.get(i + 1).equals(second.get(j + 1))) {
                    Set<Point> theirs = pointsOf(second.get(j), second.get(j + 1));
                    theirs.retainAll(mine);
                    if (!theirs.isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // "northeast dorva" of "dorva": north and east; empty when the part is not a direction's
    private static Set<Point> pointsOf(String part, String whole) {
        Set<Point> points = EnumSet.noneOf(Point.class);
        if (!part.endsWith(" " + whole)) {
            return points;
        }
        String direction = part.substring(0, part.length() - whole.length() - 1).toLowerCase(Locale.ROOT);
        if (direction.equals("central")) {
            points.add(Point.CENTRE);
        }
        for (Point point : List.of(Point.NORTH, Point.SOUTH, Point.EAST, Point.WEST)) {
            if (direction.contains(point.name().toLowerCase(Locale.ROOT))) {
                points.add(point);
            }
        }
        return points;
    }
}
