package io.claimcheck.extractor.pipeline;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.parties.PartyTable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever the input, the extractor answers: no exception, every span inside the text, every mention
 * the text's own characters, claims in text order. Speed is the benchmarks' business, not asserted here.
 */
class ExtractorPropertiesTest {

    private static final Extractor EXTRACTOR = Extractor.load();
    private static final PartyTable PARTIES = new PartyTable(Map.of(
            "Armenia", List.of("Armenian", "Karabakh", "IS", "us"),
            "SOHR", List.of("monitor", "Observatory", "Syrian Observatory for Human Rights")));

    /** Pieces of news text and of its accidents, to be strung together in any order. */
    private static final List<String> PIECES = List.of(
            "killed", "wounded", "destroyed", "said", "according to", "the ministry", "It", "he said", "claimed",
            "more than", "at least", "up to", "between", "and", "to", "or", "some", "nearly", "dozens of",
            "tens of thousands", "a quarter of a million", "half a", "million", "two hundred", "twenty-three",
            "2,300", "1,2,3,4", "200000", "1.5", "2.3bn", "$5m", "40%", "12-15", "20+", "1990s", "16:45",
            "19.07.2016", "0830", "2nd", "F-16", "COVID-19", "25-year-old", "Article 5", "19 Jul 2016",
            "Tuesday", "May", "31", "soldiers", "civilians", "tanks", "people", "Karabakh", "Armenian", "U.S.",
            "Gen.", "Azerbaijan’s", "Monitor AFP", "“", "”", "‘", "’", "\"", "'", "(", ")", ".", ",", ";", ":",
            "—", "–", "-", "\n", "\t", "\u0000", "\u0007", "\u2028", "\uD83D\uDE00", "\uD800", "é", "٣", " ",
            // what once gave impossible intervals: scores, descending pairs, scales after ranges, chains of scales
            "2-1", "3-0", "1-1", "2019-2018", "2-3", "500-2m", "$2-3bn", "billion", "bn", "million million million",
            // every quantity: units and currencies, signs and falls, shares and multiples, coins and codes
            "km", "kilometres", "mpg", "°C", "Nm", "GB", "sq m", "per cent", "percentage points", "USD", "CHF", "₹",
            "Rs", "68p", "cents", "-5", "−5", "minus", "negative", "fell", "down", "half", "a third of", "two-thirds",
            "1/2", "one in five", "doubled", "twice as many as", "three times", "than", "from", "7-", "8-inch",
            "lakh", "crore", "and a half", "dozen", ".77", "-3.2%", "20-30%", "hours a week", "barrel bombs");

    @Provide
    Arbitrary<String> newsLikeText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60)
                .map(pieces -> String.join(" ", pieces))
                .injectDuplicates(0.05);
    }

    @Provide
    Arbitrary<String> gluedText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 250)
    void newsLikeTextGivesSoundClaims(@ForAll("newsLikeText") String text) {
        assertSound(text, EXTRACTOR.extract(text, PARTIES));
    }

    @Property(tries = 200)
    void gluedPiecesGiveSoundClaims(@ForAll("gluedText") String text) {
        assertSound(text, EXTRACTOR.extract(text, PARTIES));
    }

    @Property(tries = 200)
    void anyStringGivesSoundClaims(@ForAll @StringLength(max = 300) String text) {
        assertSound(text, EXTRACTOR.extract(text, PartyTable.EMPTY));
    }

    @Example
    void emptyAndBlankTextGiveNothing() {
        for (String text : new String[] {"", " ", "\n\n", "\u0000", "\t\u000b\f"}) {
            assertTrue(EXTRACTOR.extract(text, PARTIES).isEmpty(), "claims in blank text");
        }
        assertTrue(EXTRACTOR.extract(null, null).isEmpty(), "claims in no text");
    }

    /**
     * Found by {@link #newsLikeTextGivesSoundClaims}: a speech verb with only "and" and a pronoun before it, and a
     * range across a sentence break.
     */
    @Example
    void whatThePropertiesOnceFoundBreaksNothing() {
        for (String text : new String[] {"and he said", "And she told reporters 12 people died.", "and it said 5",
                "40% to   2,300"}) {
            assertSound(text, EXTRACTOR.extract(text, PARTIES));
        }
    }

    @Example
    void unbalancedQuotesAttributeNothingAndBreakNothing() {
        String text = "“The army killed 40 fighters,” he said. ” 12 tanks were destroyed “ ‘ and “ 7 people died";
        assertSound(text, EXTRACTOR.extract(text, PARTIES));
    }

    @Example
    void aMegabyteOfDigitsAndCommas() {
        StringBuilder glued = new StringBuilder();
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; glued.length() < 1_000_000; i++) {
            glued.append(i % 1000).append(',');
            if (spaced.length() < 200_000) {
                spaced.append(i % 1000).append(i % 7 == 0 ? ", " : " ");
            }
        }
        assertSound(glued.toString(), EXTRACTOR.extract(glued.toString(), PARTIES));
        assertSound(spaced.toString(), EXTRACTOR.extract(spaced.toString(), PARTIES));
    }

    @Example
    void aMegabyteOfClaimsWithoutAFullStop() {
        String sentence = "the ministry said “at least 2,300 soldiers were killed and 40 tanks destroyed” ";
        String text = sentence.repeat(1_000_000 / sentence.length());
        List<Claim> claims = EXTRACTOR.extract(text, PARTIES);
        assertSound(text, claims);
        assertEquals(2 * (1_000_000 / sentence.length()), claims.size());
    }

    @Example
    void scaleWordsChainedPastAnyCountGiveNoInfiniteAmount() {
        String text = "Protesters said 2 " + "million ".repeat(60) + "people marched, and 3-1 " + "billion ".repeat(40)
                + "more.";
        assertSound(text, EXTRACTOR.extract(text, PARTIES));
    }

    /** Finite ends, the lower not above the upper: an amount some text could state. */
    private static void assertPossible(Claim claim) {
        for (Double number : new Double[] {claim.value(), claim.lower(), claim.upper()}) {
            assertTrue(number == null || Double.isFinite(number), () -> "an end that is no number: " + claim);
        }
        assertTrue(claim.lower() == null || claim.upper() == null || claim.lower() <= claim.upper(),
                () -> "lower above upper: " + claim);
        assertTrue(claim.value() == null || (claim.lower() == null || claim.lower() <= claim.value())
                && (claim.upper() == null || claim.value() <= claim.upper()),
                () -> "value outside its interval: " + claim);
    }

    private static void assertSound(String text, List<Claim> claims) {
        int previousStart = -1;
        for (Claim claim : claims) {
            assertTrue(claim.start() >= 0 && claim.start() < claim.end() && claim.end() <= text.length(),
                    () -> "span outside the text: " + claim);
            assertEquals(claim.mention(), text.substring(claim.start(), claim.end()));
            assertTrue(claim.start() >= previousStart, () -> "out of text order: " + claim);
            assertTrue(claim.sentence().contains(claim.mention()), () -> "mention outside its sentence: " + claim);
            assertTrue(claim.mention().length() <= 200, () -> "a mention of more than 200 characters: " + claim);
            assertNotNull(claim.bound());
            assertNotNull(claim.metric());
            assertPossible(claim);
            previousStart = claim.start();
        }
    }
}
