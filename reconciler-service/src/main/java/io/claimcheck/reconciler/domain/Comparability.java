package io.claimcheck.reconciler.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Whether two claims count the same thing (docs/claim-model.md §4): the same metric, the same subject party, the same incident
 * (or one place's count inside a wider place's), and the same object class, or a total and one of its parts. A part
 * of a toll ("among them 12 children") compares only with a count of the same class, never with a total.
 */
final class Comparability {

    enum Relation {
        /** Both count the same people or things: their intervals must meet. */
        SAME_COUNT,
        /** The first counts a total the second is part of: the total must not be below the part. */
        FIRST_IS_TOTAL,
        /** The second counts a total the first is part of. */
        SECOND_IS_TOTAL,
        UNRELATED
    }

    private final ObjectClasses classes;

    Comparability(ObjectClasses classes) {
        this.classes = classes;
    }

    Relation between(Figure first, Figure second) {
        if (!first.metric().equals(second.metric()) || !sameMeasuredThing(first, second)) {
            return Relation.UNRELATED;
        }
        IncidentKey.Relation incident = first.incident().relationTo(second.incident());
        if (incident == IncidentKey.Relation.DIFFERENT) {
            return Relation.UNRELATED;
        }
        if (!anchoredIfTally(first, second)) {
            return Relation.UNRELATED;
        }
        if (!sameSides(first, second)) {
            return Relation.UNRELATED;
        }
        Relation byClass = switch (classes.relation(first.objectClass(), second.objectClass())) {
            case SAME -> mayBeTheSameSide(first.subjectParty(), second.subjectParty())
                    ? Relation.SAME_COUNT : Relation.UNRELATED;
            case FIRST_INCLUDES_SECOND -> totalCovers(first, second) ? Relation.FIRST_IS_TOTAL : Relation.UNRELATED;
            case SECOND_INCLUDES_FIRST -> totalCovers(second, first) ? Relation.SECOND_IS_TOTAL : Relation.UNRELATED;
            case UNRELATED -> Relation.UNRELATED;
        };
        if (byClass != Relation.SAME_COUNT && (first.has(SentenceCues.Cue.SUBGROUP)
                || second.has(SentenceCues.Cue.SUBGROUP))) {
            return Relation.UNRELATED;
        }
        // a place inside another counts a part of the wider place's toll: the whole may not be below it
        return switch (incident) {
            case SAME -> byClass;
            case FIRST_HOLDS_SECOND -> byClass == Relation.SAME_COUNT || byClass == Relation.FIRST_IS_TOTAL
                    ? Relation.FIRST_IS_TOTAL : Relation.UNRELATED;
            case SECOND_HOLDS_FIRST -> byClass == Relation.SAME_COUNT || byClass == Relation.SECOND_IS_TOTAL
                    ? Relation.SECOND_IS_TOTAL : Relation.UNRELATED;
            case DIFFERENT -> Relation.UNRELATED;
        };
    }

    /**
     * Whether {@code total} counts {@code part}'s class, for everyone (no subject party) or for the part's own side,
     * in the part's place or one holding it: "3 killed near Kabiba" is no total of "10 civilians" the text places
     * nowhere, which may well be the toll of Kabiba and another town together.
     */
    boolean isTotalOf(Figure total, Figure part) {
        IncidentKey.Relation incident = total.incident().relationTo(part.incident());
        return total.metric().equals(part.metric())
                && classes.includes(total.objectClass(), part.objectClass()) && totalCovers(total, part)
                && (incident == IncidentKey.Relation.SAME || incident == IncidentKey.Relation.FIRST_HOLDS_SECOND)
                && (part.incident().hasPlace() || !total.incident().hasPlace())
                && anchoredIfTally(total, part) && sameSides(total, part);
    }

    // "dozens of deaths on both sides" is no count of one side's: it compares only with another toll of both
    private static boolean sameSides(Figure first, Figure second) {
        return first.has(SentenceCues.Cue.BOTH_SIDES) == second.has(SentenceCues.Cue.BOTH_SIDES);
    }

    /**
     * A tally of things or events (buses, strikes, a crowd) is no toll that a story keeps counting: two of them count
     * one incident only when both texts anchor it (the same place, day or attacker).
     */
    private static boolean anchoredIfTally(Figure first, Figure second) {
        return !Metrics.isTally(first.metric()) || first.incident().statedByBoth(second.incident()) > 0;
    }

    /** Whether {@code inner}'s class lies inside {@code outer}'s, so that summing both would count people twice. */
    boolean nests(Figure inner, Figure outer) {
        return classes.includes(outer.objectClass(), inner.objectClass());
    }

    /** Counts that describe a place rather than an event: "a town of 60,000 residents". */
    private static final Set<String> PLACE_ATTRIBUTES = Set.of("resident", "inhabitant", "population");
    /**
     * People counted with no event (metric COUNT: not killed, wounded, displaced...) are a group or a population:
     * "the town is home to 60,000 people".
     */
    private static final Set<String> PEOPLE = Set.of("person", "people");

    // Two distances in kilometres are as likely to span different roads as the same one, and two towns' populations
    // are two towns: measures and place attributes compare only when their subject text names the same thing.
    private static boolean sameMeasuredThing(Figure first, Figure second) {
        if (!first.placeBound() && !second.placeBound()) {
            return true;
        }
        String measured = first.claim().subjectText();
        return measured != null && !measured.isBlank() && measured.equalsIgnoreCase(second.claim().subjectText());
    }

    /** Whether a count is a measure or describes a place (or a group) rather than an event; metric upper-cased. */
    static boolean isPlaceBound(ReportedClaim claim, String metric) {
        String object = claim.object();
        String noun = object == null ? "" : object.strip().toLowerCase(Locale.ROOT);
        return metric.equals("MEASURE") || PLACE_ATTRIBUTES.contains(noun)
                || metric.equals("COUNT") && PEOPLE.contains(noun);
    }

    // "56 civilians in Syria" and "dozens of civilians" count the same people as far as the texts say: a claim that
    // names no side is not about another side. Two different sides are two counts.
    private static boolean mayBeTheSameSide(String first, String second) {
        return first == null || second == null || first.equals(second);
    }

    // "15 people died" (nobody's in particular) covers "25 Nusra members"; "15 Syrian dead" does not cover them.
    private static boolean totalCovers(Figure total, Figure part) {
        return total.subjectParty() == null || total.subjectParty().equals(part.subjectParty());
    }
}
