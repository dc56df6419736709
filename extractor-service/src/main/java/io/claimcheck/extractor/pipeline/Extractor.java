package io.claimcheck.extractor.pipeline;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.claims.ClaimBuilder;
import io.claimcheck.extractor.claims.Document;
import io.claimcheck.extractor.claims.ReasonedClaim;
import io.claimcheck.extractor.claims.SpeakerOrgans;
import io.claimcheck.extractor.incident.Incident;
import io.claimcheck.extractor.incident.IncidentReader;
import io.claimcheck.extractor.numbers.Amount;
import io.claimcheck.extractor.numbers.AmountGrammar;
import io.claimcheck.extractor.parties.Gazetteer;
import io.claimcheck.extractor.parties.PartyIndex;
import io.claimcheck.extractor.parties.PartyTable;
import io.claimcheck.extractor.text.Calendar;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Sentence;
import io.claimcheck.extractor.text.SentenceSplitter;
import io.claimcheck.extractor.text.Token;
import io.claimcheck.extractor.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The extractor's one entry point: text in, numeric claims out (docs/claim-model.md §1–3).
 *
 * <p>text → tokens ({@link Tokenizer}) → sentences ({@link SentenceSplitter}) → amounts
 * ({@link AmountGrammar}) → party names ({@link PartyIndex}) → claims ({@link ClaimBuilder}: metric,
 * object, subject, claimant) → the incident each counts ({@link IncidentReader}). Built once by {@link #load()} from the lexicons on the classpath;
 * immutable and safe to share between threads.
 */
public final class Extractor {

    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;
    private final AmountGrammar grammar;
    private final Gazetteer gazetteer;
    private final ClaimBuilder claimBuilder;
    private final SpeakerOrgans organs;
    private final IncidentReader incidents;
    private final int lexiconEntries;

    private Extractor(LexiconSource lexicon) {
        Calendar calendar = new Calendar(lexicon);
        Set<String> bylines = new HashSet<>(lexicon.words("bylines.tsv"));
        this.tokenizer = new Tokenizer(new HashSet<>(lexicon.words("abbreviations.tsv")));
        this.splitter = new SentenceSplitter(calendar, bylines, Set.copyOf(lexicon.rows("speech.tsv").stream()
                .filter(row -> row.get(1).equals("said") && !row.get(0).contains(" ")).map(row -> row.get(0)).toList()));
        this.grammar = new AmountGrammar(lexicon, calendar);
        this.gazetteer = new Gazetteer(lexicon);
        this.claimBuilder = new ClaimBuilder(lexicon, bylines, calendar);
        this.incidents = new IncidentReader(lexicon, calendar, gazetteer, tokenizer);
        this.organs = new SpeakerOrgans(lexicon, tokenizer);
        this.lexiconEntries = lexicon.entries();
    }

    /** Reads every lexicon and the gazetteer from the classpath. */
    public static Extractor load() {
        return new Extractor(new LexiconSource());
    }

    /** The claims in the text, in text order. Never throws on odd input; null text reads as empty. */
    public List<Claim> extract(String text, PartyTable parties) {
        return read(text, parties, null).stream().map(ReadClaim::claim).toList();
    }

    /**
     * The claims in the text, in text order, each with the incident it counts; days are read relative to the
     * article's date, and not at all without it. Never throws on odd input; null text reads as empty.
     */
    public List<ReadClaim> read(String text, PartyTable parties, LocalDate published) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Sentence> sentences = splitter.split(tokens);
        PartyIndex partyIndex = new PartyIndex(gazetteer, parties == null ? PartyTable.EMPTY : parties);
        Document doc = new Document(text, tokens, sentences,
                withinOneSentence(grammar.find(tokens), Sentence.sentenceOfEachToken(sentences, tokens.size())),
                partyIndex);
        List<ReasonedClaim> claims = claimBuilder.claims(doc);
        List<Incident> read = incidents.read(tokens, sentences, doc.partyNames(),
                claims.stream().map(ReasonedClaim::claim).toList(), partyIndex, published);
        List<ReadClaim> readClaims = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ReasonedClaim reasoned = claimBuilder.countedOfTheAttacked(claims.get(i), read.get(i).attacker(), doc);
            Claim claim = reasoned.claim();
            readClaims.add(new ReadClaim(claim, read.get(i), organs.of(claim.claimant()).orElse(null),
                    reasoned.rules()));
        }
        return readClaims;
    }

    /**
     * The grammar reads the token stream whole; where it joined amounts across a sentence break the splitter made
     * ("40% to" | "2,300"), the splitter wins and the reading is dropped, so a mention always lies in its sentence.
     */
    private static List<Amount> withinOneSentence(List<Amount> amounts, int[] sentenceOf) {
        return amounts.stream().filter(amount -> sentenceOf[amount.first()] == sentenceOf[amount.last()]).toList();
    }

    /** How many lexicon entries were loaded: more than zero once the extractor is ready. */
    public int lexiconEntries() {
        return lexiconEntries;
    }
}
