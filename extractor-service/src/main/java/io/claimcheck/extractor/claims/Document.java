package io.claimcheck.extractor.claims;

import io.claimcheck.extractor.numbers.Amount;
import io.claimcheck.extractor.parties.PartyHit;
import io.claimcheck.extractor.parties.PartyIndex;
import io.claimcheck.extractor.text.Quotations;
import io.claimcheck.extractor.text.Sentence;
import io.claimcheck.extractor.text.Token;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One text as the claim readers see it: tokens, sentences, quotations, the party names and the amounts
 * found in it, with indexes from token to sentence, amount and party name.
 */
public final class Document {

    /** More words than any party name has. */
    private static final int LONGEST_NAME = 24;

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<Quotations.Quote> quotes;
    private final List<Amount> amounts;
    private final PartyIndex parties;
    private final PartyHit[] hitStartingAt;
    private final PartyHit[] hitEndingAt;
    private final int[] sentenceOf;
    private final int[] amountOf;
    private final int[] quoteOf;
    private final List<String> belligerents;
    private final String[] keys;

    public Document(String text, List<Token> tokens, List<Sentence> sentences, List<Amount> amounts,
                    PartyIndex parties) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.quotes = Quotations.find(tokens);
        this.amounts = amounts;
        this.parties = parties;
        this.keys = PartyIndex.keysOf(tokens);
        this.hitStartingAt = parties.find(tokens, keys);
        this.belligerents = belligerents(hitStartingAt, parties);
        this.hitEndingAt = new PartyHit[tokens.size()];
        for (PartyHit hit : hitStartingAt) {
            if (hit != null) {
                hitEndingAt[hit.last()] = hit;
            }
        }
        this.sentenceOf = Sentence.sentenceOfEachToken(sentences, tokens.size());
        this.quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        for (int q = 0; q < quotes.size(); q++) {
            Arrays.fill(quoteOf, quotes.get(q).open() + 1, quotes.get(q).close(), q);
        }
        this.amountOf = new int[tokens.size()];
        Arrays.fill(amountOf, -1);
        for (int a = 0; a < amounts.size(); a++) {
            Arrays.fill(amountOf, amounts.get(a).phraseFirst(), amounts.get(a).phraseLast() + 1, a);
        }
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Amount> amounts() {
        return amounts;
    }

    /** For each token, the party name starting there (longest match), or null: a copy, read once per text. */
    public PartyHit[] partyNames() {
        return hitStartingAt.clone();
    }

    /** The quotation the token stands in, or null. */
    Quotations.Quote quoteOf(int tokenIndex) {
        int q = quoteOf[tokenIndex];
        return q < 0 ? null : quotes.get(q);
    }

    PartyIndex parties() {
        return parties;
    }

    /**
     * The other side of a war between two states, as the text fights it: the request's two states, or of more, the two
     * the text names most are the belligerents, and each is the other's enemy ("enemy equipment", "captured by X"). Null
     * outside a war between states, or for a party that is not one of the two.
     */
    String opponentOf(String party) {
        if (belligerents == null || party == null) {
            return null;
        }
        return party.equals(belligerents.get(0)) ? belligerents.get(1)
                : party.equals(belligerents.get(1)) ? belligerents.get(0) : null;
    }

    /** Whether the party may be one of the two sides fighting: always, unless the text shows two others fight. */
    boolean mayBeBelligerent(String party) {
        return belligerents == null || belligerents.contains(party);
    }

    private static List<String> belligerents(PartyHit[] hits, PartyIndex parties) {
        if (!parties.betweenStates()) {
            return null;
        }
        if (parties.sides().size() == 2) {
            return parties.sides(); // a table of two states names the two at war, however often the text names each
        }
        Map<String, Integer> mentions = new HashMap<>();
        for (PartyHit hit : hits) {
            if (hit != null && parties.isState(hit.party())) {
                mentions.merge(hit.party(), 1, Integer::sum);
            }
        }
        List<String> ranked = mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        boolean clear = ranked.size() == 2
                || ranked.size() > 2 && mentions.get(ranked.get(1)) > mentions.get(ranked.get(2));
        return clear ? ranked.subList(0, 2) : null;
    }

    public Sentence sentenceOf(int tokenIndex) {
        return sentences.get(sentenceOf[tokenIndex]);
    }

    /** The amount whose phrase covers the token, or -1. */
    int amountAt(int tokenIndex) {
        return tokenIndex >= 0 && tokenIndex < amountOf.length ? amountOf[tokenIndex] : -1;
    }

    PartyHit partyStartingAt(int tokenIndex) {
        return tokenIndex >= 0 && tokenIndex < hitStartingAt.length ? hitStartingAt[tokenIndex] : null;
    }

    /** The party name whose words include the token, or null. */
    PartyHit partyCovering(int tokenIndex) {
        for (int q = Math.min(tokenIndex, hitStartingAt.length - 1); q >= 0 && q > tokenIndex - LONGEST_NAME; q--) {
            if (hitStartingAt[q] != null) {
                return hitStartingAt[q].last() >= tokenIndex ? hitStartingAt[q] : null;
            }
        }
        return null;
    }

    /** The request's side whose town or country is named from the token, in a war between states, or null. */
    PartyHit placeAt(int tokenIndex) {
        return parties.placeAt(tokens, keys, tokenIndex);
    }

    PartyHit partyEndingAt(int tokenIndex) {
        return tokenIndex >= 0 && tokenIndex < hitEndingAt.length ? hitEndingAt[tokenIndex] : null;
    }

    /** The characters from the start of token {@code first} to the end of token {@code last}. */
    String span(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
    }
}
