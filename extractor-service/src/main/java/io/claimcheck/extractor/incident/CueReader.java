package io.claimcheck.extractor.incident;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.claimcheck.extractor.text.Calendar;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Token;

/**
 * How a figure stands to its incident, from the words near it (lexicon {@code incident-cues.tsv}): a further group
 * ("another 10"), a part of a toll ("among them 12 children"), an early count ("preliminary reports"), a period
 * longer than one incident ("since 2011", "weeks of shelling", "the war has killed").
 *
 * <p>Each cue only keeps a figure from being compared as the toll of its incident, so the lists are few and plain:
 * a missed cue costs a false alarm, a wrong one hides a real discrepancy.
 */
final class CueReader {

    private static final int BEFORE = 6;
    private static final int INCREMENT_BEFORE = 2;
    private static final int AFTER = 8;
    private static final int INCREMENT_AFTER = 3;
    /** Forms of "be" and "have" that, after "or", open another predicate. */
    private static final Set<String> ALTERNATIVE_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had");
    private static final int SUBSET_BEFORE = 3;
    /** How far after a war noun its "has killed" may stand. */
    private static final int WAR_VERB = 5;

    private record Cue(String name, String where) {
    }

    private final PhraseTable<List<Cue>> phrases;
    private final Set<String> shortAfterSince;
    private final Set<String> wars;
    private final Calendar calendar;

    CueReader(LexiconSource lexicon, Calendar calendar) {
        Map<String, List<Cue>> byPhrase = new HashMap<>();
        Set<String> shortSince = new HashSet<>();
        Set<String> warNouns = new HashSet<>();
        for (List<String> row : lexicon.rows("incident-cues.tsv")) {
            switch (row.get(1)) {
                case "SINCE-SHORT" -> shortSince.add(row.get(0));
                case "WAR" -> warNouns.add(row.get(0));
                default -> byPhrase.merge(row.get(0), List.of(new Cue(row.get(1), row.get(2))),
                        (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
            }
        }
        this.phrases = PhraseTable.of(byPhrase);
        this.shortAfterSince = Set.copyOf(shortSince);
        this.wars = Set.copyOf(warNouns);
        this.calendar = calendar;
    }

    /**
     * The cues of the figure whose mention is the window's first..last tokens.
     *
     * @param besideOtherKind whether the figure before it in its sentence counts another metric, so that "other"
     *                        and "also" set it apart from that one rather than add to its own toll
     */
    Set<IncidentCue> read(List<Token> tokens, Window window, boolean besideOtherKind) {
        Set<IncidentCue> cues = EnumSet.noneOf(IncidentCue.class);
        for (int i = Math.max(window.from(), window.first() - BEFORE); i < window.first(); i++) {
            PhraseTable.Match<List<Cue>> match = phrases.startingAt(tokens, i);
            if (match != null && match.last() < window.first()) {
                collect(cues, tokens, match, "before", window.first() - match.last(), besideOtherKind);
            }
        }
        int afterEnd = Math.min(window.to(), window.last() + 1 + AFTER);
        for (int i = window.last() + 1; i < afterEnd; i++) {
            if (opensOtherPredicate(tokens, i, afterEnd)) {
                break;
            }
            PhraseTable.Match<List<Cue>> match = phrases.startingAt(tokens, i);
            if (match != null) {
                collect(cues, tokens, match, "after", i - window.last(), besideOtherKind);
            }
        }
        if (namesLongPeriod(tokens, window)) {
            cues.add(IncidentCue.BACKGROUND);
        }
        return cues;
    }

    /**
     * "dozens had been wounded or were still missing": "or" and a verb open a predicate the figure may or may not
     * share, and what that one says ("still") is not said of the figure.
     */
    private static boolean opensOtherPredicate(List<Token> tokens, int i, int end) {
        return tokens.get(i).is("or") && i + 1 < end && ALTERNATIVE_VERBS.contains(tokens.get(i + 1).norm());
    }

    // The cues a phrase found {@code distance} words before or after the figure gives it.
    private void collect(Set<IncidentCue> cues, List<Token> tokens, PhraseTable.Match<List<Cue>> match, String where,
            int distance, boolean besideOtherKind) {
        boolean before = where.equals("before");
        int incrementReach = before ? INCREMENT_BEFORE : INCREMENT_AFTER;
        for (Cue cue : match.value()) {
            if (!cue.where().equals(where)) {
                continue;
            }
            switch (cue.name()) {
                case "INCREMENT" -> add(cues, IncidentCue.INCREMENT, distance <= incrementReach);
                case "INCREMENT-UNLESS-OTHER" -> add(cues, IncidentCue.INCREMENT,
                        distance <= incrementReach && !besideOtherKind);
                case "SUBSET" -> add(cues, IncidentCue.SUBSET, !before || distance <= SUBSET_BEFORE);
                case "PROVISIONAL" -> add(cues, IncidentCue.PROVISIONAL, !beforeDate(tokens, match.last()));
                case "BOTH_SIDES" -> cues.add(IncidentCue.BOTH_SIDES);
                default -> throw new IllegalStateException("incident-cues.tsv: unknown cue " + cue.name());
            }
        }
    }

    /** Whether the claimant's own words call its count early: "preliminary figures from the ministry". */
    boolean isProvisionalSource(List<Token> claimantTokens) {
        for (int i = 0; i < claimantTokens.size(); i++) {
            PhraseTable.Match<List<Cue>> match = phrases.startingAt(claimantTokens, i);
            if (match != null && match.value().stream().anyMatch(cue -> cue.name().equals("PROVISIONAL"))) {
                return true;
            }
        }
        return false;
    }

    private static void add(Set<IncidentCue> cues, IncidentCue cue, boolean when) {
        if (when) {
            cues.add(cue);
        }
    }

    // "in early May", "in the early 1990s", "earlier on Wednesday", "earlier this week", "earlier in the day" date an
    // incident; they do not call a count early
    private boolean beforeDate(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(at + 1);
        if (calendar.isMonth(next) || Calendar.looksLikeYear(next) || next.norm().matches("\\d{4}s")) {
            return true;
        }
        for (int i = at + 1; i < Math.min(tokens.size(), at + 4); i++) {
            Token token = tokens.get(i);
            if (calendar.isWeekday(token) || calendar.isTimeUnit(token.norm())) {
                return true;
            }
            if (!(token.is("on") || token.is("this") || token.is("in") || token.is("the") || token.is("that"))) {
                return false;
            }
        }
        return false;
    }

    private boolean namesLongPeriod(List<Token> tokens, Window window) {
        for (int i = window.from(); i < window.to(); i++) {
            Token token = tokens.get(i);
            PhraseTable.Match<List<Cue>> match = phrases.startingAt(tokens, i);
            if (match != null && match.value().stream().anyMatch(cue -> cue.where().equals("period"))
                    && (!token.is("since") || !sinceIsShort(tokens, i + 1, window.to()))) {
                return true;
            }
            if (calendar.isTimeUnit(token.norm()) && i + 1 < window.to() && tokens.get(i + 1).is("of")
                    && !afterThe(tokens, i, window.from())) {
                return true;
            }
            if (wars.contains(token.norm()) && warHasKilled(tokens, i + 1, window.to())) {
                return true;
            }
        }
        return false;
    }

    // "the first day of the clashes" is one day of them, not a period of days
    private static boolean afterThe(List<Token> tokens, int unit, int from) {
        return unit - 1 >= from && tokens.get(unit - 1).is("the") || unit - 2 >= from && tokens.get(unit - 2).is("the");
    }

    // "since Sunday", "since the attack", "since this morning": a running toll of the incident itself
    private boolean sinceIsShort(List<Token> tokens, int at, int to) {
        int i = at;
        while (i < to && (tokens.get(i).is("the") || tokens.get(i).is("early") || tokens.get(i).is("late")
                || tokens.get(i).is("last") || tokens.get(i).is("this"))) {
            i++;
        }
        return i < to && shortAfterSince.contains(tokens.get(i).norm());
    }

    private static boolean warHasKilled(List<Token> tokens, int at, int to) {
        for (int i = at; i < Math.min(to, at + WAR_VERB); i++) {
            if (tokens.get(i).is("has") || tokens.get(i).is("have") || tokens.get(i).is("had")) {
                return true;
            }
        }
        return false;
    }
}
