package io.claimcheck.extractor.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.claims.Metric;
import io.claimcheck.extractor.parties.Gazetteer;
import io.claimcheck.extractor.parties.PartyHit;
import io.claimcheck.extractor.parties.PartyIndex;
import io.claimcheck.extractor.text.Calendar;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Sentence;
import io.claimcheck.extractor.text.Token;
import io.claimcheck.extractor.text.Tokenizer;

/**
 * Reads, for every claim of an article, which incident its figure counts (docs/claim-model.md §4, "the same incident"): the place,
 * the day relative to the article's date, the attacking side, and how the figure stands to the incident. Each is
 * read in the claim's clause: its sentence, cut where a clause recalls another incident ("a day after", "in another
 * incident"). Plain Java over the lexicons; immutable and safe to share between threads.
 */
public final class IncidentReader {

    private static final Set<IncidentCue> NOT_AN_INCIDENT = EnumSet.of(IncidentCue.BACKGROUND, IncidentCue.INCREMENT,
            IncidentCue.SUBSET);

    /** A period longer than this, with no single event named beside it, is a period's total ("in July", "in 2015"). */
    private static final int LONGEST_INCIDENT_DAYS = 7;

    private final PlaceReader places;
    private final DayReader days;
    private final AttackerReader attackers;
    private final CueReader cues;
    private final RecallDistance recallDistance;
    private final PhraseTable<String> recalls;
    private final Set<String> events;
    /** "In the attack, 20 died": prepositions before a sentence's opening event noun. */
    private final Set<String> eventPrepositions;
    private final Calendar calendar;
    private final Tokenizer tokenizer;

    public IncidentReader(LexiconSource lexicon, Calendar calendar, Gazetteer gazetteer, Tokenizer tokenizer) {
        Map<String, String> recall = new HashMap<>();
        Set<String> eventNouns = new HashSet<>();
        Set<String> openers = new HashSet<>();
        for (List<String> row : lexicon.rows("incident-time.tsv")) {
            switch (row.get(1)) {
                case "recall", "recall-alone" -> recall.put(row.get(0), row.get(1));
                case "event" -> eventNouns.add(row.get(0));
                case "event-preposition" -> openers.add(row.get(0));
                default -> {
                    // relative days, month parts and speech verbs are DayReader's
                }
            }
        }
        this.recalls = PhraseTable.of(recall);
        this.events = Set.copyOf(eventNouns);
        this.eventPrepositions = Set.copyOf(openers);
        this.calendar = calendar;
        this.tokenizer = tokenizer;
        this.attackers = new AttackerReader(lexicon);
        // the nouns of one event ("Selm Blast") and the agencies that sign a text ("in Selm Reuters") end a name
        Set<String> notNames = new HashSet<>(eventNouns);
        notNames.addAll(lexicon.words("bylines.tsv"));
        this.places = new PlaceReader(lexicon, calendar, gazetteer, notNames);
        this.days = new DayReader(lexicon, calendar);
        this.cues = new CueReader(lexicon, calendar);
        this.recallDistance = new RecallDistance(lexicon);
    }

    /**
     * The incident of each claim, in the claims' order.
     *
     * @param hits      the party names starting at each token ({@link PartyIndex#find}), as the claims were read
     * @param published the article's date; without it no day is read
     */
    public List<Incident> read(List<Token> tokens, List<Sentence> sentences, PartyHit[] hits, List<Claim> claims,
            PartyIndex parties, LocalDate published) {
        int[] sentenceOf = Sentence.sentenceOfEachToken(sentences, tokens.size());
        List<Incident> incidents = new ArrayList<>(claims.size());
        int[] firstTokenOf = new int[claims.size()];
        int[] sentenceOfClaim = new int[claims.size()];
        boolean[] aside = new boolean[claims.size()];
        Set<Integer> withFigures = new HashSet<>();
        for (int c = 0; c < claims.size(); c++) {
            firstTokenOf[c] = Math.min(tokenAt(tokens, claims.get(c).start()), tokens.size() - 1);
            sentenceOfClaim[c] = sentenceOf[firstTokenOf[c]];
            aside[c] = opensOnAnotherIncident(tokens, sentences.get(sentenceOfClaim[c]));
            withFigures.add(sentenceOfClaim[c]);
        }
        for (int c = 0; c < claims.size(); c++) {
            Claim claim = claims.get(c);
            int first = firstTokenOf[c];
            int last = Math.max(first, tokenAt(tokens, claim.end()) - 1);
            int sentence = sentenceOfClaim[c];
            Window window = window(tokens, sentences.get(sentence), first, last);
            int recall = recallBefore(tokens, sentences.get(sentence), first);
            Set<IncidentCue> found = EnumSet.noneOf(IncidentCue.class);
            if (recall >= 0) {
                found.add(IncidentCue.RECALLED);
            }
            found.addAll(cues.read(tokens, window, besideOtherKind(claims, c, tokens, sentenceOf, sentence)));
            if (claim.claimant() != null && cues.isProvisionalSource(tokenizer.tokenize(claim.claimant().text()))) {
                found.add(IncidentCue.PROVISIONAL);
            }
            PlaceReader.Found place = window.nearest(places.find(tokens, window), PlaceReader.Found::start);
            DayReader.Found day = window.nearest(days.find(tokens, window, published), DayReader.Found::start);
            if (day == null && recall >= 0) {
                day = dayOfRecalled(tokens, sentences.get(sentence), recall, published);
            }
            if (place == null && day == null && sentence > 0 && opensWithTheEvent(tokens, sentences.get(sentence))) {
                place = lastPlaceIn(tokens, sentences.get(sentence - 1));
            }
            AttackerReader.Found attacker = window.nearest(attackers.find(tokens, window, hits, parties),
                    AttackerReader.Found::start);
            if (place == null && day == null && attacker == null && sentence > 0
                    && !withFigures.contains(sentence - 1)) {
                // "The rebels shelled the barracks in Orra. Officials said 40 were killed.": the attack told just
                // before, in a sentence of no figure of its own, is the one the toll counts
                Sentence before = sentences.get(sentence - 1);
                List<AttackerReader.Found> fired = attackers.find(tokens, whole(before), hits, parties);
                if (!fired.isEmpty()) {
                    attacker = fired.get(0);
                    place = lastPlaceIn(tokens, before);
                }
            }
            if (day != null && day.days().days() > LONGEST_INCIDENT_DAYS && !namesAnEvent(tokens, window)) {
                found.add(IncidentCue.BACKGROUND);
            }
            incidents.add(new Incident(
                    place == null ? null : place.places().get(0),
                    place == null ? List.of() : place.places().subList(1, place.places().size()),
                    day == null ? null : day.days().iso(),
                    attacker == null ? null : attacker.side(),
                    found));
        }
        return carriedForward(claims, incidents, sentenceOfClaim, aside);
    }

    /**
     * An incident key for every figure: one whose clause names neither place nor day counts the incident its article
     * was last speaking of, that of the nearest figure before it of the same metric that names one ("Officials said
     * 40 died in the blast in Orra on Tuesday. ... Aid workers said 55 had died."). Only tolls: tallies and amounts
     * count no event. An increment or a part ("among them 15 children") counts in it too, but names no incident of its
     * own to pass on; a period's total counts in none, nor does a figure of an incident a clause recalls, which names
     * its own but does not pass it on. A lede's figure, before any that names its incident, counts
     * the incident of the first one after it, in its sentence or the next ("A report put the toll at 100. Officials
     * said 40 died in Orra on Tuesday."). A sentence that opens on another incident ("Meanwhile", "In another
     * incident") breaks the thread: its figures take nothing from before, give nothing to a lede before them or to
     * the figures after them, and those after it count no incident until one is named again.
     */
    private static List<Incident> carriedForward(List<Claim> claims, List<Incident> incidents, int[] sentenceOf,
            boolean[] aside) {
        int[] nextNamed = new int[incidents.size()];
        Map<Metric, Integer> firstAfter = new EnumMap<>(Metric.class);
        for (int c = incidents.size() - 1; c >= 0; c--) {
            Metric metric = claims.get(c).metric();
            nextNamed[c] = firstAfter.getOrDefault(metric, -1);
            if (aside[c]) {
                firstAfter.clear();
            } else if (namesAnIncident(metric, incidents.get(c))) {
                firstAfter.put(metric, c);
            }
        }
        List<Incident> carried = new ArrayList<>(incidents.size());
        Map<Metric, Incident> lastByMetric = new EnumMap<>(Metric.class);
        for (int c = 0; c < incidents.size(); c++) {
            Incident incident = incidents.get(c);
            Metric metric = claims.get(c).metric();
            if (aside[c]) {
                lastByMetric.clear();
                carried.add(incident);
                continue;
            }
            boolean ofAnIncident = metric.isToll() && !incident.cues().contains(IncidentCue.BACKGROUND)
                    && !incident.cues().contains(IncidentCue.RECALLED);
            Incident from = lastByMetric.get(metric);
            if (from == null && nextNamed[c] >= 0 && sentenceOf[nextNamed[c]] - sentenceOf[c] <= 1) {
                from = incidents.get(nextNamed[c]);
            }
            if (ofAnIncident && incident.place() == null && incident.day() == null && from != null) {
                incident = new Incident(from.place(), from.placeWithin(), from.day(), incident.attacker(),
                        incident.cues());
            }
            if (namesAnIncident(metric, incident)) {
                lastByMetric.put(metric, incident);
            }
            carried.add(incident);
        }
        return carried;
    }

    // "Meanwhile, ...", "In another incident, ...": the sentence tells another incident than the one before it
    private boolean opensOnAnotherIncident(List<Token> tokens, Sentence sentence) {
        for (int i = sentence.firstToken(); i < Math.min(sentence.firstToken() + 2, sentence.endToken()); i++) {
            PhraseTable.Match<String> recall = recalls.startingAt(tokens, i);
            if (recall != null && recall.value().equals("recall-alone")) {
                return true;
            }
        }
        return false;
    }

    // a recalled incident is named, but the article goes back to its own after it
    private static boolean namesAnIncident(Metric metric, Incident incident) {
        return metric.isToll() && Collections.disjoint(incident.cues(), NOT_AN_INCIDENT)
                && !incident.cues().contains(IncidentCue.RECALLED)
                && (incident.place() != null || incident.day() != null);
    }

    // The sentence, cut at a clause that recalls another incident: "a day after", "weeks before", "meanwhile".
    private Window window(List<Token> tokens, Sentence sentence, int first, int last) {
        int from = sentence.firstToken();
        int to = sentence.endToken();
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            PhraseTable.Match<String> recall = recalls.startingAt(tokens, i);
            if (recall == null || recall.last() >= sentence.endToken()) {
                continue;
            }
            boolean afterTimeUnit = i > sentence.firstToken() && calendar.isTimeUnit(tokens.get(i - 1).norm());
            if (!recall.value().equals("recall-alone") && !afterTimeUnit) {
                continue;
            }
            int cutStart = recall.value().equals("recall-alone") ? i : i - 1;
            if (cutStart > last) {
                to = Math.min(to, cutStart);
            } else if (recall.last() < first) {
                from = Math.max(from, recall.last() + 1);
            }
        }
        return new Window(from, to, first, last);
    }

    /**
     * The recall word ("after" in "two days after") of the clause a figure lies in, when that clause recalls another
     * incident than its sentence's: "Six died in Orra on Tuesday, a day after 17 were killed in Kessa" (17); -1
     * when the figure is in no such clause.
     */
    private int recallBefore(List<Token> tokens, Sentence sentence, int first) {
        int found = -1;
        for (int i = sentence.firstToken() + 1; i < first; i++) {
            PhraseTable.Match<String> recall = recalls.startingAt(tokens, i);
            // "Two days after the truce began, 12 died": a sentence that opens on the recall tells no incident before it
            if (recall != null && recall.value().equals("recall") && recall.last() < first
                    && calendar.isTimeUnit(tokens.get(i - 1).norm()) && i - 2 > sentence.firstToken()) {
                found = i;
            }
        }
        return found;
    }

    /** The days of a recalled incident, from the day its sentence's own clause names: null when that names none. */
    private DayReader.Found dayOfRecalled(List<Token> tokens, Sentence sentence, int recall, LocalDate published) {
        int told = Math.max(sentence.firstToken(), recall - 2);
        List<DayReader.Found> before = days.find(tokens, new Window(sentence.firstToken(), told, told, told), published);
        if (before.isEmpty()) {
            return null;
        }
        return recallDistance.recalledDays(tokens, recall, sentence.firstToken(), before.get(before.size() - 1).days())
                .map(span -> new DayReader.Found(recall, span)).orElse(null);
    }

    // "The attack left 12 dead", "In the raid 20 died": a sentence that opens on a definite event and names no place
    // or day of its own speaks of the event last named, in the sentence before ("... two days after jets hit a
    // convoy near Tarsa").
    private boolean opensWithTheEvent(List<Token> tokens, Sentence sentence) {
        int first = sentence.firstToken();
        if (first + 1 < sentence.endToken() && eventPrepositions.contains(tokens.get(first).norm())) {
            first++;
        }
        return first + 1 < sentence.endToken() && tokens.get(first).is("the")
                && events.contains(tokens.get(first + 1).norm());
    }

    private PlaceReader.Found lastPlaceIn(List<Token> tokens, Sentence sentence) {
        List<PlaceReader.Found> found = places.find(tokens, whole(sentence));
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    /** A whole sentence as a window, with no figure in it. */
    private static Window whole(Sentence sentence) {
        return new Window(sentence.firstToken(), sentence.endToken(), sentence.endToken(), sentence.endToken());
    }

    private boolean namesAnEvent(List<Token> tokens, Window window) {
        for (int i = window.from(); i < window.to(); i++) {
            if (events.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    // "Five were killed and 20 other people were wounded": beside an earlier figure of its sentence that counts
    // another metric, "other" and "also" set the figure apart from that one, and add nothing to its own toll.
    private static boolean besideOtherKind(List<Claim> claims, int c, List<Token> tokens, int[] sentenceOf,
            int sentence) {
        if (c == 0) {
            return false;
        }
        Claim earlier = claims.get(c - 1);
        int earlierSentence = sentenceOf[Math.min(tokenAt(tokens, earlier.start()), tokens.size() - 1)];
        return earlierSentence == sentence && earlier.metric() != claims.get(c).metric();
    }

    /** The first token that starts at or after the offset; the token count when none does. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
