package io.claimcheck.extractor.numbers;

import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of the world's currencies, from CLDR rather than a list of our own ({@code lexicon/cldr-currencies.tsv},
 * written from ICU4J by {@code CldrNames}): ISO 4217 codes in capitals ("CHF 2m", "USD10m", "10m USD"), symbols ("£",
 * "CA$", "₹") and English names, singular and plural ("Swiss francs", "Indian rupee"), each mapped to its code; only
 * currencies in use. {@code lexicon/currencies.tsv} comes first: it settles what CLDR leaves to the reader ("$" and
 * "dollars" are the US dollar's, "pounds" sterling) and adds the small coins CLDR does not name ("68p", "50 cents").
 */
final class CurrencyNames {

    /** An amount's currency and what one of the named coins is worth in it: 1 for "euros", 0.01 for "cents". */
    record Money(String currency, double factor) {
    }

    private final Map<String, String> signs;
    private final Map<String, String> codes;
    private final PhraseTable<Money> words;
    private final Map<String, Money> gluedCoins;

    CurrencyNames(LexiconSource lexicon) {
        Map<String, String> signRows = new HashMap<>();
        Map<String, Money> wordRows = new HashMap<>();
        Map<String, Money> glued = new HashMap<>();
        for (List<String> row : lexicon.rows("currencies.tsv")) {
            switch (row.get(2)) {
                case "prefix" -> signRows.put(row.get(0), row.get(1));
                case "word" -> wordRows.put(row.get(0), new Money(row.get(1), 1));
                case "coin" -> wordRows.put(row.get(0), new Money(row.get(1), Double.parseDouble(row.get(3))));
                case "glued-coin" -> glued.put(row.get(0), new Money(row.get(1), Double.parseDouble(row.get(3))));
                default -> throw new IllegalStateException("currencies.tsv: unknown kind of row " + row);
            }
        }
        Map<String, String> codeRows = new HashMap<>();
        for (List<String> row : lexicon.rows("cldr-currencies.tsv")) {
            String code = row.get(0);
            String form = row.get(2);
            switch (row.get(1)) {
                case "code" -> codeRows.put(form, code);
                case "sign" -> signRows.putIfAbsent(form.toLowerCase(Locale.ROOT), code);
                case "name" -> wordRows.putIfAbsent(form.toLowerCase(Locale.ROOT), new Money(code, 1));
                default -> throw new IllegalStateException("cldr-currencies.tsv: unknown kind of row " + row);
            }
        }
        this.signs = Map.copyOf(signRows);
        this.codes = Map.copyOf(codeRows);
        this.words = PhraseTable.of(wordRows);
        this.gluedCoins = Map.copyOf(glued);
    }

    /** The currency of a sign or code written before the digits, glued or not ("$", "US$", "CHF"), or null. */
    String ofPrefix(String text) {
        String sign = signs.get(text.toLowerCase(Locale.ROOT));
        return sign != null ? sign : codes.get(text);
    }

    /** The currency named after a number from token {@code i} on ("euros", "Swiss francs", "USD", "cents"), or null. */
    PhraseTable.Match<Money> nameStartingAt(List<Token> tokens, int i) {
        PhraseTable.Match<Money> name = words.startingAt(tokens, i);
        if (name != null || i >= tokens.size()) {
            return name;
        }
        String code = codes.get(tokens.get(i).text());
        return code == null ? null : new PhraseTable.Match<>(new Money(code, 1), i, i);
    }

    /** The coin of letters glued after digits ("68p"), or null. */
    Money gluedCoin(String suffix) {
        return gluedCoins.get(suffix);
    }
}
