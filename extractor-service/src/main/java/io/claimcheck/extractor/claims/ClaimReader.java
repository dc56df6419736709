package io.claimcheck.extractor.claims;

import io.claimcheck.extractor.claims.FunctionWords.Kind;
import io.claimcheck.extractor.claims.MetricWords.Role;
import io.claimcheck.extractor.claims.MetricWords.Sense;
import io.claimcheck.extractor.numbers.Amount;
import io.claimcheck.extractor.parties.PartyHit;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Sentence;
import io.claimcheck.extractor.text.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads what an amount counts and whose it is: its metric, object and subject party, from the words
 * around it in its sentence. An amount that counts nothing ("the two leaders", "Get short URL 0 15") is
 * no claim. The metric comes from the first {@link MetricRule} of {@link #metricRules} that speaks, in this order:
 * <ol>
 *   <li>the amount itself: money, a percentage, a measure;</li>
 *   <li>its noun when the noun is the event: {@code 104 military deaths}, {@code six martyrs}; a participle before
 *       the noun: {@code 45 injured workers};</li>
 *   <li>the amount it is part of: {@code 56 dead including 11 children};</li>
 *   <li>the verb before it, shared along a list: {@code destroyed 130 tanks, 200 artillery units}, unless what the
 *       sentence says of it follows directly;</li>
 *   <li>what the sentence says of it after: {@code 12 civilians were killed}, {@code 56 dead};</li>
 *   <li>a figure's noun before it: {@code the death toll ... reached 51};</li>
 *   <li>the claim it breaks down: {@code 21 killed, 15 in Manbij};</li>
 *   <li>its noun when the noun implies it: {@code 300 refugees}; else a plain {@code COUNT} of its noun.</li>
 * </ol>
 */
final class ClaimReader {

    /**
     * What the reader makes of one amount.
     *
     * @param subjectRule the rule that found the subject, null when none did
     * @param rule        the metric rule that spoke
     * @param owned the words that give the counted things to the speaker ("its soldiers", "our fighters"),
     *              or null: the speaker's party is their subject when nothing else names one
     * @param head  the counted noun as written, lower case ("deaths", "soldiers"), or null when none follows
     * @param place the side whose territory the sentence places the loss in, in a war between states, or null:
     *              the subject when nothing closer names one
     * @param enemy whether the counted phrase calls them the enemy's ("enemy equipment"): the speaker's opponent's
     */
    record Reading(Amount amount, Metric metric, String object, PartyMention subject, SubjectRule subjectRule,
                   MetricRule rule, int governor, String owned, String head, PartyMention place, boolean enemy) {

        MetricRule.Kind kind() {
            return rule.kind();
        }
    }

    /** The noun phrase after an amount; {@code headFirst < 0} when there is no counted noun. */
    private record NounPhrase(int first, int headFirst, int headLast, int end, boolean partitive) {
        boolean hasHead() {
            return headFirst >= 0;
        }
    }

    private record Governor(Metric metric, int index, int inheritedFrom) {
    }

    /** A metric and where it came from: the governing verb, the figure's noun ("toll") when those gave it. */
    private record Choice(Metric metric, MetricRule rule, Governor governor, PhraseTable.Match<Sense> context) {
        Choice(Metric metric, MetricRule rule) {
            this(metric, rule, null, null);
        }

        MetricRule.Kind kind() {
            return rule.kind();
        }
    }

    /** What the sentence says of an amount after it; {@code direct} when nothing but auxiliaries comes between. */
    private record Predicate(Metric metric, boolean direct) {
    }

    private static final Set<Metric> PEOPLE = EnumSet.of(Metric.KILLED, Metric.WOUNDED, Metric.CASUALTIES,
            Metric.MISSING, Metric.CAPTURED, Metric.ARRESTED, Metric.DISPLACED, Metric.PARTICIPANTS);
    private static final int WINDOW = 12;
    /** What a place in a war between states may give a side: losses of people and things. */
    private static final Set<Metric> PLACED_LOSSES = EnumSet.of(Metric.KILLED, Metric.WOUNDED, Metric.CASUALTIES,
            Metric.MISSING, Metric.DISPLACED, Metric.DESTROYED);
    /** How far into a sentence its subject may start ("Later on Monday the rebels ..."). */
    private static final int SUBJECT_REACH = 6;
    /** How far back (in tokens) a bare role noun looks for the group named with it: an article, not a whole feed. */
    private static final int NAMED_EARLIER_REACH = 3000;
    /** The kinds of metric rule that say what happened to the counted things, not only what they are. */
    private static final Set<MetricRule.Kind> SAYS_WHAT_HAPPENED = EnumSet.of(MetricRule.Kind.NOUN,
            MetricRule.Kind.SHARED, MetricRule.Kind.PREDICATE, MetricRule.Kind.GOVERNOR, MetricRule.Kind.AMOUNT);
    /** The kinds of metric rule that the next item of a list shares ("killed 40 soldiers and 6 officers"). */
    private static final Set<MetricRule.Kind> SHARED_ALONG_A_LIST = EnumSet.of(MetricRule.Kind.GOVERNOR,
            MetricRule.Kind.SHARED, MetricRule.Kind.CONTEXT);

    private final FunctionWords functionWords;
    private final MetricWords metricWords;
    private final CountedNouns nouns;
    private final Set<String> ownLossVerbs;
    private final Set<String> armedForces;
    private final Set<String> actionNouns;
    private final Set<String> speechWords;
    private final Set<String> roleNouns;
    private final PhraseTable<Boolean> partConnectives;
    private final Set<String> hedges;
    private final Set<String> stateRoleNouns;
    private final Set<String> placeBefore;
    private final Set<String> placeNouns;
    private final Set<String> holdingSuffixes;
    private final Set<String> irregularParticiples;

    ClaimReader(LexiconSource lexicon, FunctionWords functionWords, MetricWords metricWords, CountedNouns nouns,
                Set<String> speechWords) {
        this.functionWords = functionWords;
        this.metricWords = metricWords;
        this.nouns = nouns;
        this.ownLossVerbs = Set.copyOf(lexicon.words("own-losses.tsv"));
        this.armedForces = Set.copyOf(lexicon.words("armed-forces.tsv"));
        this.actionNouns = Set.copyOf(lexicon.words("actions.tsv"));
        this.speechWords = Set.copyOf(speechWords);
        this.roleNouns = Set.copyOf(lexicon.words("role-nouns.tsv"));
        this.partConnectives = PhraseTable.ofPhrases(lexicon.words("part-connectives.tsv"));
        this.hedges = Set.copyOf(lexicon.words("hedges.tsv"));
        this.stateRoleNouns = Set.copyOf(lexicon.words("state-role-nouns.tsv"));
        this.placeBefore = wordsWhere(lexicon.rows("place-words.tsv"), "before");
        this.placeNouns = wordsWhere(lexicon.rows("place-words.tsv"), "after");
        this.holdingSuffixes = wordsWhere(lexicon.rows("place-holders.tsv"), "holds");
        this.irregularParticiples = Set.copyOf(lexicon.words("irregular-participles.tsv"));
    }

    private static Set<String> wordsWhere(List<List<String>> rows, String where) {
        return rows.stream().filter(row -> row.get(1).equals(where)).map(row -> row.get(0))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** One reading for every amount of the document, in order; null where the amount is no claim. */
    List<Reading> read(Document doc) {
        List<Reading> readings = new ArrayList<>(doc.amounts().size());
        Reading lastClaim = null;
        Story story = new Story(doc);
        for (int a = 0; a < doc.amounts().size(); a++) {
            Reading reading = read(doc, a, readings, lastClaim, story);
            readings.add(reading);
            lastClaim = reading != null ? reading : lastClaim;
        }
        return readings;
    }

    /**
     * Whether the story tells of people displaced (an evacuation, refugees): then buses and convoys "carrying" people
     * carry the displaced.
     */
    private boolean speaksOfDisplacement(Document doc) {
        for (int p = 0; p < doc.size(); p++) {
            Sense sense = metricWords.of(doc.tokens(), p);
            if (sense != null && sense.metric() == Metric.DISPLACED && !sense.has(Role.CONVEY)) {
                return true;
            }
        }
        return false;
    }

    /** What a reading may ask of the whole story, found once and only when asked (most stories never ask). */
    private final class Story {
        private final Document doc;
        private Boolean displacement;

        Story(Document doc) {
            this.doc = doc;
        }

        boolean speaksOfDisplacement() {
            if (displacement == null) {
                displacement = ClaimReader.this.speaksOfDisplacement(doc);
            }
            return displacement;
        }
    }

    private Reading read(Document doc, int index, List<Reading> previous, Reading lastClaim, Story story) {
        Amount amount = doc.amounts().get(index);
        Sentence sentence = doc.sentenceOf(amount.first());
        if (isSpeculative(doc, amount, sentence)) {
            return null;
        }
        NounPhrase np = nounAfter(doc, amount, sentence.endToken());
        Reading before = lastClaim != null && (sentence.contains(lastClaim.amount().first())
                || continuesTheClaimBefore(doc, amount, np, sentence)) ? lastClaim : null;
        Choice choice = metricOf(new Around(doc, index, np, sentence, previous, before, story));
        boolean wholeOfPart = isWholeOfPart(doc, amount);
        if (choice != null && choice.kind() != MetricRule.Kind.NOUN && wholeOfPart) {
            choice = new Choice(Metric.COUNT, MetricRule.WHOLE_OF_A_PART); // "18 of the 31 lorries were destroyed"
        }
        if (choice == null || (choice.kind() == MetricRule.Kind.COUNT && determinerBefore(doc, amount) && !wholeOfPart)
                || (isLoneOne(doc, amount) && !SAYS_WHAT_HAPPENED.contains(choice.kind()))) {
            return null;
        }
        // "16 militants were killed and around 40 wounded": a head that is itself what happened leaves out the noun
        boolean bare = !np.hasHead() || np.partitive()
                || np.headFirst() == np.headLast() && metricWords.has(doc.tokens(), np.headLast(), Role.PREDICATE);
        String object = objectOf(doc, amount, np, choice, bare ? before : null);
        Subject subject = subjectOf(doc, amount, np, sentence, choice.metric());
        if (subject == null && before != null && before.subject() != null
                && (bare || choice.kind() == MetricRule.Kind.SHARED || inheritsFrom(choice.governor(), doc, before))) {
            subject = new Subject(before.subject(), SubjectRule.SHARED_WITH_THE_CLAIM_BEFORE);
        }
        int governorAt = choice.governor() == null ? -1 : choice.governor().index();
        return new Reading(amount, choice.metric(), object, subject == null ? null : subject.mention(),
                subject == null ? null : subject.rule(), choice.rule(), governorAt,
                ownedBySpeaker(doc, np), np.hasHead() ? doc.token(np.headLast()).norm() : null,
                subject == null && (PLACED_LOSSES.contains(choice.metric()) || countsPlaces(doc, amount))
                        ? incidentPlace(doc, sentence) : null,
                np.hasHead() && containsWord(doc, np.first(), ofPhraseEnd(doc, np.end(), sentence), "enemy"));
    }

    /** The end of an "of" phrase after a noun ("units of enemy equipment"), or {@code end} when none follows. */
    private static int ofPhraseEnd(Document doc, int end, Sentence sentence) {
        return end < sentence.endToken() && doc.token(end).is("of") ? Math.min(sentence.endToken(), end + 4) : end;
    }

    /** An amount and what its metric rules read around it; what sentence says after it is read at most once. */
    private final class Around {
        final Document doc;
        final int index;
        final Amount amount;
        final NounPhrase np;
        final Sentence sentence;
        final List<Reading> previous;
        final Reading before;
        final Story story;
        private Predicate predicate;
        private boolean predicateRead;

        Around(Document doc, int index, NounPhrase np, Sentence sentence, List<Reading> previous, Reading before,
               Story story) {
            this.doc = doc;
            this.index = index;
            this.amount = doc.amounts().get(index);
            this.np = np;
            this.sentence = sentence;
            this.previous = previous;
            this.before = before;
            this.story = story;
        }

        Predicate predicate() {
            if (!predicateRead) {
                predicate = predicateAfter(doc, np, sentence.endToken());
                predicateRead = true;
            }
            return predicate;
        }
    }

    /** One named rule of the metric: its choice for the amount, or null when it does not speak. */
    private record NamedRule(MetricRule name, Function<Around, Choice> rule) {
    }

    /** The metric rules, in the order they are asked (see the class comment); the first that speaks decides. */
    private final List<NamedRule> metricRules = List.of(
            new NamedRule(MetricRule.AMOUNT_KIND, this::amountKind),
            new NamedRule(MetricRule.EVENT_NOUN, around -> around.np.hasHead()
                    ? choice(strongNoun(around.doc, around.np), MetricRule.EVENT_NOUN) : null),
            new NamedRule(MetricRule.PARTICIPLE_BEFORE_NOUN, around -> around.np.hasHead() && !around.np.partitive()
                    ? choice(participleBefore(around.doc, around.np), MetricRule.PARTICIPLE_BEFORE_NOUN) : null),
            new NamedRule(MetricRule.PART_OF_THE_CLAIM_BEFORE, this::partOfTheClaimBefore),
            new NamedRule(MetricRule.GOVERNING_VERB, this::governingVerb),
            new NamedRule(MetricRule.PREDICATE_AFTER, around -> around.predicate() == null ? null
                    : new Choice(takenPlacesCounted(around.predicate().metric(), around), MetricRule.PREDICATE_AFTER)),
            new NamedRule(MetricRule.FIGURE_NOUN_BEFORE, this::figureNounBefore),
            new NamedRule(MetricRule.BREAKDOWN_OF_THE_CLAIM_BEFORE, around -> {
                Reading whole = breakdownOf(around.doc, around.amount, around.np, around.before,
                        around.sentence.endToken());
                return whole == null ? null : new Choice(whole.metric(), MetricRule.BREAKDOWN_OF_THE_CLAIM_BEFORE);
            }),
            new NamedRule(MetricRule.IMPLYING_NOUN, this::implyingNoun),
            new NamedRule(MetricRule.PLAIN_COUNT, around -> around.np.hasHead()
                    && (!around.np.partitive() || partOfAmount(around.doc, around.np))
                    ? new Choice(Metric.COUNT, MetricRule.PLAIN_COUNT) : null));

    /** The metric of an amount, from the first rule that speaks, or null. */
    private Choice metricOf(Around around) {
        for (NamedRule rule : metricRules) {
            Choice choice = rule.rule().apply(around);
            if (choice != null) {
                return choice;
            }
        }
        return null;
    }

    private static Choice choice(Metric metric, MetricRule rule) {
        return metric == null ? null : new Choice(metric, rule);
    }

    private Choice amountKind(Around around) {
        Metric metric = switch (around.amount.kind()) {
            case MONEY -> Metric.MONEY;
            case PERCENT -> Metric.PERCENT;
            case PERCENTAGE_POINTS -> Metric.PERCENTAGE_POINTS;
            case RATIO -> Metric.RATIO;
            case MEASURE -> Metric.MEASURE;
            default -> null;
        };
        return choice(metric, MetricRule.AMOUNT_KIND);
    }

    private Choice partOfTheClaimBefore(Around around) {
        Reading whole = includedIn(around.doc, around.amount, around.before);
        if (whole == null && around.before != null && ofThem(around.doc, around.np)) {
            whole = around.before; // "... counted 52 dead. The monitor said 20 of them were women."
        }
        return whole == null ? null : new Choice(whole.metric(), MetricRule.PART_OF_THE_CLAIM_BEFORE);
    }

    // a predicate right after the noun ("12 civilians were killed") outranks the verb before it
    private Choice governingVerb(Around around) {
        if (around.predicate() != null && around.predicate().direct()) {
            return null;
        }
        Governor governor = governorBefore(around.doc, around.amount, around.index, around.sentence, around.previous,
                around.story);
        return governor == null ? null
                : new Choice(takenPlacesCounted(governor.metric(), around), MetricRule.GOVERNING_VERB, governor, null);
    }

    // "seized two villages", "four towns were captured": places taken are counted, not captives
    private Metric takenPlacesCounted(Metric metric, Around around) {
        return metric == Metric.CAPTURED && countsPlaces(around.doc, around.amount) ? Metric.COUNT : metric;
    }

    private Choice figureNounBefore(Around around) {
        PhraseTable.Match<Sense> context = countsPlaces(around.doc, around.amount) ? null
                : contextBefore(around.doc, around.amount, around.sentence);
        return context == null ? null
                : new Choice(context.value().metric(), MetricRule.FIGURE_NOUN_BEFORE, null, context);
    }

    private Choice implyingNoun(Around around) {
        Sense weak = around.np.hasHead() ? metricWords.of(around.doc.tokens(), around.np.headLast()) : null;
        return weak != null && weak.has(Role.WEAK_NOUN) ? new Choice(weak.metric(), MetricRule.IMPLYING_NOUN) : null;
    }

    /**
     * "surrounded the rebels in Orra and killed 14 of them": the plural noun before the figure in its sentence that
     * "them" stands for, one that names a side first ("the militants' hideouts ... scores of them" are militants),
     * else the nearest; -1 when the figure is no "N of them" or its sentence names no such noun.
     */
    private int antecedentOfThem(Document doc, Amount amount, NounPhrase np, Sentence sentence) {
        boolean vagueOfThem = doc.token(amount.phraseLast()).is("of") && amount.phraseLast() + 1 < doc.size()
                && doc.token(amount.phraseLast() + 1).is("them"); // "scores of them", "dozens of them"
        if (!(ofThem(doc, np) || vagueOfThem) || sentence == null) {
            return -1;
        }
        int nearest = -1;
        for (int p = amount.phraseFirst() - 1; p >= sentence.firstToken(); p--) {
            Token token = doc.token(p);
            if (!nouns.isPlural(token) || metricWords.of(doc.tokens(), p) != null || doc.amountAt(p) >= 0) {
                continue;
            }
            if (doc.partyEndingAt(p) != null) {
                return p;
            }
            nearest = nearest < 0 ? p : nearest;
        }
        return nearest;
    }

    // "clashed with Kestrel militants, killing 30 of them": a side named right before the noun is whose they are, as
    // it would be in the figure's own noun phrase
    private PartyHit antecedentsParty(Document doc, int noun) {
        PartyHit hit = doc.partyEndingAt(noun);
        PartyHit modifier = hit.first() > 0 ? doc.partyEndingAt(hit.first() - 1) : null;
        return modifier == null ? hit : mostSpecificWithin(doc, modifier.first(), noun);
    }

    private static boolean ofThem(Document doc, NounPhrase np) {
        return np.partitive() && np.first() + 1 < doc.size() && doc.token(np.first() + 1).is("them");
    }

    /**
     * A sentence that goes on with the figure of the sentence before: "... 20 of them were women", or a speaker who
     * gives a new figure and nothing else ("Ferro later said 10.").
     */
    private boolean continuesTheClaimBefore(Document doc, Amount amount, NounPhrase np, Sentence sentence) {
        if (ofThem(doc, np)) {
            return true;
        }
        int p = amount.phraseFirst() - 1;
        int next = amount.phraseLast() + 1;
        return !np.hasHead() && p >= sentence.firstToken() && speechWords.contains(doc.token(p).norm())
                && (next >= sentence.endToken() || doc.token(next).is("."));
    }

    /** The claim an amount is part of: "56 dead including 11 children", "34 civilians among them 15 children". */
    private Reading includedIn(Document doc, Amount amount, Reading before) {
        int p = amount.phraseFirst() - 1;
        return before != null && p >= 0 && partConnectives.endingAt(doc.tokens(), p) != null ? before : null;
    }

    /**
     * A bare amount breaking down the claim before it ("21 civilians were killed, 15 in Manbij, another six ..."), or
     * closing a clause that leaves out what the one before said ("according to Lima, 30 died; according to Quito, 12").
     */
    private Reading breakdownOf(Document doc, Amount amount, NounPhrase np, Reading before, int sentenceEnd) {
        if (before == null || np.hasHead()) {
            return null;
        }
        int p = amount.phraseFirst() - 1;
        int next = np.end();
        boolean another = p >= 0 && (doc.token(p).is("another") // "another 15", "20 dead, then 31"
                || doc.token(p).is("then") && p - 1 >= 0 && doc.token(p - 1).is(","));
        boolean placed = next < doc.size() && (doc.token(next).is("in") || doc.token(next).is("at")
                || doc.token(next).is("from") || doc.token(next).is("on"));
        PartyHit source = p >= 0 ? doc.partyEndingAt(p) : null; // "according to Quito 12", the comma lost
        boolean afterSource = source != null && source.first() >= 2 && doc.token(source.first() - 1).is("to")
                && doc.token(source.first() - 2).is("according");
        boolean elided = (next >= sentenceEnd || doc.token(next).is(";") || doc.token(next).is("."))
                && p >= 0 && (doc.token(p).is(",") || afterSource);
        boolean saidAlone = p >= 0 && speechWords.contains(doc.token(p).norm())
                && (next >= sentenceEnd || doc.token(next).is(".")); // "Ferro later said 10."
        return another || placed || elided || saidAlone ? before : null;
    }

    // ---- the noun phrase after the amount ----

    private NounPhrase nounAfter(Document doc, Amount amount, int end) {
        int k = amount.phraseLast() + 1;
        while (k < end && (doc.token(k).isQuote() || isOneOf(doc.token(k), "more", "other", "additional", "further"))) {
            k++;
        }
        if (amount.kind() != Amount.Kind.NUMBER && amount.kind() != Amount.Kind.VAGUE) {
            return new NounPhrase(k, -1, -1, k, false);
        }
        if (k + 2 < end && doc.token(k).is("of") && (functionWords.isDeterminer(doc.token(k + 1))
                || doc.token(k + 1).is("them"))) {
            boolean them = doc.token(k + 1).is("them");
            int head = !them ? k + 2 : nouns.isPlural(doc.token(k + 2)) ? k + 2 // "nine of them women"
                    : k + 3 < end && isOneOf(doc.token(k + 2), "were", "are") && nouns.isPlural(doc.token(k + 3)) ? k + 3
                    : -1; // "nine of them were women"
            int whole = head < 0 ? -1 : doc.amountAt(head);
            if (whole >= 0) { // "18 of the 31 lorries": the part counts the whole's noun
                NounPhrase ofWhole = nounAfter(doc, doc.amounts().get(whole), end);
                return ofWhole.hasHead() ? new NounPhrase(k, ofWhole.headFirst(), ofWhole.headLast(), ofWhole.end(), true)
                        : new NounPhrase(k, -1, -1, k, true);
            }
            for (int p = head; !them && head >= 0 && p < Math.min(end, head + 3); p++) {
                if (nouns.isPlural(doc.token(p))) { // "two of the incoming missiles"
                    head = p;
                    break;
                }
                if (!doc.token(p).isWord() || functionWords.isFunctionWord(doc.token(p))) {
                    break;
                }
            }
            return head < 0 ? new NounPhrase(k, -1, -1, k, true) : new NounPhrase(k, head, head, head + 1, true);
        }
        for (int p = k, words = 0; p < end && words < 5; p++, words++) {
            Token token = doc.token(p);
            int closing = token.is("(") && p > k ? closingBracket(doc, p, end) : -1;
            if (closing > 0) { // "22 VF (listed as a terror group) militants": the aside is no part of the noun
                p = closing;
                words--;
                continue;
            }
            if (!token.isWord() || functionWords.isFunctionWord(token) || speechWords.contains(token.norm())) {
                break;
            }
            Sense sense = metricWords.of(doc.tokens(), p);
            if (sense != null && !sense.has(Role.NOUN) && !sense.has(Role.WEAK_NOUN)) {
                break;
            }
            boolean single = amount.value() != null && amount.value() <= 1 && words == 0;
            if (nouns.isPlural(token) || single) {
                int last = p;
                while (last + 1 < end && nouns.isPlural(doc.token(last + 1))
                        && !functionWords.isFunctionWord(doc.token(last + 1))
                        && !speechWords.contains(doc.token(last + 1).norm())
                        && metricWords.of(doc.tokens(), last + 1) == null) {
                    last++;
                }
                return new NounPhrase(k, p, last, last + 1, false);
            }
        }
        return new NounPhrase(k, -1, -1, k, false);
    }

    private static int closingBracket(Document doc, int open, int end) {
        for (int p = open + 1; p < Math.min(end, open + 10); p++) {
            if (doc.token(p).is(")")) {
                return p;
            }
        }
        return -1;
    }

    private Metric strongNoun(Document doc, NounPhrase np) {
        Sense sense = metricWords.of(doc.tokens(), np.headLast());
        if (sense == null) {
            return null;
        }
        return np.partitive() || sense.has(Role.NOUN) ? sense.metric() : null;
    }

    /** "45 injured workers", "12 dead soldiers": a participle before the counted noun says what happened to it. */
    private Metric participleBefore(Document doc, NounPhrase np) {
        for (int p = np.first(); p < np.headLast(); p++) {
            Sense sense = metricWords.of(doc.tokens(), p);
            if (sense != null && sense.has(Role.PREDICATE)) {
                return sense.metric();
            }
        }
        return null;
    }

    // ---- what the sentence says after the amount ----

    /**
     * "12 civilians were killed", "56 dead", "76 children and 41 women were among those killed"; a verb
     * after an auxiliary is passive, so never a verb with its own object.
     */
    private Predicate predicateAfter(Document doc, NounPhrase np, int end) {
        boolean open = false;
        boolean passive = false;
        boolean placed = false;
        for (int k = np.end(), steps = 0; k < end && steps < WINDOW; k++, steps++) {
            Token token = doc.token(k);
            PhraseTable.Match<Sense> match = metricWords.startingAt(doc.tokens(), k);
            if (match != null && match.value().has(Role.PREDICATE)) {
                boolean joinedVerb = k > 0 && (doc.token(k - 1).is("and") || doc.token(k - 1).is("or"));
                boolean transitive = match.value().has(Role.VERB) && !passive;
                return joinedVerb || (transitive && np.hasHead() && usedActively(doc, match.last() + 1, end)) ? null
                        : new Predicate(killedOrWounded(doc, match), !open);
            }
            if (passive && hedges.contains(token.norm())) {
                if (k + 1 < end && doc.token(k + 1).is("as")) {
                    k++; // "were reported as wounded"
                }
                continue; // "were reported killed", "are feared dead"
            }
            if (token.is("in") && k + 1 < end && doc.token(k + 1).is("total")) {
                k++;
                continue;
            }
            Kind kind = functionWords.kindOf(token);
            passive |= kind == Kind.AUXILIARY;
            if (kind == Kind.MODAL) {
                continue; // "several hundred troops could have died": the figure is asserted, hedged
            }
            // "45 children who were wounded", "40 drones targeting the city had been shot down"
            boolean relative = k == np.end() && np.hasHead()
                    && (token.is("who") || token.is("which") || token.isWord() && token.norm().endsWith("ing"));
            if (kind == Kind.PREPOSITION && np.hasHead() && doc.amountAt(k) < 0 && !token.is("among")) {
                open = true;
                placed = true; // "98 evacuees from the towns of Hara were killed": a phrase that places the noun
            } else if (relative || kind == Kind.CONJUNCTION || kind == Kind.OF || kind == Kind.ADVERB
                    || opensOrClosesAnAside(token) || token.is("among")) {
                open = true;
            } else if (placed && (doc.amountAt(k) >= 0 || token.isNumber())) {
                return null; // "at 2440 over 100 civilians were killed": the predicate is another figure's
            } else if (!(kind == Kind.AUXILIARY || kind == Kind.DETERMINER || kind == Kind.POSSESSIVE
                    || token.isQuote() || (open && (doc.amountAt(k) >= 0 || token.isNumber() || kind == Kind.PRONOUN
                        || (token.isWord() && kind == null && !speechWords.contains(token.norm())))))) {
                return null;
            }
        }
        return null;
    }

    // "12 guards, among them 3 officers, were killed", and the same between dashes or in brackets
    private static boolean opensOrClosesAnAside(Token token) {
        return token.is(",") || token.is("-") || token.is("\u2013") || token.is("\u2014") || token.is("(")
                || token.is(")");
    }

    /** "were killed or injured", "dead and wounded" after the figure: killed and wounded together are casualties. */
    private Metric killedOrWounded(Document doc, PhraseTable.Match<Sense> match) {
        Metric metric = match.value().metric();
        int k = match.last() + 1;
        if (k + 1 < doc.size() && (doc.token(k).is("or") || doc.token(k).is("and"))) {
            Sense other = metricWords.of(doc.tokens(), k + 1);
            if (other != null && other.metric() != metric
                    && EnumSet.of(Metric.KILLED, Metric.WOUNDED).containsAll(EnumSet.of(metric, other.metric()))) {
                return Metric.CASUALTIES;
            }
        }
        return metric;
    }

    /**
     * A verb with its own object after it ("the attack on two villages killed 15 civilians"); not a
     * headline's list of figures, each with its own participle ("57 civilians killed 150 injured").
     */
    private boolean usedActively(Document doc, int k, int end) {
        while (k < end && (functionWords.is(doc.token(k), Kind.ADVERB) || doc.token(k).isQuote())) {
            k++;
        }
        if (k >= end) {
            return false;
        }
        int object = doc.amountAt(k);
        if (object < 0) {
            return functionWords.isDeterminer(doc.token(k)) && !speakerFollows(doc, k + 1, end);
        }
        int after = doc.amounts().get(object).phraseLast() + 1;
        while (after < end && (nouns.isPlural(doc.token(after)) || doc.token(after).is("others"))
                && metricWords.of(doc.tokens(), after) == null) {
            after++; // "7 passengers killed 31 others injured": the next figure's own noun, then its participle
        }
        return !(after < end && metricWords.has(doc.tokens(), after, Role.PREDICATE));
    }

    /** "20 others wounded the Watch added": a speaker and its verb after a participle are no object of it. */
    private boolean speakerFollows(Document doc, int k, int end) {
        for (int p = k; p < Math.min(end, k + 6); p++) {
            Token token = doc.token(p);
            if (speechWords.contains(token.norm())) {
                return p > k;
            }
            if (!token.isWord() || functionWords.isFunctionWord(token) && !functionWords.is(token, Kind.OF)) {
                return false;
            }
        }
        return false;
    }

    // ---- the verb before the amount ----

    private Governor governorBefore(Document doc, Amount amount, int self, Sentence sentence, List<Reading> previous,
                                    Story story) {
        for (int p = amount.phraseFirst() - 1, steps = 0; p >= sentence.firstToken() && steps < WINDOW; p--, steps++) {
            Token token = doc.token(p);
            PhraseTable.Match<Sense> match = metricWords.endingAt(doc.tokens(), p);
            if (match != null && (governs(doc, match) || match.value().has(Role.CONVEY) && story.speaksOfDisplacement())) {
                return new Governor(coordinatedMetric(doc, match), match.first(), -1);
            }
            int other = doc.amountAt(p);
            if (other >= 0 && other != self) {
                Reading before = previous.get(other);
                return before != null && SHARED_ALONG_A_LIST.contains(before.kind())
                        ? new Governor(before.metric(), before.governor(), other) : null;
            }
            Kind kind = functionWords.kindOf(token);
            if (kind == Kind.PREPOSITION || kind == Kind.SUBORDINATOR || kind == Kind.AUXILIARY || kind == Kind.MODAL
                    || kind == Kind.PRONOUN || speechWords.contains(token.norm())
                    || isOtherParticiple(doc, p, amount.phraseFirst(), kind)
                    || (token.isPunct() && !(token.is(",") || token.is(":") || token.isQuote()))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "vowing to destroy the group, putting 40,000 people under siege": a participle right before the figure (an
     * article between them at most) that says nothing of what is counted governs the figure, and no verb before it
     * does. Not a participle before a noun ("destroyed 13 fighting positions, seven vehicles").
     */
    private boolean isOtherParticiple(Document doc, int p, int figure, Kind kind) {
        Token token = doc.token(p);
        String word = token.norm();
        boolean rightBefore = p == figure - 1 || p == figure - 2 && functionWords.isDeterminer(doc.token(p + 1));
        return rightBefore && kind == null && token.isWord() && !token.isCapitalized() && word.length() > 5
                && word.endsWith("ing") && metricWords.of(doc.tokens(), p) == null;
    }

    private boolean governs(Document doc, PhraseTable.Match<Sense> match) {
        Sense sense = match.value();
        if (sense.has(Role.VERB)) {
            return !isPassive(doc, match.first());
        }
        if (!sense.has(Role.OF_NOUN)) {
            return false;
        }
        Token last = doc.token(match.last());
        return last.is("of") || last.is("to")
                || (match.last() + 1 < doc.size() && doc.token(match.last() + 1).is("of"));
    }

    /** "were killed": a participle after a form of "be" says what happened to what came before it. */
    private static boolean isPassive(Document doc, int verb) {
        if (verb == 0) {
            return false;
        }
        return FunctionWords.isFormOfBe(doc.token(verb - 1));
    }

    /** "killed and injured five civilians": killed and wounded together are casualties. */
    private Metric coordinatedMetric(Document doc, PhraseTable.Match<Sense> match) {
        Metric metric = match.value().metric();
        int p = match.first() - 1;
        if (p >= 1 && (doc.token(p).is("and") || doc.token(p).is("or"))) {
            Sense other = metricWords.of(doc.tokens(), p - 1);
            if (other != null && other.has(Role.VERB) && other.metric() != metric
                    && EnumSet.of(Metric.KILLED, Metric.WOUNDED).containsAll(EnumSet.of(metric, other.metric()))) {
                return Metric.CASUALTIES;
            }
        }
        return metric;
    }

    /** "the death toll ... reached 51", "a population of 165000". */
    private PhraseTable.Match<Sense> contextBefore(Document doc, Amount amount, Sentence sentence) {
        int from = Math.max(sentence.firstToken(), amount.phraseFirst() - 25);
        for (int p = amount.phraseFirst() - 1; p >= from; p--) {
            int other = doc.amountAt(p);
            if (other >= 0 && !countsPlaces(doc, doc.amounts().get(other))) {
                return null; // past a count of places ("the toll in the attack on two towns rose to 112") it reaches
            }
            PhraseTable.Match<Sense> match = metricWords.endingAt(doc.tokens(), p);
            if (match != null && match.value().has(Role.CONTEXT)) {
                return match;
            }
        }
        return null;
    }

    /** "two besieged towns", "four villages": a count of places, never a toll's figure. */
    private boolean countsPlaces(Document doc, Amount amount) {
        for (int q = amount.phraseLast() + 1; q < Math.min(doc.size(), amount.phraseLast() + 4); q++) {
            String word = doc.token(q).norm();
            if (placeNouns.contains(word) || placeNouns.contains(nouns.singular(word))) {
                return true;
            }
            if (!doc.token(q).isWord() || functionWords.isFunctionWord(doc.token(q))) {
                return false;
            }
        }
        return false;
    }

    // ---- not claims ----

    /** "The death toll could reach dozens": a guess, not an amount asserted. */
    private boolean isSpeculative(Document doc, Amount amount, Sentence sentence) {
        int p = amount.phraseFirst() - 1;
        return p - 1 >= sentence.firstToken() && functionWords.is(doc.token(p - 1), Kind.MODAL)
                && doc.token(p).isWord();
    }

    /**
     * "one woman": an amount only where a verb, a predicate or an event noun says what happened to it, or where its
     * unit says what it measures ("one percentage point", "one dollar").
     */
    private static boolean isLoneOne(Document doc, Amount amount) {
        return amount.first() == amount.last() && amount.phraseFirst() == amount.first()
                && doc.token(amount.first()).is("one");
    }

    /** "the two leaders", "its five members": a determiner before a bare count. */
    /** The part in "four of the six rockets". */
    private static boolean partOfAmount(Document doc, NounPhrase np) {
        return np.partitive() && np.first() + 2 < doc.size() && doc.amountAt(np.first() + 2) >= 0;
    }

    /** The whole in "18 of the 31 lorries", "four of the six rockets". */
    private boolean isWholeOfPart(Document doc, Amount amount) {
        int p = amount.phraseFirst() - 1;
        if (p >= 0 && functionWords.isDeterminer(doc.token(p))) {
            p--;
        }
        return p >= 1 && doc.token(p).is("of") && doc.amountAt(p - 1) >= 0;
    }

    private boolean determinerBefore(Document doc, Amount amount) {
        int p = amount.first() - 1;
        return p >= 0 && p == amount.phraseFirst() - 1 && functionWords.isDeterminer(doc.token(p))
                && !doc.token(p).is("a") && !doc.token(p).is("an");
    }

    // ---- object ----

    private String objectOf(Document doc, Amount amount, NounPhrase np, Choice choice, Reading ellipsisFrom) {
        Metric metric = choice.metric();
        if (amount.kind() == Amount.Kind.MONEY || amount.kind() == Amount.Kind.MEASURE) {
            return amount.unit();
        }
        if (metric == Metric.PERCENT || metric == Metric.PERCENTAGE_POINTS || metric == Metric.RATIO) {
            return null;
        }
        if (np.hasHead() && (!np.partitive() || metricWords.of(doc.tokens(), np.headLast()) == null)) {
            int group = groupOfMembers(doc, np.headLast());
            if (group >= 0) {
                Token modifier = doc.token(group - 1);
                return nouns.object(functionWords.isFunctionWord(modifier) ? null : modifier, doc.token(group));
            }
            Token head = doc.token(np.headLast());
            Token modifier = np.headLast() - 1 >= np.first() ? doc.token(np.headLast() - 1) : null;
            boolean keepsModifier = modifier != null && doc.partyStartingAt(np.headLast() - 1) == null
                    && doc.amountAt(np.headLast() - 1) < 0
                    && !functionWords.isFunctionWord(modifier)
                    && metricWords.of(doc.tokens(), np.headLast() - 1) == null
                    && (Character.isLowerCase(modifier.text().charAt(0)) || modifier.isAllCaps());
            return nouns.object(keepsModifier ? modifier : null, head);
        }
        int antecedent = antecedentOfThem(doc, amount, np, doc.sentenceOf(amount.first()));
        if (antecedent >= 0) {
            return nouns.object(null, doc.token(antecedent));
        }
        if (choice.context() != null && choice.context().value().object() != null) {
            return choice.context().value().object();
        }
        boolean sameKind = ellipsisFrom != null && (ellipsisFrom.metric() == metric
                || PEOPLE.contains(metric) && PEOPLE.contains(ellipsisFrom.metric()));
        if (sameKind && ellipsisFrom.object() != null && !np.partitive()) {
            return ellipsisFrom.object();
        }
        return PEOPLE.contains(metric) ? "person" : null;
    }

    /**
     * "15 members of the medical staff", "members of rescue crews": the head noun of the common-noun group that the
     * members belong to, within three words after "of" and an article, or -1. A group with a name ("members of the
     * Front") is none: its members count as its fighters.
     */
    private int groupOfMembers(Document doc, int head) {
        if (!nouns.countsMembers(doc.token(head)) || head + 2 >= doc.size() || !doc.token(head + 1).is("of")) {
            return -1;
        }
        int p = head + 2;
        if (functionWords.isDeterminer(doc.token(p))) {
            p++;
        }
        for (int words = 0; p < doc.size() && words < 3; p++, words++) {
            Token token = doc.token(p);
            if (!token.isWord() || token.isCapitalized() || functionWords.isFunctionWord(token)) {
                return -1;
            }
            if (nouns.isPlural(token)) {
                return p;
            }
        }
        return -1;
    }

    // ---- subject ----

    /** A subject party and the rule that found it. */
    record Subject(PartyMention mention, SubjectRule rule) {
        static Subject of(PartyMention mention, SubjectRule rule) {
            return mention == null ? null : new Subject(mention, rule);
        }
    }

    private Subject subjectOf(Document doc, Amount amount, NounPhrase np, Sentence sentence, Metric metric) {
        int antecedent = antecedentOfThem(doc, amount, np, sentence);
        if (antecedent >= 0 && doc.partyEndingAt(antecedent) != null) {
            return new Subject(mention(doc, antecedentsParty(doc, antecedent)), SubjectRule.ANTECEDENT_OF_THEM);
        }
        if (np.hasHead() && !np.partitive()) {
            PartyHit hit = mostSpecificWithin(doc, np.first(), np.headLast());
            if (hit != null) {
                return new Subject(new PartyMention(doc.span(np.first(), np.headLast()), hit.party()),
                        SubjectRule.NAMED_IN_THE_NOUN_PHRASE);
            }
            String holder = heldBy(doc, np);
            if (holder != null) { // "seven government-held districts" are the government's
                return new Subject(new PartyMention(doc.span(np.first(), np.headLast()), holder),
                        SubjectRule.HELD_BY_A_SIDE);
            }
        }
        int after = np.hasHead() ? np.end() : amount.phraseLast() + 1;
        // "members of the nursing staff" belong to a group with no name: no side after "of" owns them
        boolean commonGroup = np.hasHead() && groupOfMembers(doc, np.headLast()) >= 0;
        if (after < sentence.endToken() && (doc.token(after).is("of") || doc.token(after).is("by")) && np.hasHead()
                && !commonGroup) {
            PartyMention owner = partyWithin(doc, after + 1, Math.min(sentence.endToken(), after + 7));
            if (owner != null) {
                return new Subject(owner, SubjectRule.OWNER_AFTER_THE_NOUN);
            }
        }
        PartyMention doer = metric == Metric.COUNT && np.hasHead() ? agentAfter(doc, np.end(), sentence) : null;
        if (doer != null) { // "300 violations committed by the militias", "two villages which are held by X"
            return new Subject(doer, SubjectRule.AGENT_AFTER_THE_NOUN);
        }
        int before = amount.phraseFirst() - 1;
        if (before - 1 >= sentence.firstToken() && doc.token(before).is("of") && doc.partyEndingAt(before - 1) != null) {
            return new Subject(mention(doc, doc.partyEndingAt(before - 1)), SubjectRule.OWNER_BEFORE_THE_AMOUNT);
        }
        Subject found = Subject.of(ownLoss(doc, amount, sentence), SubjectRule.OWN_LOSS);
        found = found != null ? found
                : Subject.of(lostToAgent(doc, after, sentence, metric), SubjectRule.LOST_TO_THE_OTHER_SIDE);
        found = found != null ? found : Subject.of(placeAfter(doc, after, sentence), SubjectRule.PLACE_AFTER);
        if (found != null) {
            return found;
        }
        if (metric == Metric.COUNT && np.hasHead() && actionNouns.contains(doc.token(np.headLast()).norm())) {
            PartyMention agent = agentOf(doc, amount, sentence);
            if (agent != null) {
                return new Subject(agent, SubjectRule.AGENT_OF_THE_ACTS);
            }
        }
        if (np.hasHead() && !np.partitive() && doc.parties().government() != null && !doc.parties().betweenStates()
                && (stateRoleNouns.contains(doc.token(np.headLast()).norm()) || np.headLast() > np.first()
                    && stateRoleNouns.contains(doc.token(np.headLast() - 1).norm() + " " + doc.token(np.headLast()).norm()))) {
            return new Subject(new PartyMention(doc.span(np.first(), np.headLast()), doc.parties().government()),
                    SubjectRule.STATE_ROLE_NOUN);
        }
        found = Subject.of(frontedPlace(doc, amount, sentence), SubjectRule.FRONTED_PLACE);
        return found != null ? found : Subject.of(sideNamed(doc, sentence), SubjectRule.ON_A_SIDE);
    }

    /** "the number of the dead on the Savan side was 64", "64 killed on Lorn's side": the side the sentence names. */
    private static PartyMention sideNamed(Document doc, Sentence sentence) {
        for (int p = sentence.firstToken(); p + 1 < sentence.endToken(); p++) {
            if (!doc.token(p).is("on")) {
                continue;
            }
            int q = doc.token(p + 1).is("the") ? p + 2 : p + 1;
            PartyHit hit = q < sentence.endToken() ? doc.partyStartingAt(q) : null;
            if (hit != null && hit.last() + 1 < sentence.endToken() && doc.token(hit.last() + 1).is("side")) {
                return new PartyMention(doc.span(p + 1, hit.last() + 1), hit.party());
            }
        }
        return null;
    }

    private String heldBy(Document doc, NounPhrase np) {
        for (int p = np.first(); p < np.headLast(); p++) {
            String word = doc.token(p).norm();
            for (String suffix : holdingSuffixes) {
                if (word.endsWith(suffix) && word.length() > suffix.length()) {
                    return doc.parties().holder(word.substring(0, word.length() - suffix.length()));
                }
            }
        }
        return null;
    }

    /** The side after "[which are] held by", "committed by", "carried out by" that follows a counted noun, or null. */
    private PartyMention agentAfter(Document doc, int from, Sentence sentence) {
        for (int k = from; k + 1 < sentence.endToken() && k - from < SUBJECT_REACH + 2; k++) {
            Token token = doc.token(k);
            if (!token.isWord() || speechWords.contains(token.norm()) || doc.amountAt(k) >= 0) {
                return null;
            }
            int by = doc.token(k + 1).is("by") ? k + 1
                    : k + 2 < sentence.endToken() && doc.token(k + 1).is("out") && doc.token(k + 2).is("by") ? k + 2 : -1;
            if (by > 0 && (token.norm().endsWith("ed") || irregularParticiples.contains(token.norm()))) {
                return partyWithin(doc, by + 1, Math.min(sentence.endToken(), by + 7));
            }
        }
        return null;
    }

    private boolean placeNounWithin(Document doc, int from, int to) {
        for (int p = from; p < to; p++) {
            if (placeNouns.contains(doc.token(p).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place in a war between states: people killed or things destroyed "in", "on", "at" or "near" a town or a
     * country of one side ("missiles fired at Ganja", "the city of Olmo", "Peru's second city") are that side's,
     * when the sentence places them in one side's territory only.
     */
    private PartyMention incidentPlace(Document doc, Sentence sentence) {
        if (!doc.parties().betweenStates()) {
            return null; // in a war inside one country a place names no side: nothing to look for
        }
        PartyHit found = null;
        for (int p = sentence.firstToken() + 1; p < sentence.endToken(); p++) {
            Token before = doc.token(p - 1);
            boolean placed = placeBefore.contains(before.norm())
                    && (!before.is("of") || p >= 2 && (placeNouns.contains(doc.token(p - 2).norm())
                        || placeNouns.contains(nouns.singular(doc.token(p - 2).norm()))));
            boolean owner = doc.token(p).norm().endsWith("'s")
                    && placeNounWithin(doc, p + 1, Math.min(sentence.endToken(), p + 3));
            PartyHit hit = placed || owner ? doc.placeAt(p) : null;
            if (hit == null) {
                continue;
            }
            if (found != null && !found.party().equals(hit.party())) {
                return null; // two sides' places: the text does not say whose
            }
            found = hit;
            p = hit.last();
        }
        return found == null ? null : mention(doc, found);
    }

    /**
     * The party a noun phrase names: the name nearest its head ("Syrian rebels" are the rebels' side), except
     * that a group's own name beats a role noun ("ISIS terrorists" are ISIS even where "terrorists" alone names
     * another side); a state's adjective never beats the role noun after it.
     */
    private PartyHit mostSpecificWithin(Document doc, int first, int last) {
        PartyHit nearest = null;
        for (int p = last; p >= first; p--) {
            PartyHit hit = doc.partyEndingAt(p);
            if (hit == null || hit.first() < first) {
                continue;
            }
            if (nearest == null) {
                nearest = hit;
            } else if (nearest.first() == nearest.last() && roleNouns.contains(doc.token(nearest.first()).norm())
                    && doc.token(hit.first()).isCapitalized() && !doc.parties().isState(hit.party())) {
                return hit;
            }
            p = hit.first();
        }
        if (nearest != null && nearest.first() == nearest.last() && isRoleNoun(doc, nearest.first())) {
            PartyHit named = namedEarlierWith(doc, nearest.first());
            return named == null ? nearest : new PartyHit(nearest.first(), nearest.last(), named.party());
        }
        return nearest;
    }

    private boolean isRoleNoun(Document doc, int p) {
        return roleNouns.contains(doc.token(p).norm());
    }

    /**
     * A bare role noun names the group the story last named with it: after "the Kestrel terrorist group" or
     * "Kestrel militants", "the militants" are Kestrel's, whatever the party table says "militants" alone are.
     */
    private PartyHit namedEarlierWith(Document doc, int role) {
        String stem = nouns.singular(doc.token(role).norm());
        for (int p = role - 1; p > 0 && role - p < NAMED_EARLIER_REACH; p--) {
            if (!isRoleNoun(doc, p) || !nouns.singular(doc.token(p).norm()).equals(stem)) {
                continue;
            }
            PartyHit name = doc.partyEndingAt(p - 1);
            if (name != null && doc.token(name.first()).isCapitalized() && !isRoleNoun(doc, name.last())
                    && !doc.parties().isState(name.party())) {
                return name;
            }
        }
        return null;
    }

    /**
     * Who carries out the acts counted: "the coalition conducted 18 strikes"; else the side that opens the
     * sentence ("The rebels shelled the market with 25 mortar rounds"); else, for a sentence whose subject is a
     * pronoun ("Later they fired a dozen rockets"), the side that opened the sentence before.
     */
    private PartyMention agentOf(Document doc, Amount amount, Sentence sentence) {
        PartyMention near = agentBefore(doc, amount, sentence);
        if (near != null) {
            return near;
        }
        PartyHit subject = sentenceSubject(doc, sentence, amount.phraseFirst());
        if (subject != null) {
            return mention(doc, subject);
        }
        int index = doc.sentences().indexOf(sentence);
        if (index > 0 && pronounSubjectBefore(doc, sentence, amount.phraseFirst())) {
            Sentence previous = doc.sentences().get(index - 1);
            PartyHit carried = sentenceSubject(doc, previous, previous.endToken());
            return carried == null ? null : mention(doc, carried);
        }
        return null;
    }

    /** The side named at the head of a sentence, before {@code limit}: its first words, past a fronted time. */
    private PartyHit sentenceSubject(Document doc, Sentence sentence, int limit) {
        for (int p = sentence.firstToken(); p < Math.min(limit, sentence.firstToken() + SUBJECT_REACH); p++) {
            PartyHit hit = doc.partyStartingAt(p);
            if (hit != null) {
                boolean object = p > sentence.firstToken() && functionWords.is(doc.token(p - 1), Kind.PREPOSITION);
                int verb = hit.last() + 1; // "MSF said", "the Valorian army said": the speaker's head, then its verb
                while (verb < Math.min(limit, hit.last() + 3) && doc.token(verb).isWord()
                        && !functionWords.isFunctionWord(doc.token(verb)) && !speechWords.contains(doc.token(verb).norm())) {
                    verb++;
                }
                boolean speaker = verb < limit && speechWords.contains(doc.token(verb).norm());
                if (speaker) { // "MSF said two strikes hit ...": the speaker fired nothing; "X said Y shelled ...": Y
                    int q = verb + 1 < limit && doc.token(verb + 1).is("that") ? verb + 2 : verb + 1;
                    PartyHit reported = q < limit ? doc.partyStartingAt(q) : null;
                    return reported != null && reported.last() + 1 < limit
                            && !speechWords.contains(doc.token(reported.last() + 1).norm()) ? reported : null;
                }
                return object ? null : hit;
            }
            Kind kind = functionWords.kindOf(doc.token(p));
            if (kind == Kind.AUXILIARY || kind == Kind.MODAL || doc.amountAt(p) >= 0) {
                return null;
            }
        }
        return null;
    }

    private boolean pronounSubjectBefore(Document doc, Sentence sentence, int limit) {
        for (int p = sentence.firstToken(); p < Math.min(limit, sentence.firstToken() + SUBJECT_REACH); p++) {
            if (doc.token(p).is("they") || doc.token(p).is("it")) {
                return true;
            }
        }
        return false;
    }

    /** "the coalition conducted 18 strikes": the side just before the verb that governs the count. */
    private PartyMention agentBefore(Document doc, Amount amount, Sentence sentence) {
        for (int p = amount.phraseFirst() - 1, steps = 0; p >= sentence.firstToken() && steps < 6; p--, steps++) {
            PartyHit hit = doc.partyEndingAt(p);
            if (hit != null) {
                return mention(doc, hit);
            }
            Token token = doc.token(p);
            Kind kind = functionWords.kindOf(token);
            if (kind == Kind.PREPOSITION || kind == Kind.SUBORDINATOR || kind == Kind.CONJUNCTION
                    || speechWords.contains(token.norm()) || !token.isWord()) {
                return null;
            }
        }
        return null;
    }

    /** "... deaths in Armenia", "130 soldiers were lost in Azerbaijan": the first place after the amount. */
    private PartyMention placeAfter(Document doc, int from, Sentence sentence) {
        boolean coordinated = false;
        for (int k = from, steps = 0; k < sentence.endToken() && steps < WINDOW; k++, steps++) {
            Token token = doc.token(k);
            if (token.is("in") || token.is("inside")) {
                return placeWithin(doc, k + 1, Math.min(sentence.endToken(), k + 6));
            }
            Kind kind = functionWords.kindOf(token);
            if (kind == Kind.CONJUNCTION) {
                coordinated = true;
            } else if (!(kind == Kind.AUXILIARY || kind == Kind.ADVERB || metricWords.of(doc.tokens(), k) != null
                    || (coordinated && (token.isNumber() || (token.isWord() && kind == null))))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "20 soldiers were captured by the Peruvian army": in a war between two states, people or things lost to one
     * side's hands ("by" after the predicate) are the other side's.
     */
    private PartyMention lostToAgent(Document doc, int from, Sentence sentence, Metric metric) {
        if (!PLACED_LOSSES.contains(metric) && metric != Metric.CAPTURED) {
            return null;
        }
        for (int k = from, steps = 0; k < sentence.endToken() && steps < WINDOW; k++, steps++) {
            Token token = doc.token(k);
            if (token.is("by")) {
                PartyMention agent = partyWithin(doc, k + 1, Math.min(sentence.endToken(), k + 7));
                String victim = agent == null ? null : doc.opponentOf(agent.party());
                return victim == null ? null : new PartyMention(agent.text(), victim);
            }
            Kind kind = functionWords.kindOf(token);
            if (!(kind == Kind.AUXILIARY || kind == Kind.ADVERB || metricWords.of(doc.tokens(), k) != null)) {
                return null;
            }
        }
        return null;
    }

    /** "ISIL also lost 15 militants", "Armenia has recorded 104 military deaths": the subject's own. */
    private PartyMention ownLoss(Document doc, Amount amount, Sentence sentence) {
        for (int p = amount.phraseFirst() - 1, steps = 0; p >= sentence.firstToken() && steps < WINDOW; p--, steps++) {
            Token token = doc.token(p);
            if (ownLossVerbs.contains(token.norm())) {
                // "Dorva lost", "Dorvan forces lost", "the Kareshi air force has lost"
                for (int q = p - 1; q >= Math.max(sentence.firstToken(), p - 5); q--) {
                    PartyHit hit = doc.partyEndingAt(q);
                    if (hit != null) {
                        return mention(doc, hit);
                    }
                    if (!functionWords.isFunctionWord(doc.token(q)) && !armedForces.contains(doc.token(q).norm())) {
                        return null;
                    }
                }
                return null;
            }
            Kind kind = functionWords.kindOf(token);
            if (kind == Kind.PREPOSITION || kind == Kind.SUBORDINATOR || speechWords.contains(token.norm())
                    || (token.isPunct() && !token.is(","))) {
                return null;
            }
        }
        return null;
    }

    /** "In the Armenian capital Yerevan, dozens of men gathered": a place leading the sentence. */
    private PartyMention frontedPlace(Document doc, Amount amount, Sentence sentence) {
        int first = sentence.firstToken();
        if (!doc.token(first).is("in")) {
            return null;
        }
        for (int p = first + 1; p < amount.phraseFirst() && p < first + 8; p++) {
            if (doc.token(p).is(",")) {
                return placeWithin(doc, first + 1, p);
            }
        }
        return null;
    }

    /**
     * The place named in a short phrase from token {@code from}: "in Armenia", "in the Armenian capital
     * Yerevan"; not a party that only qualifies a noun ("in Syrian government air strikes").
     */
    private PartyMention placeWithin(Document doc, int from, int to) {
        for (int p = from; p < to; p++) {
            PartyHit hit = doc.partyStartingAt(p);
            if (hit != null) {
                Token next = hit.last() + 1 < doc.size() ? doc.token(hit.last() + 1) : null;
                boolean qualifies = next != null && next.isWord() && !functionWords.isFunctionWord(next)
                        && Character.isLowerCase(next.text().charAt(0));
                if (!qualifies) { // a state named as the place of a civil war names no side (claim-model.md §2)
                    return doc.parties().insideOneCountry() && doc.parties().isState(hit.party()) ? null
                            : mention(doc, hit);
                }
                p = hit.last();
                continue;
            }
            Token token = doc.token(p);
            Kind kind = functionWords.kindOf(token);
            if ((token.isPunct() && !token.is("-")) || kind == Kind.PREPOSITION || kind == Kind.SUBORDINATOR
                    || kind == Kind.AUXILIARY || token.isNumber() || (p > from && functionWords.isDeterminer(token))
                    || token.isCapitalized() && kind == null) {
                return null;
            }
        }
        return null;
    }

    /** The party named in a short phrase from token {@code from}: "of the Nusra Front", "by Russian jets". */
    private PartyMention partyWithin(Document doc, int from, int to) {
        for (int p = from; p < to; p++) {
            PartyHit hit = doc.partyStartingAt(p);
            if (hit != null) {
                return mention(doc, hit);
            }
            Token token = doc.token(p);
            Kind kind = functionWords.kindOf(token);
            if ((token.isPunct() && !token.is("-")) || kind == Kind.PREPOSITION || kind == Kind.SUBORDINATOR
                    || kind == Kind.AUXILIARY || token.isNumber() || (p > from && functionWords.isDeterminer(token))) {
                return null;
            }
        }
        return null;
    }

    private static PartyMention mention(Document doc, PartyHit hit) {
        return new PartyMention(doc.span(hit.first(), hit.last()), hit.party());
    }

    /** "31 of its soldiers", "of our fighters": things the speaker calls its own. */
    private String ownedBySpeaker(Document doc, NounPhrase np) {
        if (!np.partitive() || !np.hasHead()) {
            return null;
        }
        Token possessive = doc.token(np.headFirst() - 1);
        boolean speakers = possessive.is("its") || possessive.is("their") || possessive.is("our");
        return speakers ? doc.span(np.headFirst() - 1, np.headLast()) : null;
    }

    // ---- sharing along a sentence ----

    /**
     * Whether a claim shares the subject of the claim before it: the same verb governs both (a list), or
     * its verb is joined to the other's ("killed 2,300 soldiers and destroyed 130 tanks").
     */
    private boolean inheritsFrom(Governor governor, Document doc, Reading before) {
        if (governor == null) {
            return false;
        }
        if (governor.inheritedFrom() >= 0) {
            return true;
        }
        if (before.kind() != MetricRule.Kind.GOVERNOR) {
            return false;
        }
        int p = governor.index() - 1;
        return p > before.amount().phraseLast() && (doc.token(p).is("and") || doc.token(p).is(","));
    }

    private static boolean containsWord(Document doc, int from, int to, String word) {
        for (int p = from; p < to; p++) {
            if (doc.token(p).is(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneOf(Token token, String... words) {
        for (String word : words) {
            if (token.is(word)) {
                return true;
            }
        }
        return false;
    }
}
