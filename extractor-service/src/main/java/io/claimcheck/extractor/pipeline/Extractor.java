package io.claimcheck.extractor.pipeline;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.claims.ClaimBuilder;
import io.claimcheck.extractor.claims.Document;
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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The extractor's one entry point: text in, numeric claims out (docs/claim-model.md §1–3).
 *
 * <p>text → tokens ({@link Tokenizer}) → sentences ({@link SentenceSplitter}) → amounts
 * ({@link AmountGrammar}) → party names ({@link PartyIndex}) → claims ({@link ClaimBuilder}: metric,
 * object, subject, claimant). Built once by {@link #load()} from the lexicons on the classpath;
 * immutable and safe to share between threads.
 */
public final class Extractor {

    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;
    private final AmountGrammar grammar;
    private final Gazetteer gazetteer;
    private final ClaimBuilder claimBuilder;
    private final int lexiconEntries;

    private Extractor(LexiconSource lexicon) {
        Calendar calendar = new Calendar(lexicon);
        Set<String> bylines = new HashSet<>(lexicon.words("bylines.tsv"));
        this.tokenizer = new Tokenizer(new HashSet<>(lexicon.words("abbreviations.tsv")));
        this.splitter = new SentenceSplitter(calendar, bylines);
        this.grammar = new AmountGrammar(lexicon, calendar);
        this.gazetteer = new Gazetteer(lexicon);
        this.claimBuilder = new ClaimBuilder(lexicon, bylines, calendar);
        this.lexiconEntries = lexicon.entries();
    }

    /** Reads every lexicon and the gazetteer from the classpath. */
    public static Extractor load() {
        return new Extractor(new LexiconSource());
    }

    /** The claims in the text, in text order. Never throws on odd input; null text reads as empty. */
    public List<Claim> extract(String text, PartyTable parties) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Sentence> sentences = splitter.split(tokens);
        Document doc = new Document(text, tokens, sentences,
                withinOneSentence(grammar.find(tokens), Sentence.sentenceOfEachToken(sentences, tokens.size())),
                new PartyIndex(gazetteer, parties == null ? PartyTable.EMPTY : parties));
        return claimBuilder.claims(doc);
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
