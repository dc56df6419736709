package io.claimcheck.extractor.claims;

import io.claimcheck.extractor.numbers.Amount;
import io.claimcheck.extractor.text.Calendar;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns a document's amounts into claims: what each counts ({@link ClaimReader}) and who says so ({@link Attribution}). */
public final class ClaimBuilder {

    private final ClaimReader reader;
    private final Attribution attribution;
    private final OwnCount ownCount;

    public ClaimBuilder(LexiconSource lexicon, Set<String> bylines, Calendar calendar) {
        FunctionWords functionWords = new FunctionWords(lexicon);
        MetricWords metricWords = new MetricWords(lexicon);
        CountedNouns nouns = new CountedNouns(lexicon);
        this.attribution = new Attribution(lexicon, functionWords, metricWords, nouns, bylines, calendar);
        this.reader = new ClaimReader(lexicon, functionWords, metricWords, nouns, attribution.speechVerbs());
        this.ownCount = new OwnCount(lexicon);
    }

    public List<ReasonedClaim> claims(Document doc) {
        List<ClaimReader.Reading> readings = reader.read(doc);
        List<Attribution.Voice> voices = attribution.claimants(doc, readings);
        List<ReasonedClaim> claims = new ArrayList<>();
        Map<PartyMention, String> officialSides = new HashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            ClaimReader.Reading reading = readings.get(i);
            if (reading == null) {
                continue;
            }
            Amount amount = reading.amount();
            int start = doc.token(amount.first()).start();
            int end = doc.token(amount.last()).end();
            Sentence sentence = doc.sentenceOf(amount.first());
            Attribution.Voice voice = voices.get(i);
            PartyMention claimant = voice == null ? null : voice.mention();
            ClaimantRule claimantRule = voice == null ? null : voice.rule();
            PartyMention subject = reading.subject();
            SubjectRule subjectRule = reading.subjectRule();
            String official = ownCount.officialSideOf(reading.metric(), claimant, subject, doc);
            if (official != null) {
                officialSides.put(claimant, official);
            }
            official = claimant == null ? null : officialSides.get(claimant); // the same voice, later in its list
            if (official != null) {
                claimant = new PartyMention(claimant.text(), official);
                claimantRule = ClaimantRule.OFFICIAL_VOICE_OF_A_SIDE;
            }
            if (subject == null && reading.owned() != null && claimant != null && claimant.party() != null) {
                subject = new PartyMention(reading.owned(), claimant.party());
                subjectRule = SubjectRule.OWNED_BY_THE_SPEAKER;
            }
            String owner = subject == null ? ownCount.ownerOf(reading, claimant, doc) : null;
            if (owner != null) {
                subject = new PartyMention(claimant.text(), owner);
                subjectRule = SubjectRule.SPEAKERS_OWN_COUNT;
            }
            String opponent = subject == null && reading.enemy() && claimant != null
                    ? doc.opponentOf(claimant.party()) : null;
            opponent = opponent == null && subject == null ? ownCount.enemyOf(reading, claimant, doc) : opponent;
            if (opponent != null) {
                subject = new PartyMention(claimant.text(), opponent); // "enemy equipment", in the speaker's words
                subjectRule = SubjectRule.SPEAKERS_ENEMY;
            }
            if (subject == null && reading.place() != null) {
                subject = reading.place();
                subjectRule = SubjectRule.PLACE_OF_THE_LOSS;
            }
            // "600 soldiers were destroyed", "destroyed 80 servicemen": people destroyed are people killed
            // and "two tanks were lost": weapons lost are weapons destroyed
            MetricRule metricRule = reading.metric() == Metric.DESTROYED && ownCount.countsPeople(reading.object())
                    && (reading.rule() == MetricRule.PREDICATE_AFTER || reading.rule() == MetricRule.GOVERNING_VERB)
                    ? MetricRule.PEOPLE_DESTROYED_ARE_KILLED
                    : reading.metric() == Metric.KILLED && ownCount.countsWeapons(reading.object())
                    ? MetricRule.WEAPONS_LOST_ARE_DESTROYED : reading.rule();
            Metric metric = switch (metricRule) {
                case PEOPLE_DESTROYED_ARE_KILLED -> Metric.KILLED;
                case WEAPONS_LOST_ARE_DESTROYED -> Metric.DESTROYED;
                default -> reading.metric();
            };
            claims.add(new ReasonedClaim(new Claim(doc.text().substring(start, end), start, end, amount.value(),
                    amount.lower(), amount.upper(), amount.bound(), metric, reading.object(), subject, claimant,
                    doc.text().substring(sentence.start(), sentence.end())),
                    new Rules(metricRule, subject == null ? null : subjectRule, claimant == null ? null : claimantRule)));
        }
        return casualtiesRestatedAsDeaths(firedAtTheirVictims(claims, doc));
    }

    /**
     * "Lorn reported 71 casualties ... the Lorni ministry said 71 soldiers were killed": where one voice gives the same
     * figure for the same side as casualties and as deaths, its casualties are its dead, as many writers use the word;
     * and a writer who uses it so once uses it so throughout the article ("176 casualties on both sides", "the
     * casualties on the Lorni side were 105").
     */
    private static List<ReasonedClaim> casualtiesRestatedAsDeaths(List<ReasonedClaim> claims) {
        boolean casualtiesAreDeaths = claims.stream().map(ReasonedClaim::claim).anyMatch(claim ->
                claim.metric() == Metric.CASUALTIES && claims.stream().map(ReasonedClaim::claim)
                        .anyMatch(other -> other.metric() == Metric.KILLED && sameFigure(claim, other)
                                && Objects.equals(partyOf(claim.subject()), partyOf(other.subject()))
                                && Objects.equals(partyOf(claim.claimant()), partyOf(other.claimant()))));
        if (!casualtiesAreDeaths) {
            return claims;
        }
        return claims.stream().map(reasoned -> reasoned.claim().metric() != Metric.CASUALTIES ? reasoned
                : new ReasonedClaim(reasoned.claim().withMetric(Metric.KILLED),
                        reasoned.rules().withMetric(MetricRule.CASUALTIES_RESTATED_AS_DEATHS))).toList();
    }

    private static boolean sameFigure(Claim first, Claim second) {
        return Objects.equals(first.value(), second.value()) && Objects.equals(first.lower(), second.lower())
                && Objects.equals(first.upper(), second.upper());
    }

    private static String partyOf(PartyMention mention) {
        return mention == null ? null : mention.party();
    }

    /**
     * A side's count of the dead of an attack it made counts its enemy's dead, not its own (docs/claim-model.md §2, "a
     * side's own count"): "The Kareshi fired rockets at the barracks. According to the Kareshi, 400 were killed" counts
     * the other side's soldiers. Applies, in a war between states, to a subject that only the speaker's own-count
     * reading gave (its text is the speaker's); {@code attacker} is the side the figure's incident names as attacking.
     */
    public ReasonedClaim countedOfTheAttacked(ReasonedClaim reasoned, String attacker, Document doc) {
        Claim claim = reasoned.claim();
        PartyMention subject = claim.subject();
        PartyMention claimant = claim.claimant();
        if (attacker == null || subject == null || claimant == null || claimant.party() == null
                || !doc.parties().betweenStates() || !OwnCount.LOSSES.contains(claim.metric())
                || !subject.text().equals(claimant.text()) || !claimant.party().equals(subject.party())
                || !attacker.equals(claimant.party())) {
            return reasoned;
        }
        String attacked = doc.opponentOf(attacker);
        return attacked == null ? reasoned : new ReasonedClaim(
                claim.withSubject(new PartyMention(claimant.text(), attacked)),
                reasoned.rules().withSubject(SubjectRule.THE_ATTACKED));
    }

    /**
     * In a war between states, weapons counted with no side in a sentence that counts one side's losses were fired by
     * the other side: "a strike by four missiles killed 63 Ecuadorian soldiers" counts Peru's missiles.
     */
    private List<ReasonedClaim> firedAtTheirVictims(List<ReasonedClaim> claims, Document doc) {
        if (!doc.parties().betweenStates()) {
            return claims;
        }
        List<Claim> plain = claims.stream().map(ReasonedClaim::claim).toList();
        List<ReasonedClaim> read = new ArrayList<>(claims.size());
        for (ReasonedClaim reasoned : claims) {
            Claim claim = reasoned.claim();
            PartyMention victims = claim.subject() == null && claim.metric() == Metric.COUNT
                    && ownCount.countsWeapons(claim.object()) ? victimsBeside(claim, plain) : null;
            String firing = victims == null ? null : doc.opponentOf(victims.party());
            read.add(firing == null ? reasoned : new ReasonedClaim(
                    claim.withSubject(new PartyMention(victims.text(), firing)),
                    reasoned.rules().withSubject(SubjectRule.FIRED_AT_THE_VICTIMS)));
        }
        return read;
    }

    private static PartyMention victimsBeside(Claim weapons, List<Claim> claims) {
        return claims.stream().filter(other -> other != weapons && other.sentence().equals(weapons.sentence())
                        && OwnCount.LOSSES.contains(other.metric()) && other.subject() != null
                        && other.subject().party() != null)
                .map(Claim::subject).findFirst().orElse(null);
    }
}
