package io.claimcheck.extractor.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.claimcheck.extractor.parties.Gazetteer;
import io.claimcheck.extractor.text.Calendar;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Token;

/**
 * The place a figure's clause sets its incident in (lexicon {@code incident-places.tsv}): a capitalised name after a
 * preposition, with the places it lies in: "in the Hara district of Dorva" (Hara in Dorva), "in east Dorva" (east
 * Dorva in Dorva), "in Hara, in Dorva province". A country is no incident place.
 */
final class PlaceReader {

    /** A place phrase found at token {@code start}: the innermost place first. */
    record Found(int start, List<String> places) {
    }

    private record Name(String text, int end) {
    }

    private static final int MAX_NAME_WORDS = 4;
    /** Shorter stems than this begin too many towns' names to tell an adjective. */
    private static final int MIN_TOWN_STEM = 4;
    /** The perfect before a verb of saying: "officials in Hara have said". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had");
    private static final int MAX_SKIPPED = 3;
    /** Fewer long words than this tell no headline from a sentence full of names. */
    private static final int HEADLINE_WORDS = 4;

    private final Map<String, Set<String>> roles;
    /** "-held", "-besieged": who holds or surrounds a place, never its name (lexicon place-holders.tsv). */
    private final Set<String> heldSuffixes;
    /** "the Istanbul-based commission": where a body sits or who backs it (lexicon attributive-suffixes.tsv). */
    private final Set<String> attributiveSuffixes;
    private final Map<String, String> directions;
    /** Endings that make a town's adjective, each with how many letters of the town's name it may replace. */
    private final Map<String, Integer> townAdjectiveEndings;
    private final Set<String> notNames;
    private final Calendar calendar;
    private final Gazetteer gazetteer;
    /** The verbs of saying whose speaker stands before them (lexicon speech.tsv, kind "said"). */
    private final Set<String> sayingVerbs;

    PlaceReader(LexiconSource lexicon, Calendar calendar, Gazetteer gazetteer, Set<String> notNames) {
        this.heldSuffixes = Set.copyOf(lexicon.words("place-holders.tsv"));
        this.attributiveSuffixes = Set.copyOf(lexicon.words("attributive-suffixes.tsv"));
        Map<String, Set<String>> byWord = new HashMap<>();
        Map<String, String> byDirection = new HashMap<>();
        Map<String, Integer> adjectiveEndings = new HashMap<>();
        for (List<String> row : lexicon.rows("incident-places.tsv")) {
            byWord.computeIfAbsent(row.get(0), w -> new HashSet<>()).add(row.get(1));
            if (row.get(1).equals("direction")) {
                byDirection.put(row.get(0), row.get(2));
            } else if (row.get(1).equals("town-adjective")) {
                adjectiveEndings.put(row.get(0), Integer.parseInt(row.get(2)));
            }
        }
        this.roles = Map.copyOf(byWord);
        this.directions = Map.copyOf(byDirection);
        this.townAdjectiveEndings = Map.copyOf(adjectiveEndings);
        this.notNames = Set.copyOf(notNames);
        this.calendar = calendar;
        this.gazetteer = gazetteer;
        this.sayingVerbs = lexicon.rows("speech.tsv").stream().filter(row -> row.get(1).equals("said"))
                .map(row -> row.get(0)).collect(Collectors.toUnmodifiableSet());
    }

    /** Every place phrase of the window, in text order. */
    List<Found> find(List<Token> tokens, Window window) {
        boolean headline = isHeadline(tokens, window);
        List<Found> found = new ArrayList<>();
        int i = window.from();
        while (i < window.to()) {
            Token token = tokens.get(i);
            if (has(token, "preposition") || has(token, "preposition-with-kind")) {
                List<String> places = new ArrayList<>();
                boolean needsKind = headline || !has(token, "preposition");
                Placed placed = chain(tokens, i + 1, window.to(), places);
                if (placed != null && (placed.kind() || !needsKind)) {
                    if (!isWhereTheSpeakerIs(tokens, i, placed.end(), window)) {
                        found.add(new Found(i, List.copyOf(places)));
                    }
                    i = placed.end();
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    /**
     * "The head of the clinic in Dorva told reporters 12 had died", "officials in Hara have said": a place that hangs
     * on the noun of a verb of saying's subject says where the speaker is, not where the incident happened.
     */
    private boolean isWhereTheSpeakerIs(List<Token> tokens, int preposition, int end, Window window) {
        if (preposition <= window.from() || !tokens.get(preposition - 1).isWord() || end >= window.to()) {
            return false;
        }
        int verb = end;
        if (verb + 1 < window.to() && AUXILIARIES.contains(tokens.get(verb).norm())) {
            verb++;
        }
        return sayingVerbs.contains(tokens.get(verb).norm());
    }

    /** Where a place phrase ends, and whether a kind noun ("district", "the town of") said it is a place. */
    private record Placed(int end, boolean kind) {
    }

    // A place, then the places it lies in: "of Dorva", ", Dorva province", "in Dorva", "outside Dorva", "north of
    // Dorva".
    private Placed chain(List<Token> tokens, int at, int to, List<String> places) {
        Placed first = place(tokens, at, to, places);
        if (first == null) {
            return null;
        }
        int end = first.end();
        while (end < to) {
            int next = end;
            if (tokens.get(next).is(",")) {
                next++;
            }
            // "the village of Kessa northeast of Dorva": a direction of a place holds it too
            boolean compass = next < to && directions.containsKey(tokens.get(next).norm());
            if (next < to && (tokens.get(next).is("of") || has(tokens.get(next), "preposition"))) {
                next++;
            }
            boolean afterComma = tokens.get(end).is(",") && next == end + 1;
            List<String> wider = new ArrayList<>();
            Placed further = next == end && !compass ? null : place(tokens, next, to, wider);
            // after a bare comma, only a place that ends there is one: "in Hara, Dorva, on Friday", not "in Hara,
            // Dorva Radio said"
            if (further == null || afterComma && further.end() < to && !further.kind()
                    && tokens.get(further.end()).isWord()) {
                break;
            }
            places.addAll(wider);
            end = further.end();
        }
        return new Placed(end, first.kind());
    }

    // [skipped words] [direction [of]] [kind of] Name [kind]: adds the places found, innermost first; null when no
    // place starts here. After "a", a capitalised word before a kind noun is no name: "a Kareshi town".
    private Placed place(List<Token> tokens, int at, int to, List<String> places) {
        int i = skip(tokens, at, to);
        boolean indefinite = false;
        for (int k = at; k < i; k++) {
            indefinite |= tokens.get(k).is("a") || tokens.get(k).is("an");
        }
        String direction = null;
        if (i < to && directions.containsKey(tokens.get(i).norm()) && i + 1 < to) {
            direction = directions.get(tokens.get(i).norm());
            i++;
            if (tokens.get(i).is("of")) {
                i = skip(tokens, i + 1, to);
            }
        }
        boolean kind = false;
        if (i + 1 < to && has(tokens.get(i), "kind") && tokens.get(i + 1).is("of")) {
            i += 2;
            kind = true;
            indefinite = false;
        }
        Name name = name(tokens, i, to);
        if (name == null || isCountry(name.text())) {
            return null;
        }
        int end = name.end();
        if (end < to && has(tokens.get(end), "kind")) {
            if (indefinite) {
                return null;
            }
            end++;
            kind = true;
        }
        String text = withoutLostApostrophe(name.text());
        if (direction != null) {
            places.add(direction + " " + text);
        }
        places.add(text);
        return new Placed(end, kind);
    }

    // A headline capitalises its words ("Six Killed in Selm Blast"), two in three of the long ones at least: only a
    // kind noun then says a word is a place.
    // (the first word, and days and months, are capitalised in any sentence)
    private boolean isHeadline(List<Token> tokens, Window window) {
        int words = 0;
        int capitalised = 0;
        for (int i = window.from() + 1; i < window.to(); i++) {
            Token token = tokens.get(i);
            if (token.isWord() && token.text().length() > 3 && !calendar.isMonth(token)
                    && !calendar.isWeekday(token)) {
                words++;
                capitalised += token.isCapitalized() ? 1 : 0;
            }
        }
        return words >= HEADLINE_WORDS && capitalised * 3 > words * 2;
    }

    private int skip(List<Token> tokens, int at, int to) {
        int i = at;
        while (i < to && i - at < MAX_SKIPPED && isSkipped(tokens.get(i))) {
            i++;
        }
        return i;
    }

    private boolean isSkipped(Token token) {
        return !token.isCapitalized() && has(token, "skip") || isHeldBy(token) || isCountrysPossessive(token);
    }

    // "Karesh's Dorva province", and in text that lost its apostrophes "Kareshs Dorva province": whose the place is,
    // not its name
    private boolean isCountrysPossessive(Token token) {
        return token.isCapitalized() && gazetteer.countryOf(token.text()) == null && isCountry(token.text());
    }

    // "rebel-held", "Kareshi-controlled": who holds a place, not its name
    private boolean isHeldBy(Token token) {
        return heldSuffixes.stream().anyMatch(token.norm()::endsWith);
    }

    // Capitalised words, with lower-case particles between them: "Hara", "Tell es Sultan", "Deir az-Zour".
    private Name name(List<Token> tokens, int at, int to) {
        if (at >= to || !isNameWord(tokens.get(at))) {
            return null;
        }
        int end = at + 1;
        while (end < to && end - at < MAX_NAME_WORDS) {
            Token next = tokens.get(end);
            if (isNameWord(next)) {
                end++;
            } else if (has(next, "particle") && end + 1 < to && isNameWord(tokens.get(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = at; i < end; i++) {
            text.append(i > at ? " " : "").append(tokens.get(i).text());
        }
        return new Name(text.toString(), end);
    }

    private boolean isNameWord(Token token) {
        if (!token.isWord() || calendar.isMonth(token) || calendar.isWeekday(token) || token.isAllCaps()
                || isHeldBy(token) || isCountrysPossessive(token)
                || attributiveSuffixes.stream().anyMatch(token.norm()::endsWith)
                || gazetteer.countryOf(token.text()) != null || isTownAdjective(token)) {
            return false;
        }
        String norm = token.norm();
        if (notNames.contains(norm) || roles.containsKey(norm) || norm.endsWith("'s")) {
            return false;
        }
        return token.isCapitalized() || norm.matches("\\p{L}{1,3}-\\p{L}.*") && hasCapitalAfterHyphen(token.text());
    }

    /**
     * "a Damascene suburb", "Gazan hospitals": a town's adjective, made of its name with an ending in place of its
     * last letters, names no place of its own. A known town's own name never is one.
     */
    private boolean isTownAdjective(Token token) {
        String norm = token.norm();
        if (!token.isCapitalized() || gazetteer.isTown(norm)) {
            return false;
        }
        for (Map.Entry<String, Integer> ending : townAdjectiveEndings.entrySet()) {
            int stem = norm.length() - ending.getKey().length();
            if (norm.endsWith(ending.getKey()) && stem >= MIN_TOWN_STEM
                    && gazetteer.isTownStem(norm.substring(0, stem), ending.getValue())) {
                return true;
            }
        }
        return false;
    }

    // "the Tarsas countryside" in text that lost its apostrophes: the place is the known town Tarsa, not "Tarsas"
    private String withoutLostApostrophe(String name) {
        String stem = name.substring(0, name.length() - 1);
        return name.endsWith("s") && !gazetteer.isTown(name) && gazetteer.isTown(stem) ? stem : name;
    }

    private static boolean hasCapitalAfterHyphen(String text) {
        int hyphen = text.indexOf('-');
        return hyphen >= 0 && hyphen + 1 < text.length() && Character.isUpperCase(text.charAt(hyphen + 1));
    }

    // "Karesh", and in text that lost its apostrophes "Kareshs second city"
    private boolean isCountry(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return gazetteer.countryOf(name) != null
                || lower.endsWith("s") && gazetteer.countryOf(name.substring(0, name.length() - 1)) != null
                || (lower.endsWith("'s") || lower.endsWith("\u2019s"))
                        && gazetteer.countryOf(name.substring(0, name.length() - 2)) != null;
    }

    private boolean has(Token token, String role) {
        Set<String> of = roles.get(token.norm());
        return of != null && of.contains(role);
    }
}
