package io.claimcheck.extractor.text;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private static final LexiconSource LEXICON = new LexiconSource();
    private static final Tokenizer TOKENIZER = new Tokenizer(new HashSet<>(LEXICON.words("abbreviations.tsv")));
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Calendar(LEXICON),
            new HashSet<>(LEXICON.words("bylines.tsv")), Set.of("said", "reported"));

    private static List<String> sentences(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        return SPLITTER.split(tokens).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of("Gen. Petrov met Dr. Lee in the U.S. capital on Sept. 3.", "Talks failed."),
                sentences("Gen. Petrov met Dr. Lee in the U.S. capital on Sept. 3. Talks failed."));
    }

    @Test
    void anAbbreviationCanEndASentenceBeforeAnOpener() {
        assertEquals(List.of("The envoy flew to the U.S.", "The talks resume today."),
                sentences("The envoy flew to the U.S. The talks resume today."));
    }

    @Test
    void aStopLostAfterAVerbOfSayingIsFoundAgain() {
        assertEquals(List.of("A shell killed four people the Watch said", "The clinic is near the river."),
                sentences("A shell killed four people the Watch said The clinic is near the river."));
        assertEquals(List.of("Nine died, said The Herald on Monday."),
                sentences("Nine died, said The Herald on Monday."));
    }

    @Test
    void aClosingQuoteStaysWithItsSentence() {
        assertEquals(List.of("“We will fight on.”", "He left."), sentences("“We will fight on.” He left."));
    }

    @Test
    void headlineDatelineAndBodyRunTogetherAreCut() {
        assertEquals(List.of("Tuesday 4 Apr 2017", "Shelling kills 9 in Hama Monitor AFP",
                        "Women were among the dead."),
                sentences("Tuesday 4 Apr 2017 Shelling kills 9 in Hama Monitor AFP Women were among the dead."));
    }

    @Test
    void aDateInsideASentenceDoesNotCutIt() {
        assertEquals(List.of("The war began in March 2011 AFP reported."),
                sentences("The war began in March 2011 AFP reported."));
    }

    @Test
    void aLineBreakEndsAHeadline() {
        assertEquals(List.of("Ceasefire talks stall", "Both sides fired rockets."),
                sentences("Ceasefire talks stall\n\nBoth sides fired rockets."));
    }
}
