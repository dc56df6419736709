package io.claimcheck.extractor.claims;

import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The closed-class words the phrase readers stop at (lexicon {@code function-words.tsv}). */
final class FunctionWords {

    enum Kind { DETERMINER, POSSESSIVE, PREPOSITION, OF, CONJUNCTION, SUBORDINATOR, AUXILIARY, MODAL, ADVERB, PRONOUN }

    private final Map<String, Kind> words;

    FunctionWords(LexiconSource lexicon) {
        Map<String, Kind> map = new HashMap<>();
        for (List<String> row : lexicon.rows("function-words.tsv")) {
            map.put(row.get(0), Kind.valueOf(row.get(1).toUpperCase()));
        }
        this.words = Map.copyOf(map);
    }

    /** The kind of a function word, or null; an acronym that spells one ("IS", "AS", "WHO") is a name, not it. */
    Kind kindOf(Token token) {
        if (token.isWord() && token.text().length() > 1 && token.isAllCaps()) {
            return null;
        }
        return token.isWord() || token.is("&") ? words.get(token.norm()) : null;
    }

    boolean is(Token token, Kind kind) {
        return kindOf(token) == kind;
    }

    boolean isFunctionWord(Token token) {
        return kindOf(token) != null;
    }

    /** Determiners and possessives: "the", "its", "their". */
    boolean isDeterminer(Token token) {
        Kind kind = kindOf(token);
        return kind == Kind.DETERMINER || kind == Kind.POSSESSIVE;
    }

    /** "was", "were", "been": a form of "be", which makes the participle after it passive. */
    static boolean isFormOfBe(Token token) {
        return token.is("was") || token.is("were") || token.is("been") || token.is("being") || token.is("be")
                || token.is("is") || token.is("are");
    }
}
