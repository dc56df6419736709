package io.claimcheck.extractor.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {

    private static final Tokenizer TOKENIZER = new Tokenizer(Set.of("gen.", "u.s."));

    private static List<String> texts(String text) {
        return TOKENIZER.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void numbersKeepTheirSeparatorsAndSigns() {
        assertEquals(List.of("killed", "2,300", ",", "$5m", "and", "40%", "(", "12-15", ")", "."),
                texts("killed 2,300, $5m and 40% (12-15)."));
    }

    @Test
    void quotesArePeeledAndApostrophesKept() {
        assertEquals(List.of("“", "Azerbaijan’s", "forces", "”", "‘", "rebels", "’"),
                texts("“Azerbaijan’s forces” ‘rebels’"));
        assertEquals("azerbaijan's", TOKENIZER.tokenize("Azerbaijan’s").get(0).norm());
    }

    @Test
    void abbreviationsKeepTheirFullStop() {
        assertEquals(List.of("Gen.", "Ivanov", "left", "the", "U.S.", "."), texts("Gen. Ivanov left the U.S.."));
    }

    @Test
    void offsetsAreUtf16AndControlCharactersAreSpace() {
        String text = "\uD83D\uDE00 five\u0000tanks";
        List<Token> tokens = TOKENIZER.tokenize(text);
        assertEquals(List.of("\uD83D\uDE00", "five", "tanks"), tokens.stream().map(Token::text).toList());
        for (Token token : tokens) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
    }
}
