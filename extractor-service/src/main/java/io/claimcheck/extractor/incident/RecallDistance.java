package io.claimcheck.extractor.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Token;

/**
 * How far an incident a clause recalls lies from the one its sentence tells (lexicon {@code incident-time.tsv}): "two
 * days after the convoy was hit" (two days earlier), "a week before", "days after" (one to seven days earlier),
 * "hours after" (the same day or the one before). Read from the time unit before the recall word and the quantity
 * before the unit ({@code number-words.tsv} up to twenty, or digits). Plain Java; immutable.
 */
final class RecallDistance {

    /** A bare plural ("days after", "weeks before") is at most this many of its units. */
    private static final int MOST_UNITS_OF_A_PLURAL = 7;
    private static final int LARGEST_COUNT = 20;

    /** The recall words that say a way: -1 for an earlier incident ("after"), +1 for a later one ("before"). */
    private final Map<String, Integer> directions = new HashMap<>();
    private final Map<String, Integer> unitDays = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    RecallDistance(LexiconSource lexicon) {
        for (List<String> row : lexicon.rows("incident-time.tsv")) {
            if (row.get(1).equals("recall") && row.size() > 2) {
                directions.put(row.get(0), row.get(2).equals("earlier") ? -1 : 1);
            } else if (row.get(1).equals("recall-unit")) {
                unitDays.put(row.get(0), Integer.parseInt(row.get(2)));
            }
        }
        for (List<String> row : lexicon.rows("number-words.tsv")) {
            double value = Double.parseDouble(row.get(1));
            if (row.get(2).equals("unit") && value >= 1 && value <= LARGEST_COUNT) {
                counts.put(row.get(0), (int) value);
            }
        }
        counts.put("a", 1);
        counts.put("an", 1);
    }

    /**
     * The days the recalled incident lies in, given the day of the incident the sentence tells; empty when the words
     * before the recall word at {@code recall} tell no distance.
     */
    Optional<DaySpan> recalledDays(List<Token> tokens, int recall, int floor, DaySpan told) {
        Integer direction = directions.get(tokens.get(recall).norm());
        if (direction == null || recall - 1 < floor) {
            return Optional.empty();
        }
        Integer days = unitDays.get(tokens.get(recall - 1).norm());
        if (days == null) {
            return Optional.empty();
        }
        Integer count = recall - 2 >= floor ? countOf(tokens.get(recall - 2)) : null;
        int nearest;
        int farthest;
        if (days == 0) {
            nearest = 0;
            farthest = 1;
        } else if (count != null) {
            nearest = count * days;
            farthest = nearest;
        } else {
            nearest = days;
            farthest = MOST_UNITS_OF_A_PLURAL * days;
        }
        return Optional.of(direction < 0
                ? new DaySpan(told.first().minusDays(farthest), told.last().minusDays(nearest))
                : new DaySpan(told.first().plusDays(nearest), told.last().plusDays(farthest)));
    }

    private Integer countOf(Token token) {
        if (token.norm().matches("\\d{1,2}")) {
            return Integer.valueOf(token.norm());
        }
        return counts.get(token.norm());
    }
}
