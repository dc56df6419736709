package io.claimcheck.extractor.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations in tokens: {@code “...”}, {@code ‘...’} and straight {@code "..."}, possibly over several
 * sentences. A quotation left open at the end of its paragraph is not one: an unbalanced quote
 * attributes nothing.
 */
public final class Quotations {

    /** A quotation between two quote tokens (their indexes). */
    public record Quote(int open, int close) {
    }

    private Quotations() {
    }

    public static List<Quote> find(List<Token> tokens) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.lineBefore()) {
                open = -1;
            }
            if (!token.isPunct()) {
                continue;
            }
            char c = token.text().charAt(0);
            if (open >= 0 && c == closer) {
                quotes.add(new Quote(open, k));
                open = -1;
            } else if (open < 0 && (c == '“' || c == '‘' || c == '"' || c == '«')) {
                open = k;
                closer = switch (c) {
                    case '“' -> '”';
                    case '‘' -> '’';
                    case '«' -> '»';
                    default -> '"';
                };
            }
        }
        return quotes;
    }
}
