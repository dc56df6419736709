package io.claimcheck.extractor.claims;

import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Token;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counted nouns: whether a word reads as a plural noun, and its singular (lexicon {@code nouns.tsv} for the
 * irregular ones and for modifier-and-head pairs such as {@code military deaths} → {@code soldier}).
 */
final class CountedNouns {

    private final Map<String, String> singulars;
    private final Set<String> plainModifiers;
    private final Set<String> memberNouns;

    CountedNouns(LexiconSource lexicon) {
        Map<String, String> map = new HashMap<>();
        lexicon.rows("nouns.tsv").forEach(row -> map.put(row.get(0), row.get(1)));
        this.singulars = Map.copyOf(map);
        this.plainModifiers = Set.copyOf(lexicon.words("plain-modifiers.tsv"));
        this.memberNouns = Set.copyOf(lexicon.words("member-nouns.tsv"));
    }

    /** Whether the noun counts the members of a group named after it: "members of the medical staff". */
    boolean countsMembers(Token token) {
        return memberNouns.contains(token.norm());
    }

    /** Whether a word reads as a plural noun: "soldiers", "people", "facilities" (not "Damascus", "ISIS"). */
    boolean isPlural(Token token) {
        String w = token.norm();
        if (!token.isWord() || w.length() < 3) {
            return false;
        }
        if (singulars.containsKey(w)) {
            return true;
        }
        if (isCompoundOfMen(w)) {
            return true;
        }
        if (token.isCapitalized() && w.endsWith("is") && !token.isAllCaps()) {
            return true; // "Israelis", "Iraqis", "Somalis": a demonym's plural
        }
        if (token.isAllCaps() || w.endsWith("'s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return false;
        }
        return w.endsWith("s") && Character.isLetter(w.charAt(w.length() - 2));
    }

    /** The object of a claim from a head noun and the word before it (null when there is none). */
    String object(Token modifier, Token head) {
        if (modifier != null) {
            String pair = singulars.get(modifier.norm() + " " + head.norm());
            if (pair != null) {
                return pair;
            }
        }
        String singular = singular(head.norm());
        if (modifier == null || plainModifiers.contains(modifier.norm())) {
            return singular;
        }
        String before = modifier.isAllCaps() ? modifier.text() : modifier.norm();
        return before + " " + singular;
    }

    /** "fishermen", "tribesmen", "firemen": a compound of "men" counts men of a trade or a group. */
    private static boolean isCompoundOfMen(String w) {
        return w.length() > 5 && w.endsWith("men") && !w.endsWith("omen") && !w.endsWith("amen");
    }

    String singular(String plural) {
        String known = singulars.get(plural);
        if (known != null) {
            return known;
        }
        String w = plural.toLowerCase(Locale.ROOT);
        if (isCompoundOfMen(w)) {
            return w.substring(0, w.length() - 2) + "an";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
