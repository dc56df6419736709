package io.claimcheck.extractor.claims;

import io.claimcheck.extractor.claims.FunctionWords.Kind;
import io.claimcheck.extractor.numbers.Amount;
import io.claimcheck.extractor.parties.PartyHit;
import io.claimcheck.extractor.text.Calendar;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Quotations;
import io.claimcheck.extractor.text.Sentence;
import io.claimcheck.extractor.text.Token;
import io.claimcheck.extractor.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who asserts each claim: reported speech in its forms (lexicon {@code speech.tsv}) and the speakers
 * behind it (lexicon {@code speakers.tsv}). A sentence's cues are read first, then each claim takes:
 * the speaker of the quotation it stands in; else the cue after it whose words it is ("... 12 killed,
 * a monitor said"); else the cue before it ("the ministry said its forces killed ..."); else an
 * "according to" anywhere in its sentence; else nobody (the publisher's own voice). A pronoun or a
 * definite description ("he", "the statement") speaks for the last speaker it fits.
 */
final class Attribution {

    private enum CueKind { SAID, ELIDED, PASSIVE, SOURCE, CITED, HEADLINE }

    private enum SpeakerKind { SOURCE, HEADLINE, SIDE }

    private record SpeakerWord(SpeakerKind kind, String side) {
    }

    /**
     * A place where the text says who speaks.
     *
     * @param first       first token of the cue words
     * @param last        last token of the cue words
     * @param speaker      who speaks; null for a passive cue ("it was claimed")
     * @param coversAfter  whether its words may follow it ("X said that ...")
     * @param coversBefore whether its words may precede it ("... 12 killed, X said")
     */
    private record Cue(CueKind kind, int first, int last, PartyMention speaker, boolean coversAfter,
                       boolean coversBefore) {
    }

    /** A speaker met so far, for the pronouns and definite descriptions that point back to it. */
    private record Speaker(PartyMention mention, Set<String> words) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");
    /** How many capitalised words after a figure make a headline: "Killed in Kareshi Strikes on Selm". */
    private static final int HEADLINE_WORDS = 4;
    /** How many words a figure's noun ("deaths", "civilian deaths") may have before a relative clause on it. */
    private static final int MAX_NOUN_WORDS = 3;
    /** How many words a relative clause's speaker and adverbs may have before its verb of saying. */
    private static final int MAX_SPEAKER_WORDS = 10;
    private static final int LONGEST_SPEAKER = 12;
    /** How long an apposition between a name and its verb may be ("X, a rescue service working in the south, said"). */
    private static final int APPOSITION_WORDS = 8;
    /** How many words after a verb of saying make a clause of its own ("said the building had no exits"). */
    private static final int OWN_CLAUSE_WORDS = 4;
    /** How far back a definite description ("the ministry") looks for the speaker it names again. */
    private static final int RECENT_SPEAKERS = 50;

    private final FunctionWords functionWords;
    private final MetricWords metricWords;
    private final CountedNouns nouns;
    private final PhraseTable<CueKind> cues;
    private final Map<String, SpeakerWord> speakerWords;
    /** "in", "at", "of" (lexicon speaker-links.tsv): what ties a speaker noun to where it works or belongs. */
    private final Set<String> speakerLinks;
    private final Set<String> bylines;
    private final Calendar calendar;
    /** "after", "before" (lexicon incident-time.tsv): the words that open a clause recalling another incident. */
    private final Set<String> recallDirections;
    private final PhraseTable<Boolean> additiveOpeners;
    private final Set<String> tollVerbs;
    private final Set<String> offices;
    private final Set<String> descriptions;
    private final Set<String> documentNouns;

    Attribution(LexiconSource lexicon, FunctionWords functionWords, MetricWords metricWords, CountedNouns nouns,
                Set<String> bylines, Calendar calendar) {
        this.nouns = nouns;
        this.calendar = calendar;
        this.recallDirections = lexicon.rows("incident-time.tsv").stream()
                .filter(row -> row.size() > 2 && row.get(1).equals("recall") && !row.get(2).isBlank())
                .map(row -> row.get(0)).collect(Collectors.toUnmodifiableSet());
        this.additiveOpeners = PhraseTable.ofPhrases(lexicon.words("additive-openers.tsv"));
        this.tollVerbs = Set.copyOf(lexicon.words("toll-verbs.tsv"));
        this.offices = Set.copyOf(lexicon.words("offices.tsv"));
        this.descriptions = Set.copyOf(lexicon.words("speaker-descriptions.tsv"));
        this.documentNouns = Set.copyOf(lexicon.words("document-nouns.tsv"));
        this.functionWords = functionWords;
        this.metricWords = metricWords;
        Map<String, CueKind> phrases = new HashMap<>();
        lexicon.rows("speech.tsv").forEach(row -> phrases.put(row.get(0), CueKind.valueOf(row.get(1).toUpperCase())));
        this.cues = PhraseTable.of(phrases);
        Map<String, SpeakerWord> words = new HashMap<>();
        for (List<String> row : lexicon.rows("speakers.tsv")) {
            words.put(row.get(0), new SpeakerWord(SpeakerKind.valueOf(row.get(1).toUpperCase()),
                    row.size() > 2 ? row.get(2) : null));
        }
        this.speakerWords = Map.copyOf(words);
        this.speakerLinks = Set.copyOf(lexicon.words("speaker-links.tsv"));
        this.bylines = Set.copyOf(bylines);
    }

    /** The one-word verbs of saying ("said", "told"): where a phrase about the counted things ends. */
    Set<String> speechVerbs() {
        Set<String> verbs = new HashSet<>();
        cues.phrases().forEach(phrase -> {
            if (!phrase.contains(" ")) {
                verbs.add(phrase);
            }
        });
        return Set.copyOf(verbs);
    }

    /** A claimant and the rule that found it. */
    record Voice(PartyMention mention, ClaimantRule rule) {
    }

    /** The claimant of every reading (null where the reading is null or the text speaks for itself). */
    List<Voice> claimants(Document doc, List<ClaimReader.Reading> readings) {
        List<Voice> claimants = new ArrayList<>(readings.size());
        List<Speaker> speakers = new ArrayList<>();
        PartyMention lastVoice = null; // who spoke in the sentence before, for one that adds to its figures
        int r = 0;
        for (Sentence sentence : doc.sentences()) {
            int firstReading = r;
            while (r < readings.size() && sentence.contains(doc.amounts().get(r).first())) {
                r++;
            }
            List<Cue> sentenceCues = cuesOf(doc, sentence, speakers);
            Cue tag = sourceTag(doc, sentence, sentenceCues, readings, speakers);
            if (tag != null) {
                sentenceCues.add(tag);
            }
            boolean adding = sentenceCues.isEmpty() && firstReading < r
                    && addsToTheSentenceBefore(doc, sentence, doc.amounts().get(firstReading).first());
            PartyMention carried = adding ? lastVoice : null;
            PartyMention voice = null;
            for (int i = firstReading; i < r; i++) {
                ClaimReader.Reading reading = readings.get(i);
                Voice claimant = reading == null ? null
                        : claimantOf(doc, reading.amount(), sentence, sentenceCues, speakers);
                claimant = claimant == null && reading != null && carried != null
                        ? new Voice(carried, ClaimantRule.CARRIED_INTO_AN_ADDING_SENTENCE) : claimant;
                claimants.add(claimant);
                voice = claimant != null ? claimant.mention() : voice;
            }
            for (Cue cue : sentenceCues) {
                if (cue.speaker() != null) {
                    speakers.add(new Speaker(cue.speaker(), wordsAround(doc, cue)));
                    voice = voice == null ? cue.speaker() : voice;
                }
            }
            lastVoice = voice;
        }
        while (claimants.size() < readings.size()) {
            claimants.add(null);
        }
        return claimants;
    }

    /**
     * A headline's trailing source tag, with no verb: "Bomb kills six in market state radio", "13 killed in attack
     * on Selm: Karesh". Either a mark (colon, dash, bar) sets it off, or it ends in a source noun ("radio",
     * "media") and follows a word that is no preposition or article; the counted noun of the figure before it is
     * no tag ("gunmen killed 5 police").
     */
    private Cue sourceTag(Document doc, Sentence sentence, List<Cue> sentenceCues, List<ClaimReader.Reading> readings,
                          List<Speaker> speakers) {
        for (Cue cue : sentenceCues) {
            if (cue.kind() == CueKind.SAID || cue.kind() == CueKind.SOURCE || cue.kind() == CueKind.HEADLINE) {
                return null;
            }
        }
        int end = sentence.endToken() - 1;
        while (end > sentence.firstToken() && (doc.token(end).isPunct() || bylines.contains(doc.token(end).norm()))) {
            end--;
        }
        PartyHit hit = doc.partyCovering(end);
        boolean sourceNoun = isSourceWord(doc.token(end));
        boolean named = hit != null && hit.last() == end;
        int start = named || sourceNoun ? speakerStart(doc, end, sentence.firstToken()) : -1;
        if (start <= sentence.firstToken()) {
            return null;
        }
        Token before = doc.token(start - 1);
        boolean marked = before.is(":") || before.is("|") || Tokenizer.normalizeDashes(before.text()).equals("-")
                || before.is("—");
        boolean signed = sourceNoun && (before.isWord() || before.isNumber()) && !functionWords.isFunctionWord(before);
        if (!(marked || signed) || isCountedNoun(doc, readings, start, end)) {
            return null;
        }
        return new Cue(CueKind.HEADLINE, start, end, resolve(doc, start, end, speakers, null), false, true);
    }

    /** Whether the words are the counted noun of the figure just before them. */
    private static boolean isCountedNoun(Document doc, List<ClaimReader.Reading> readings, int start, int end) {
        int a = doc.amountAt(start - 1);
        ClaimReader.Reading reading = a >= 0 ? readings.get(a) : null;
        if (reading == null || reading.head() == null) {
            return false;
        }
        for (int p = start; p <= end; p++) {
            if (doc.token(p).norm().equals(reading.head())) {
                return true;
            }
        }
        return false;
    }

    /** "gave a toll of", "raised the death toll to": a verb of {@code toll-verbs.tsv} before a toll noun. */
    private boolean reportsToll(Document doc, int p, Sentence sentence) {
        if (!tollVerbs.contains(doc.token(p).norm())) {
            return false;
        }
        for (int q = p + 1; q < Math.min(sentence.endToken(), p + 5); q++) {
            PhraseTable.Match<MetricWords.Sense> word = metricWords.startingAt(doc.tokens(), q);
            if (word != null && word.value().has(MetricWords.Role.CONTEXT)) {
                return true;
            }
        }
        return false;
    }

    /** "Another 14 are missing", "Among the dead were ...", "The strikes also hit 9 schools": an adding sentence. */
    private boolean addsToTheSentenceBefore(Document doc, Sentence sentence, int firstFigure) {
        int p = sentence.firstToken();
        while (p < firstFigure && doc.token(p).isQuote()) {
            p++;
        }
        if (additiveOpeners.startingAt(doc.tokens(), p) != null) {
            return true;
        }
        for (int q = p + 1; q < firstFigure; q++) {
            if (doc.token(q).is("also")) {
                return true;
            }
        }
        return false;
    }

    private Voice claimantOf(Document doc, Amount amount, Sentence sentence, List<Cue> sentenceCues,
                                    List<Speaker> speakers) {
        Quotations.Quote quote = doc.quoteOf(amount.first());
        PartyMention quoted = quote == null ? null : speakerOfQuote(doc, quote, speakers);
        if (quoted != null) {
            // "... the fact that Peru reported 70 dead shows ...", he said: the one quoted reports another's figure
            Cue within = sentenceCues.stream().filter(cue -> cue.kind() == CueKind.SAID && cue.first() > quote.open()
                    && cue.last() < amount.first() && cue.coversAfter() && cue.speaker() != null
                    && cue.speaker().party() != null).reduce((first, second) -> second).orElse(null);
            return new Voice(within != null ? within.speaker() : quoted, ClaimantRule.QUOTATION);
        }
        Cue relative = sentenceCues.stream()
                .filter(cue -> cue.kind() == CueKind.SAID && cue.speaker() != null && saysOfTheFigure(doc, amount, cue))
                .findFirst().orElse(null);
        if (relative != null) {
            return new Voice(relative.speaker(), ClaimantRule.RELATIVE_CLAUSE);
        }
        Cue before = null;
        Cue after = null;
        Cue source = null;
        for (Cue cue : sentenceCues) {
            if (cue.kind() == CueKind.SOURCE) {
                // "according to Kyiv, 400 died; according to Moscow, 89": the nearest source before, else the first
                boolean nearerBefore = cue.first() < amount.first() || source == null;
                source = nearerBefore ? cue : source;
            } else if (cue.last() < amount.first() && cue.coversAfter()) {
                before = cue;
            } else if (after == null && cue.first() > amount.phraseLast() && cue.coversBefore()
                    && !inHeadlineBeforeItsLede(doc, amount, cue.first())) {
                after = cue;
            }
        }
        Cue cited = sentenceCues.stream()
                .filter(cue -> cue.kind() == CueKind.CITED && cue.first() > amount.phraseLast()).findFirst().orElse(null);
        if (cited != null && (after == null || after.first() >= cited.first())) {
            return voiceOf(cited, ClaimantRule.CITING);
        }
        // "According to MSF two clinics it supports have reported ...": a named source before the figure outranks a
        // verb after it whose subject names no side
        boolean sourceFirst = source != null && source.first() < amount.first() && source.speaker() != null
                && source.speaker().party() != null && after != null
                && (after.speaker() == null || after.speaker().party() == null);
        Cue chosen = after != null && !sourceFirst && (before == null || isFinal(doc, after, sentence)
                || after.kind() == CueKind.HEADLINE && claimsBetween(doc, before.last() + 1, amount.first()) > 0)
                ? after : before != null ? before : source != null ? source : after;
        if (chosen != null && chosen.kind() == CueKind.SAID && chosen.speaker() == null && source != null
                && source.speaker() != null) {
            chosen = source; // "Confirmed number of the dead was 105, according to X": "Confirmed" speaks for no one
        }
        return chosen == null ? null : voiceOf(chosen, switch (chosen.kind()) {
            case SOURCE -> ClaimantRule.ACCORDING_TO;
            case CITED -> ClaimantRule.CITING;
            case HEADLINE -> ClaimantRule.HEADLINE_TAG;
            case ELIDED -> ClaimantRule.PARTICIPLE_OF_SAYING;
            case SAID, PASSIVE -> chosen == after ? ClaimantRule.SAID_AFTER : ClaimantRule.SAID_BEFORE;
        });
    }

    private static Voice voiceOf(Cue cue, ClaimantRule rule) {
        return cue.speaker() == null ? null : new Voice(cue.speaker(), rule);
    }

    /**
     * "far fewer than the 500 deaths that health officials first reported": a relative clause on the figure's own noun
     * ("that" or "which" within a few words after the figure) whose verb of saying has its speaker before it names
     * who gives the figure, whoever speaks for the rest of the sentence.
     */
    private boolean saysOfTheFigure(Document doc, Amount amount, Cue cue) {
        int limit = Math.min(cue.first(), amount.phraseLast() + MAX_NOUN_WORDS + 2);
        for (int p = amount.phraseLast() + 1; p < limit; p++) {
            Token token = doc.token(p);
            if (token.is("that") || token.is("which")) {
                return p > amount.phraseLast() + 1 && cue.first() - p <= MAX_SPEAKER_WORDS
                        && !hasPunctuation(doc, p + 1, cue.first()) && speakerOpensClause(doc, p + 1, cue);
            }
            if (!token.isWord() || functionWords.isFunctionWord(token)) {
                return false;
            }
        }
        return false;
    }

    // "that it funds have reported": the verb's subject is not the relative clause's, which is about the clinics
    private boolean speakerOpensClause(Document doc, int start, Cue cue) {
        String speaker = cue.speaker().text();
        int first = functionWords.isDeterminer(doc.token(start)) && !speaker.startsWith(doc.token(start).text())
                ? start + 1 : start;
        return speaker.startsWith(doc.token(first).text());
    }

    private static boolean hasPunctuation(Document doc, int from, int to) {
        for (int p = from; p < to; p++) {
            if (doc.token(p).isPunct() && !doc.token(p).is("-")) {
                return true;
            }
        }
        return false;
    }

    private boolean isFinal(Document doc, Cue cue, Sentence sentence) {
        return claimsBetween(doc, cue.last() + 1, sentence.endToken()) == 0;
    }

    private static int claimsBetween(Document doc, int from, int to) {
        int count = 0;
        for (int p = from; p < to; p++) {
            int a = doc.amountAt(p);
            if (a >= 0 && doc.amounts().get(a).first() == p) {
                count++;
            }
        }
        return count;
    }

    // ---- cues ----

    /**
     * The cues of a sentence, left to right. A pronoun in a later cue may point back to an earlier cue's speaker
     * in the same sentence ("the agency said it had recorded three deaths").
     */
    private List<Cue> cuesOf(Document doc, Sentence sentence, List<Speaker> speakers) {
        List<Cue> found = new ArrayList<>();
        List<Speaker> visible = new ArrayList<>(speakers);
        for (int p = sentence.firstToken(); p < sentence.endToken(); p++) {
            PhraseTable.Match<CueKind> match = cues.startingAt(doc.tokens(), p);
            if (match == null && reportsToll(doc, p, sentence)) {
                match = new PhraseTable.Match<>(CueKind.SAID, p, p);
            }
            Cue cue = null;
            if (match != null && match.last() < sentence.endToken() && isVerbAt(doc, p, sentence)
                    && isPassiveVerb(doc, match, sentence)) {
                cue = byAgent(doc, match, sentence, visible);
                p = match.last();
            } else if (match != null && match.last() < sentence.endToken() && isVerbAt(doc, p, sentence)) {
                cue = cue(doc, match, sentence, visible, found);
                p = match.last();
            } else if (isHeadlineSignature(doc, p, sentence)) {
                cue = new Cue(CueKind.HEADLINE, p, p, resolve(doc, p, p, visible, null), false, true);
            }
            if (cue != null) {
                found.add(cue);
                if (cue.speaker() != null) {
                    visible.add(new Speaker(cue.speaker(), wordsAround(doc, cue)));
                }
            }
        }
        return found;
    }

    private Cue cue(Document doc, PhraseTable.Match<CueKind> match, Sentence sentence, List<Speaker> speakers,
                    List<Cue> earlier) {
        int first = match.first();
        int last = match.last();
        switch (match.value()) {
            case PASSIVE -> {
                return new Cue(CueKind.PASSIVE, first, last, null, true, false);
            }
            case SOURCE -> {
                int end = speakerEnd(doc, last + 1, sentence.endToken());
                return end < 0 ? null : new Cue(CueKind.SOURCE, first, last,
                        resolve(doc, last + 1, end, speakers, null), true, true);
            }
            case CITED -> { // citing what names no source ("citing 300 violations") continues its clause
                Cue cited = cited(doc, first, last, sentence, speakers);
                return cited != null ? cited
                        : new Cue(CueKind.ELIDED, first, last, subjectOf(doc, sentence, speakers, earlier), true, false);
            }
            case ELIDED -> {
                return new Cue(CueKind.ELIDED, first, last, subjectOf(doc, sentence, speakers, earlier), true, false);
            }
            default -> {
                return said(doc, first, last, sentence, speakers, earlier);
            }
        }
    }

    /** A source with a party right after the verb that closes its clause: "... said the Watch.", "said the Watch which". */
    private boolean invertedSpeaker(Document doc, int verbLast, int rightEnd, Sentence sentence) {
        if (rightEnd < 0 || doc.token(verbLast).is("told") || !hasParty(doc, verbLast + 1, rightEnd)) {
            return false;
        }
        int next = rightEnd + 1;
        return next >= sentence.endToken() || doc.token(next).isPunct() || doc.token(next).is("which")
                || doc.token(next).is("who");
    }

    /**
     * "..., citing the health ministry", "citing a statement from the Watch": the source cited, when the words
     * name one with a party; else null.
     */
    private Cue cited(Document doc, int first, int last, Sentence sentence, List<Speaker> speakers) {
        int from = last + 1;
        while (from < sentence.endToken() && functionWords.isDeterminer(doc.token(from))) {
            from++;
        }
        if (from < sentence.endToken() && documentNouns.contains(doc.token(from).norm())) {
            PartyHit author = authorHitAfter(doc, from + 1); // "a statement from the Watch"
            return author == null ? null : new Cue(CueKind.CITED, first, last,
                    new PartyMention(doc.span(from, author.last()), author.party()), false, true);
        }
        int end = speakerEnd(doc, from, sentence.endToken());
        PartyMention source = end < 0 ? null : resolve(doc, from, end, speakers, null);
        return source == null || source.party() == null ? null
                : new Cue(CueKind.CITED, first, last, source, false, true);
    }

    /** "X said (that) ...", "..., X said", "..., said X", "and claims that ...". */
    private Cue said(Document doc, int first, int last, Sentence sentence, List<Speaker> speakers, List<Cue> earlier) {
        int leftEnd = first - 1;
        while (leftEnd >= sentence.firstToken() && (functionWords.is(doc.token(leftEnd), Kind.AUXILIARY)
                || functionWords.is(doc.token(leftEnd), Kind.ADVERB))) {
            leftEnd--;
        }
        leftEnd = beforeTimeOrAside(doc, leftEnd, sentence.firstToken());
        int[] left = leftEnd >= sentence.firstToken() ? subjectSpan(doc, leftEnd, sentence.firstToken()) : null;
        int leftStart = left == null ? -1 : afterCountedNoun(doc, left[0], left[1]);
        leftEnd = left == null ? leftEnd : left[1];
        // "the 500 deaths that officials in the town described": a clause after "that" or "which" speaks of its own
        // noun, not of the figures before it
        boolean subordinate = leftStart > sentence.firstToken()
                && functionWords.is(doc.token(leftStart - 1), Kind.SUBORDINATOR);
        int rightEnd = speakerEnd(doc, last + 1, sentence.endToken());
        boolean told = doc.token(first).is("told");
        PartyMention listener = told && rightEnd >= 0 ? resolve(doc, last + 1, rightEnd, speakers, null) : null;
        boolean wordsBefore = saysNothingAfter(doc, last + 1, sentence);
        if (leftStart >= 0 && !hasParty(doc, leftStart, leftEnd) && invertedSpeaker(doc, last, rightEnd, sentence)) {
            // "... in Hara which lies near the airport said the Watch": the named source after the verb speaks
            return new Cue(CueKind.SAID, first, last, resolve(doc, last + 1, rightEnd, speakers, null), false, true);
        }
        if (leftStart >= 0 && speaks(doc, leftStart, leftEnd)) {
            boolean recallsAfter = recallsAnotherIncident(doc, last + 1, sentence);
            return new Cue(CueKind.SAID, first, last, resolve(doc, leftStart, leftEnd, speakers, listener),
                    !recallsAfter, (wordsBefore || recallsAfter) && !subordinate
                            && !opensClauseOfItsOwn(doc, leftStart, last, sentence));
        }
        boolean afterQuoteOrComma = first > sentence.firstToken()
                && (doc.token(first - 1).isQuote() || doc.token(first - 1).is(","));
        if (rightEnd >= 0 && !told && speaks(doc, last + 1, rightEnd)
                && (afterQuoteOrComma || leftStart < 0 || !hasParty(doc, leftStart, leftEnd))) {
            return new Cue(CueKind.SAID, first, last, resolve(doc, last + 1, rightEnd, speakers, null), false, true);
        }
        Token before = leftEnd >= sentence.firstToken() ? doc.token(leftEnd) : null;
        if (before == null || before.is("and") || before.is(",") || told || isLoneQuantifier(doc, leftEnd)) {
            PartyMention subject = subjectOf(doc, sentence, speakers, earlier);
            if (subject != null && subject.party() == null && listener != null) {
                subject = new PartyMention(subject.text(), listener.party());
            }
            return new Cue(CueKind.SAID, first, last, subject, true, wordsBefore);
        }
        return new Cue(CueKind.SAID, first, last,
                leftStart >= 0 ? resolve(doc, leftStart, leftEnd, speakers, listener) : null, true,
                wordsBefore && !subordinate);
    }

    /**
     * "were reported killed", "9 deaths were recorded": a verb of saying in the passive names no speaker and
     * hides none (docs/claim-model.md §2: events and things never speak). "It was claimed" is a cue of its own.
     */
    private boolean isPassiveVerb(Document doc, PhraseTable.Match<CueKind> match, Sentence sentence) {
        int p = match.first() - 1;
        while (p > sentence.firstToken() && functionWords.is(doc.token(p), Kind.ADVERB)) {
            p--;
        }
        return match.value() == CueKind.SAID && p >= sentence.firstToken() && FunctionWords.isFormOfBe(doc.token(p));
    }

    /**
     * "Twelve died in the fire and the Watch said the building had no exits": a speaker joined by a conjunction,
     * whose verb has a clause of its own after it, covers that clause and not the one before the conjunction.
     */
    private boolean opensClauseOfItsOwn(Document doc, int speakerStart, int verbLast, Sentence sentence) {
        if (speakerStart == sentence.firstToken() || !functionWords.is(doc.token(speakerStart - 1), Kind.CONJUNCTION)) {
            return false;
        }
        int words = 0;
        for (int p = verbLast + 1; p < sentence.endToken(); p++) {
            words += doc.token(p).isWord() ? 1 : 0;
        }
        return words >= OWN_CLAUSE_WORDS;
    }

    /**
     * "Three deaths were reported by the rescuers": a passive verb of saying with its agent speaks for what came
     * before it; without one it is no cue (null).
     */
    private Cue byAgent(Document doc, PhraseTable.Match<CueKind> match, Sentence sentence, List<Speaker> speakers) {
        int by = match.last() + 1;
        if (by + 1 >= sentence.endToken() || !doc.token(by).is("by")) {
            return null;
        }
        int end = speakerEnd(doc, by + 1, sentence.endToken());
        return end >= 0 && speaks(doc, by + 1, end) ? new Cue(CueKind.SAID, match.first(), end,
                resolve(doc, by + 1, end, speakers, null), false, true) : null;
    }

    /**
     * "Thirty Killed in Kareshi Strikes on Suburb Town Thirty civilians were killed ..., a monitor said": a headline
     * run into its lede with no stop between them is the outlet's own; a verb of saying in the lede does not cover
     * it. The headline is the run of capitalised words after the figure, the last of them opening the lede.
     */
    private boolean inHeadlineBeforeItsLede(Document doc, Amount amount, int cueFirst) {
        int capitalised = 0;
        int p = amount.phraseLast() + 1;
        for (; p < cueFirst; p++) {
            Token token = doc.token(p);
            if (!token.isWord() || functionWords.isFunctionWord(token)) {
                continue;
            }
            if (!token.isCapitalized()) {
                break;
            }
            capitalised++;
        }
        // the lede opens on the last capitalised word, right before a lower-case one, and runs on well past a source
        // tag's few words ("... Market officials say" is a tag)
        return capitalised - 1 >= HEADLINE_WORDS && p < cueFirst && doc.token(p - 1).isCapitalized()
                && cueFirst - p > OWN_CLAUSE_WORDS;
    }

    /** Whether a verb of saying is one here: not "the reported execution", not a capitalised headline word. */
    private boolean isVerbAt(Document doc, int p, Sentence sentence) {
        if (p == sentence.firstToken()) {
            return true;
        }
        Token token = doc.token(p);
        Token previous = doc.token(p - 1);
        return !(functionWords.is(previous, Kind.DETERMINER) || functionWords.is(previous, Kind.POSSESSIVE))
                && !(token.isCapitalized() && !previous.isQuote() && !token.is("according"));
    }

    /**
     * "evacuations resumed on Wednesday, officials said, days after a bombing killed 120": after the verb, a clause
     * that recalls another incident ("days after", "a week before", "after") and no "that" is the writer's
     * background, not what the speaker says; the speaker's words are before the verb.
     */
    private boolean recallsAnotherIncident(Document doc, int from, Sentence sentence) {
        int p = from;
        while (p < sentence.endToken() && p - from < 3 && !recallDirections.contains(doc.token(p).norm())) {
            Token token = doc.token(p);
            boolean countsTheUnit = p + 1 < sentence.endToken() && calendar.isTimeUnit(doc.token(p + 1).norm());
            if (!(calendar.isTimeUnit(token.norm()) || countsTheUnit || functionWords.isDeterminer(token)
                    || functionWords.is(token, Kind.ADVERB) || token.is(","))) {
                return false;
            }
            p++;
        }
        if (p >= sentence.endToken() || !recallDirections.contains(doc.token(p).norm())) {
            return false;
        }
        for (int q = p + 1; q < sentence.endToken(); q++) {
            if (doc.token(q).is("that")) {
                return false;
            }
        }
        return true;
    }

    /** Nothing the speaker says follows the verb: no claim, or only a participle ("said, updating ..."). */
    private static boolean saysNothingAfter(Document doc, int from, Sentence sentence) {
        if (from < sentence.endToken() && doc.token(from).norm().endsWith("ing")) {
            return true;
        }
        return claimsBetween(doc, from, sentence.endToken()) == 0;
    }

    /**
     * The subject of a verb whose subject ends at token {@code end}, as {first, last}, or null: a speaker
     * phrase, without a relative clause ("the Observatory which monitors the war said"), with its
     * apposition ("the Syrian Center for Policy Research an NGO has put") or its other conjunct, and none
     * when it is a preposition's object ("near a military airport said the Observatory") unless it ends in
     * a source ("across the country UN estimates suggest": "UN estimates").
     */
    private int[] subjectSpan(Document doc, int end, int floor) {
        int start = speakerStart(doc, end, floor);
        boolean pronoun = start == end && start >= 0 && PRONOUNS.contains(doc.token(start).norm());
        if (!pronoun && start > floor + 1 && (doc.token(start - 1).is("which") || doc.token(start - 1).is("who"))) {
            end = start - 2;
            start = speakerStart(doc, end, floor);
        }
        int[] antecedent = start < 0 || pronoun ? null : antecedentOfRelative(doc, start, floor);
        if (antecedent != null) {
            return antecedent;
        }
        if (start < 0) {
            return null;
        }
        if (start > floor + 1 && doc.token(start - 1).is("and") && isSpeakerPhraseEndingAt(doc, start - 2, floor)) {
            // "a clinic and a rescue group said": two speakers, together
            start = speakerStart(doc, start - 2, floor);
        }
        boolean describes = doc.token(start).is("a") || doc.token(start).is("an");
        if (start > floor && !hasParty(doc, start, end) && doc.token(start - 1).isWord()
                && (describes && !speakerWords.containsKey(doc.token(end).norm()) || doc.token(start - 1).is("and"))) {
            int outer = speakerStart(doc, doc.token(start - 1).is("and") ? start - 2 : start - 1, floor);
            if (outer >= 0 && hasParty(doc, outer, end)) {
                start = outer;
            }
        }
        boolean objectOfPreposition = start > floor && functionWords.is(doc.token(start - 1), Kind.PREPOSITION);
        if (start > floor && (!hasParty(doc, start, end) || objectOfPreposition)) {
            // "the Coast Guard a rescue service working in the south said": the name before a long apposition
            int article = appositionBefore(doc, start, floor);
            int outer = article > floor ? speakerStart(doc, article - 1, floor) : -1;
            if (outer >= 0 && hasParty(doc, outer, article - 1)) {
                return new int[] {outer, article - 1};
            }
        }
        if (start > floor + 1 && speakerLinks.contains(doc.token(start - 1).norm())
                && speakerWords.containsKey(doc.token(start - 2).norm())) {
            // "health officials in the Dorva-ruled town said", "a source at the Tarn police", "the director of the
            // Tarn hospital": the speaker is the officials, the source, the director; where they are is theirs
            int outer = speakerStart(doc, start - 2, floor);
            if (outer >= 0) {
                return new int[] {outer, end};
            }
        }
        if (start > floor && functionWords.is(doc.token(start - 1), Kind.PREPOSITION)
                && !doc.token(start - 1).is("with")) { // "with the Trust recording 9 deaths": the participle's subject
            start = properNameWithin(doc, start, end);
        }
        return start < 0 ? null : new int[] {start, end};
    }

    /**
     * "killing 20 rebels state television reported": with no comma after a figure, the phrase before a verb of
     * saying may run on from the figure's counted noun into its speaker. The speaker then starts at the first name
     * or speaker noun after the counted noun, with the words before it that are no plural noun ("state" in "state
     * television", not "rebels"); a phrase that opens on a name or an article ("40 Dorvan state media said", "112 a
     * monitoring group said") is the speaker whole.
     */
    private int afterCountedNoun(Document doc, int start, int end) {
        Kind opening = functionWords.kindOf(doc.token(start));
        if (start == 0 || doc.amountAt(start - 1) < 0 || doc.token(start).isCapitalized()
                || opening == Kind.DETERMINER || opening == Kind.POSSESSIVE) {
            return start;
        }
        for (int p = start + 1; p <= end; p++) {
            if (doc.token(p).isCapitalized() || speakerWords.containsKey(doc.token(p).norm())) {
                int first = p;
                while (first - 1 > start && doc.token(first - 1).isWord() && !nouns.isPlural(doc.token(first - 1))
                        && !functionWords.isFunctionWord(doc.token(first - 1))) {
                    first--;
                }
                return first;
            }
        }
        return start;
    }

    /**
     * Where the subject of a verb of saying ends when a time ("X on Wednesday said") or an aside between commas
     * ("The report, seen by the agency on Monday, said") stands between them; {@code end} when neither does.
     */
    private int beforeTimeOrAside(Document doc, int end, int floor) {
        int p = end;
        while (p > floor && isDateWord(doc.token(p))) {
            p--;
            if (doc.token(p).is("on") || doc.token(p).is("late") || doc.token(p).is("early")) {
                p--;
            }
        }
        if (p < end && p >= floor && doc.token(p).isWord()) {
            return p;
        }
        if (p == end && p > floor && doc.token(p).is(",")) {
            for (int q = p - 1; q > floor && p - q <= APPOSITION_WORDS + 2; q--) {
                if (doc.token(q).is(",")) {
                    return q - 1 >= floor && doc.token(q - 1).isWord() && cues.startingAt(doc.tokens(), q + 1) == null
                            && !doc.token(q + 1).is("which") && !doc.token(q + 1).is("who") ? q - 1 : end;
                }
                if (doc.amountAt(q) >= 0 || cues.startingAt(doc.tokens(), q) != null) {
                    return end;
                }
            }
        }
        return end;
    }

    /** The "a" or "an" that opens an apposition ending just before {@code start}, or -1. */
    private int appositionBefore(Document doc, int start, int floor) {
        for (int p = start - 1; p > floor && start - p <= APPOSITION_WORDS; p--) {
            Token token = doc.token(p);
            if (token.is("a") || token.is("an")) {
                return p;
            }
            if (!token.isWord() || doc.amountAt(p) >= 0 || cues.startingAt(doc.tokens(), p) != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The Watch, which has sources across the coast, said ...": the words before a verb of saying close a relative
     * clause, and the speaker is the phrase the clause hangs on. Null when no relative pronoun comes first.
     */
    private int[] antecedentOfRelative(Document doc, int start, int floor) {
        for (int p = start - 1; p > floor && start - p <= LONGEST_SPEAKER; p--) {
            Token token = doc.token(p);
            if (doc.amountAt(p) >= 0 || cues.startingAt(doc.tokens(), p) != null || token.is(".")) {
                return null;
            }
            if (token.is("which") || token.is("who")) {
                int end = doc.token(p - 1).is(",") ? p - 2 : p - 1;
                int first = end >= floor ? speakerStart(doc, end, floor) : -1;
                return first >= 0 && speaks(doc, first, end) ? new int[] {first, end} : null;
            }
        }
        return null;
    }

    /** The first capitalised word after a common noun in a phrase ("the war-battered country UN estimates"). */
    private int properNameWithin(Document doc, int start, int end) {
        for (int q = start + 1; q <= end; q++) {
            Token previous = doc.token(q - 1);
            if (doc.token(q).isCapitalized() && previous.isWord() && !functionWords.isFunctionWord(previous)
                    && Character.isLowerCase(previous.text().charAt(0)) && speaks(doc, q, end)) {
                return q;
            }
        }
        return -1;
    }

    /** "... Idlib monitor Turkey PM says", "... in Syria Monitor AFP": a source signing a headline. */
    private boolean isHeadlineSignature(Document doc, int p, Sentence sentence) {
        Token token = doc.token(p);
        SpeakerWord word = speakerWords.get(token.norm());
        if (word == null || word.kind() != SpeakerKind.HEADLINE || p == sentence.firstToken()) {
            return false;
        }
        Token previous = doc.token(p - 1);
        if (functionWords.isFunctionWord(previous) || !previous.isWord()) {
            return false;
        }
        if (p + 1 >= sentence.endToken()) {
            return true;
        }
        Token next = doc.token(p + 1);
        return bylines.contains(next.norm()) || (next.isCapitalized() && cues.startingAt(doc.tokens(), p + 1) == null);
    }

    // ---- quotations ----

    /** `"..." said X`, `"..." X said`, `"...," X was quoted as saying`, `X said: "..."`. */
    private PartyMention speakerOfQuote(Document doc, Quotations.Quote quote, List<Speaker> speakers) {
        int k = quote.close() + 1;
        while (k < doc.size() && doc.token(k).is(",")) {
            k++;
        }
        if (k < doc.size()) {
            PhraseTable.Match<CueKind> cue = cues.startingAt(doc.tokens(), k);
            if (cue != null && cue.value() == CueKind.SAID) {
                int end = speakerEnd(doc, cue.last() + 1, doc.size());
                if (end >= 0) {
                    return resolve(doc, cue.last() + 1, end, speakers, null);
                }
            }
            int end = speakerEnd(doc, k, doc.size());
            if (end >= 0 && (PRONOUNS.contains(doc.token(k).norm()) || speaks(doc, k, end))) {
                for (int p = end + 1; p < Math.min(doc.size(), end + 7); p++) {
                    PhraseTable.Match<CueKind> later = cues.startingAt(doc.tokens(), p);
                    if (later != null && later.value() == CueKind.SAID) {
                        return resolve(doc, k, end, speakers, null);
                    }
                }
            }
        }
        int p = quote.open() - 1;
        while (p >= 0 && (doc.token(p).is(":") || doc.token(p).is(","))) {
            p--;
        }
        PhraseTable.Match<CueKind> cue = p >= 0 ? cues.endingAt(doc.tokens(), p) : null;
        if (cue != null && cue.value() == CueKind.SAID && cue.first() > 0) {
            int start = speakerStart(doc, cue.first() - 1, 0);
            if (start >= 0) {
                return resolve(doc, start, cue.first() - 1, speakers, null);
            }
        }
        return p >= 0 && doc.token(p).is(".") ? speakerClosing(doc, p - 1, speakers) : null;
    }

    /** "... died in the blast, said the Watch." before a quotation: the speaker that closes the sentence before. */
    private PartyMention speakerClosing(Document doc, int end, List<Speaker> speakers) {
        for (int p = end; p > 0 && end - p < LONGEST_SPEAKER; p--) {
            PhraseTable.Match<CueKind> cue = cues.endingAt(doc.tokens(), p - 1);
            if (cue != null && cue.value() == CueKind.SAID && speakerEnd(doc, p, end + 1) == end && speaks(doc, p, end)) {
                return resolve(doc, p, end, speakers, null);
            }
        }
        return null;
    }

    // ---- speaker phrases ----

    /** Where a speaker phrase ending at token {@code end} starts, or -1: walking left over a noun phrase. */
    private int speakerStart(Document doc, int end, int floor) {
        if (end < Math.max(floor, 0)) {
            return -1; // nothing left of the cue to name a speaker: "and he said" at a sentence's start
        }
        Token last = doc.token(end);
        if (PRONOUNS.contains(last.norm())) {
            return end;
        }
        int start = -1;
        boolean commonHead = !last.isCapitalized() && speakerWords.containsKey(last.norm());
        for (int p = end; p >= floor && end - p < LONGEST_SPEAKER; p--) {
            Token token = doc.token(p);
            Kind kind = functionWords.kindOf(token);
            if (kind == Kind.DETERMINER || kind == Kind.POSSESSIVE) {
                if (!token.is("that") && p - 2 >= floor && speakerLinks.contains(doc.token(p - 1).norm())
                        && speakerWords.containsKey(doc.token(p - 2).norm())) {
                    continue; // "activists in the town said", "the director of the clinic": part of who they are
                }
                return token.is("that") ? start : p;
            }
            if (isDateWord(token)) {
                break; // "... on Thursday Syrian state media said": the time is not the speaker's
            }
            if (commonHead && kind == null && p < end && token.isCapitalized() && p > floor
                    && !functionWords.isDeterminer(doc.token(p - 1))) { // "the Tarn police command" is one phrase
                // "... in the district of Hara state television reported": before a speaker noun such as
                // "television" or "group", a capitalised word is a name of the phrase (a side: "Syrian",
                // "Hezbollah") or ends it (a place the clause before it named)
                PartyHit hit = doc.partyCovering(p);
                if (hit == null || hit.last() > end) {
                    break;
                }
                start = hit.first();
                p = hit.first();
                continue;
            }
            if (kind == Kind.OF || token.is("for") || token.is("and") || token.is("&") || token.is("(")
                    || token.is(")")) {
                continue;
            }
            if (kind == Kind.PREPOSITION && p > floor && speakerWords.containsKey(doc.token(p - 1).norm())
                    && p < end && (doc.token(p + 1).isCapitalized() || functionWords.isDeterminer(doc.token(p + 1)))) {
                continue;
            }
            if (kind != null || !(token.isWord() || token.is("(") || token.is(")")) || doc.amountAt(p) >= 0
                    || metricWords.of(doc.tokens(), p) != null || cues.startingAt(doc.tokens(), p) != null) {
                break;
            }
            start = p;
        }
        while (start >= 0 && start <= end && isJoiner(doc.token(start))) {
            start++;
        }
        return start > end ? -1 : start;
    }

    private boolean isDateWord(Token token) {
        return calendar.isWeekday(token) || calendar.isMonth(token) || token.is("yesterday") || token.is("today");
    }

    /** Where a speaker phrase starting at token {@code start} ends, or -1: walking right over a noun phrase. */
    private int speakerEnd(Document doc, int start, int limit) {
        int end = -1;
        boolean determinerAllowed = true;
        for (int p = start; p < limit && p - start < LONGEST_SPEAKER; p++) {
            Token token = doc.token(p);
            Kind kind = functionWords.kindOf(token);
            if ((kind == Kind.DETERMINER || kind == Kind.POSSESSIVE) && determinerAllowed && !token.is("that")) {
                determinerAllowed = false;
                continue;
            }
            if (kind == Kind.OF || token.is("for")) {
                determinerAllowed = true;
                continue;
            }
            if (token.is("(") || token.is(")")) {
                continue;
            }
            if (PRONOUNS.contains(token.norm()) && p == start) {
                return p;
            }
            if (kind != null || !token.isWord() || doc.amountAt(p) >= 0 || metricWords.of(doc.tokens(), p) != null
                    || cues.startingAt(doc.tokens(), p) != null) {
                break;
            }
            determinerAllowed = false;
            end = p;
        }
        return end;
    }

    private static boolean isJoiner(Token token) {
        return token.is("of") || token.is("for") || token.is("and") || token.is("&") || token.is(")");
    }

    /** Whether the words can speak: a pronoun, a party, a source noun, or a name. */
    /** Whether a named side or a speaker noun ("the ministry", "a clinic") ends at token {@code end}. */
    private boolean isSpeakerPhraseEndingAt(Document doc, int end, int floor) {
        int start = speakerStart(doc, end, floor);
        return start >= 0 && !PRONOUNS.contains(doc.token(end).norm())
                && (hasParty(doc, start, end) || speakerWords.containsKey(doc.token(end).norm()));
    }

    private boolean speaks(Document doc, int first, int last) {
        if (first == last && PRONOUNS.contains(doc.token(first).norm())) {
            return true;
        }
        if (hasParty(doc, first, last)) {
            return true;
        }
        boolean name = true;
        for (int p = first; p <= last; p++) {
            Token token = doc.token(p);
            // "the director of the clinic", "a source at the port", "officials in the town and the ministry"
            boolean head = p == last || speakerLinks.contains(doc.token(p + 1).norm()) || doc.token(p + 1).is("and");
            if (head && speakerWords.containsKey(token.norm())) {
                return true;
            }
            name &= token.isCapitalized() || functionWords.isFunctionWord(token) || token.isPunct();
        }
        return name && doc.token(last).isCapitalized();
    }

    private boolean isSourceWord(Token token) {
        SpeakerWord word = speakerWords.get(token.norm());
        return word != null && word.kind() != SpeakerKind.SIDE;
    }

    private static boolean hasParty(Document doc, int first, int last) {
        for (int p = first; p <= last; p++) {
            if (doc.partyStartingAt(p) != null) {
                return true;
            }
        }
        return false;
    }

    /** "with some saying ...": no speaker but a share of the sentence's subject. */
    private boolean isLoneQuantifier(Document doc, int end) {
        return end > 0 && doc.token(end).isWord() && Character.isLowerCase(doc.token(end).text().charAt(0))
                && !speakerWords.containsKey(doc.token(end).norm())
                && functionWords.is(doc.token(end - 1), Kind.PREPOSITION);
    }

    /** The subject that opens the sentence, speaking for an elided verb ("..., adding that ..."). */
    private PartyMention subjectOf(Document doc, Sentence sentence, List<Speaker> speakers, List<Cue> earlier) {
        for (Cue cue : earlier) {
            if (cue.speaker() != null && cue.kind() == CueKind.SAID && cue.coversAfter()) {
                return cue.speaker();
            }
        }
        int end = speakerEnd(doc, sentence.firstToken(), sentence.endToken());
        return end < 0 ? null : resolve(doc, sentence.firstToken(), end, speakers, null);
    }

    /**
     * The party a speaker phrase speaks for: the last party named in its first conjunct ("Syrian
     * opposition activists" → the opposition); a side its words name ("activists"); for a pronoun or a
     * definite description, the last speaker it fits; for "X told Y", the side of Y when X has none.
     */
    private PartyMention resolve(Document doc, int first, int last, List<Speaker> speakers, PartyMention listener) {
        String text = doc.span(first, last);
        if (first == last && PRONOUNS.contains(doc.token(first).norm())) {
            if (doc.token(first).is("it") && first + 1 < doc.size() && doc.token(first + 1).is("was")) {
                return null;
            }
            return speakers.isEmpty() ? new PartyMention(text, null)
                    : new PartyMention(text, speakers.get(speakers.size() - 1).mention().party());
        }
        if (firstOfSeveralSpeakersHasNoSide(doc, first, last)) {
            return new PartyMention(text, null);
        }
        String party = null;
        int conjunctStart = first;
        int conjunctEnd = last;
        for (int p = first; p <= last + 1 && party == null; p++) {
            if (p > last || doc.token(p).is("and") || doc.token(p).is("&")) {
                for (int q = conjunctStart; q < p; q++) {
                    PartyHit hit = doc.partyStartingAt(q);
                    if (hit != null && hit.last() <= last) {
                        party = hit.party();
                    }
                }
                if (party != null || conjunctStart == first) {
                    conjunctEnd = p - 1;
                }
                conjunctStart = p + 1;
            }
        }
        conjunctEnd = Math.max(first, Math.min(conjunctEnd, last));
        for (int p = first; party == null && p <= conjunctEnd; p++) {
            SpeakerWord word = speakerWords.get(doc.token(p).norm());
            if (word != null && word.kind() == SpeakerKind.SIDE) {
                party = doc.parties().resolveName(word.side());
            }
        }
        if (party == null && doc.token(first).is("the") && speakerWords.containsKey(doc.token(conjunctEnd).norm())) {
            String head = doc.token(conjunctEnd).norm();
            party = partyOfRecent(speakers, speaker -> speaker.words().contains(head)); // "the ministry"
        }
        if (party == null && documentNouns.contains(doc.token(last).norm())) {
            party = authorAfter(doc, last + 1); // "a report by the Trust", "the statement from the ministry"
        }
        if (party == null && first == last && doc.token(first).isCapitalized()) {
            party = partyOfNamedBefore(doc.token(first).norm(), speakers); // "Ferro later said": a surname
        }
        if (party == null && doc.token(first).is("the") && descriptions.contains(doc.token(conjunctEnd).norm())) {
            party = lastPartyOf(speakers); // "the London-based watchdog": a body named before
        }
        if (party == null && (doc.token(first).is("its") || doc.token(first).is("their"))) {
            party = firstPartyOfTheSentence(doc, first); // "The Front lost 40 men, its leader said": the Front's
            party = party != null ? party : lastPartyOf(speakers);
        }
        if (party == null && hasOffice(doc, first, last)) {
            party = doc.parties().government(); // "the district governor", "a source at the police command"
        }
        if (party == null && listener != null) {
            party = listener.party();
        }
        return new PartyMention(text, party);
    }

    /**
     * "A clinic and a rescue group said": speakers joined by "and" speak for the side of the first, and a first
     * speaker of no known side (a clinic) speaks for none, whatever side the others are of.
     */
    private boolean firstOfSeveralSpeakersHasNoSide(Document doc, int first, int last) {
        int conjuncts = 0;
        String firstSide = null;
        int conjunctStart = first;
        for (int p = first; p <= last + 1; p++) {
            if (p <= last && !doc.token(p).is("and") && !doc.token(p).is("&")) {
                continue;
            }
            int conjunctEnd = p - 1;
            if (conjunctEnd < conjunctStart || !hasParty(doc, conjunctStart, conjunctEnd)
                    && !speakerWords.containsKey(doc.token(conjunctEnd).norm())) {
                return false; // not a list of speakers: "the Ministry of Labour and Social Affairs"
            }
            if (conjuncts++ == 0) {
                firstSide = sideOf(doc, conjunctStart, conjunctEnd);
            }
            conjunctStart = p + 1;
        }
        return conjuncts > 1 && firstSide == null;
    }

    /** The side a conjunct names: its last party name, else a speaker noun of a side ("activists"); null if none. */
    private String sideOf(Document doc, int first, int last) {
        String side = null;
        for (int q = first; q <= last; q++) {
            PartyHit hit = doc.partyStartingAt(q);
            if (hit != null && hit.last() <= last) {
                side = hit.party();
            }
        }
        for (int q = first; side == null && q <= last; q++) {
            SpeakerWord word = speakerWords.get(doc.token(q).norm());
            if (word != null && word.kind() == SpeakerKind.SIDE) {
                side = doc.parties().resolveName(word.side());
            }
        }
        return side;
    }

    /** The first side named in the sentence before {@code before}: the sentence's subject, which "its" points to. */
    private static String firstPartyOfTheSentence(Document doc, int before) {
        for (int p = doc.sentenceOf(before).firstToken(); p < before; p++) {
            PartyHit hit = doc.partyStartingAt(p);
            if (hit != null && hit.last() < before) {
                return hit.party();
            }
        }
        return null;
    }

    private static String authorAfter(Document doc, int p) {
        PartyHit hit = authorHitAfter(doc, p);
        return hit == null ? null : hit.party();
    }

    private static PartyHit authorHitAfter(Document doc, int p) {
        if (p + 1 >= doc.size() || !(doc.token(p).is("by") || doc.token(p).is("from") || doc.token(p).is("of"))) {
            return null;
        }
        for (int q = p + 1; q < Math.min(doc.size(), p + LONGEST_SPEAKER); q++) {
            PartyHit hit = doc.partyStartingAt(q);
            if (hit != null) {
                return hit;
            }
            if (!doc.token(q).isWord()) {
                return null;
            }
        }
        return null;
    }

    private static String partyOfNamedBefore(String name, List<Speaker> speakers) {
        return partyOfRecent(speakers, speaker -> speaker.mention().party() != null && speaker.words().contains(name));
    }

    private static String lastPartyOf(List<Speaker> speakers) {
        return partyOfRecent(speakers, speaker -> speaker.mention().party() != null);
    }

    /** The party of the latest of the recent speakers that fits, or null (also when that speaker has none). */
    private static String partyOfRecent(List<Speaker> speakers, Predicate<Speaker> fits) {
        for (int s = speakers.size() - 1; s >= Math.max(0, speakers.size() - RECENT_SPEAKERS); s--) {
            if (fits.test(speakers.get(s))) {
                return speakers.get(s).mention().party();
            }
        }
        return null;
    }

    private boolean hasOffice(Document doc, int first, int last) {
        for (int p = first; p <= last; p++) {
            if (offices.contains(doc.token(p).norm())) {
                return true;
            }
        }
        return false;
    }

    /** The words of a cue's speaker, and "statement" when it spoke "in a statement". */
    private static Set<String> wordsAround(Document doc, Cue cue) {
        Set<String> words = new HashSet<>();
        for (String word : Tokenizer.normalize(cue.speaker().text()).split(" ")) {
            words.add(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
        }
        for (int p = cue.last() + 1; p < Math.min(doc.size(), cue.last() + 4); p++) {
            if (doc.token(p).is("statement")) {
                words.add("statement");
            }
        }
        return words;
    }
}
