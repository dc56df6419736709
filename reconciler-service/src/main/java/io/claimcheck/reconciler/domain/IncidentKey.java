package io.claimcheck.reconciler.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What of a claim's incident the rules compare (docs/claim-model.md §4): its places from the most specific out, lower-cased; its
 * days; its attacking side. {@code placeNames} are the places as written, for the explanation. Two claims count the same incident only where their keys allow it: days that meet, one
 * place inside the other, one attacker, wherever both say.
 */
record IncidentKey(List<String> places, List<String> placeNames, LocalDate firstDay, LocalDate lastDay,
                   String attacker) {

    static final IncidentKey UNKNOWN = new IncidentKey(List.of(), List.of(), null, null, null);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * Days a day apart may be one incident: a strike late at night is dated by one outlet on the day and by another
     * on the next, and a source's date may be its statement's.
     */
    private static final int DAY_GRACE = 1;

    /** How two keys' incidents stand to each other. */
    enum Relation {
        /** Nothing the keys say tells them apart. */
        SAME,
        /** The first's place holds the second's: a city-wide count beside one district's. */
        FIRST_HOLDS_SECOND,
        /** The second's place holds the first's. */
        SECOND_HOLDS_FIRST,
        /** Another place, day or attacker: another incident. */
        DIFFERENT
    }

    static IncidentKey of(Incident incident) {
        List<String> names = new ArrayList<>();
        if (incident.place() != null && !incident.place().isBlank()) {
            names.add(incident.place().strip());
            incident.placeWithin().stream().filter(p -> p != null && !p.isBlank()).map(String::strip)
                    .forEach(names::add);
        }
        Optional<LocalDate[]> days = incident.days();
        String attacker = incident.attacker() == null || incident.attacker().isBlank() ? null
                : normal(incident.attacker());
        return new IncidentKey(names.stream().map(IncidentKey::normal).toList(), List.copyOf(names), days.map(d -> d[0]).orElse(null),
                days.map(d -> d[1]).orElse(null), attacker);
    }

    /** A key that knows only a place, as the reconciler read it from a sentence before the extractor gave keys. */
    static IncidentKey ofPlace(Optional<String> place) {
        return place.map(p -> new IncidentKey(List.of(normal(p)), List.of(p), null, null, null)).orElse(UNKNOWN);
    }

    /** The same key, silent on who attacked. */
    IncidentKey withoutAttacker() {
        return new IncidentKey(places, placeNames, firstDay, lastDay, null);
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    boolean hasPlace() {
        return !places.isEmpty();
    }

    boolean hasDay() {
        return firstDay != null;
    }

    boolean hasAttacker() {
        return attacker != null;
    }

    /** Whether the key says anything at all. */
    boolean isStated() {
        return hasPlace() || hasDay() || hasAttacker();
    }

    Relation relationTo(IncidentKey other) {
        return relationTo(other, DAY_GRACE);
    }

    /**
     * How two keys of one article stand to each other: one writer dates its incidents alike, so a day apart is another
     * day.
     */
    Relation relationInOneArticle(IncidentKey other) {
        return relationTo(other, 0);
    }

    private Relation relationTo(IncidentKey other, int dayGrace) {
        if (hasAttacker() && other.hasAttacker() && !attacker.equals(other.attacker)) {
            return Relation.DIFFERENT;
        }
        if (hasDay() && other.hasDay() && (lastDay.plusDays(dayGrace).isBefore(other.firstDay)
                || other.lastDay.plusDays(dayGrace).isBefore(firstDay))) {
            return Relation.DIFFERENT;
        }
        if (!hasPlace() || !other.hasPlace()) {
            return Relation.SAME;
        }
        String mine = places.get(0);
        String theirs = other.places.get(0);
        if (PlaceSpellings.samePlace(mine, theirs)) {
            return Relation.SAME;
        }
        if (PlaceSpellings.names(other.places, mine)) {
            return Relation.FIRST_HOLDS_SECOND;
        }
        if (PlaceSpellings.names(places, theirs)) {
            return Relation.SECOND_HOLDS_FIRST;
        }
        return Compass.overlappingParts(places, other.places) ? Relation.SAME : Relation.DIFFERENT;
    }

    /** How many of place, day and attacker both keys state: the more, the surer a comparison of their figures. */
    int statedByBoth(IncidentKey other) {
        return (hasPlace() && other.hasPlace() ? 1 : 0) + (hasDay() && other.hasDay() ? 1 : 0)
                + (hasAttacker() && other.hasAttacker() ? 1 : 0);
    }

    /**
     * The incident two keys share, in words: "in Hara, Dorva on 12 May 2026"; the place both name (the wider, when
     * one lies in the other) and the one day both name. Empty when they share neither.
     */
    Optional<String> sharedWith(IncidentKey other) {
        List<String> parts = new ArrayList<>();
        if (hasPlace() && other.hasPlace()) {
            List<String> wider = places.size() <= other.places.size() ? placeNames : other.placeNames;
            parts.add("in " + String.join(", ", wider));
        }
        if (hasDay() && firstDay.equals(lastDay) && firstDay.equals(other.firstDay)
                && other.firstDay.equals(other.lastDay)) {
            parts.add("on " + DAY.format(firstDay));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }
}
