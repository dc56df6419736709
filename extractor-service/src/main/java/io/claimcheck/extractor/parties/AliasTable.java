package io.claimcheck.extractor.parties;

import io.claimcheck.extractor.text.Token;
import io.claimcheck.extractor.text.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of several words looked up in tokens, longest first. Matching ignores case and full stops
 * ({@code U.S.} is {@code US}), and reads a possessive on the last word: {@code Azerbaijan’s},
 * {@code Turkeys} (scraped text loses its apostrophes). Short acronyms ({@code IS}, {@code US},
 * {@code WHO}) match only in capitals, so that "is", "us" and "who" stay words.
 *
 * @param <V> what a name stands for
 */
final class AliasTable<V> {

    /** How a name's capitals constrain the text it matches. */
    enum CaseRule {
        /** Any case, except that short acronyms need capitals. */
        AS_WRITTEN,
        /** The first word must be capitalised (gazetteer names: "Chad", "Jordan", "Turkey"). */
        CAPITALISED
    }

    record Hit<V>(V value, int first, int last) {
    }

    private record Alias<V>(String[] keys, V value, boolean acronym) {
    }

    private static final Set<String> TOKENS_WITHOUT_PARTY = Set.of("-", "the", "a", "an", "of");

    private final Map<String, List<Alias<V>>> byFirstKey;
    private final CaseRule caseRule;

    private AliasTable(Map<String, List<Alias<V>>> byFirstKey, CaseRule caseRule) {
        this.byFirstKey = byFirstKey;
        this.caseRule = caseRule;
    }

    static <V> AliasTable<V> of(Map<String, V> names, CaseRule caseRule) {
        Map<String, List<Alias<V>>> map = new HashMap<>();
        names.forEach((name, value) -> {
            String[] keys = key(name).split(" ");
            if (keys.length == 0 || keys[0].isEmpty() || (keys.length == 1 && TOKENS_WITHOUT_PARTY.contains(keys[0]))) {
                return;
            }
            boolean acronym = name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT));
            map.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Alias<>(keys, value, acronym));
        });
        map.replaceAll((k, list) -> list.stream()
                .sorted(Comparator.comparingInt((Alias<V> a) -> -a.keys().length)).toList());
        return new AliasTable<>(Map.copyOf(map), caseRule);
    }

    /** The matching form of a name or a token: lower case, no full stops, plain apostrophes, single spaces. */
    static String key(String text) {
        String norm = Tokenizer.normalize(text);
        StringBuilder key = new StringBuilder(norm.length());
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (Character.isWhitespace(c)) {
                if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                    key.append(' ');
                }
            } else if (c != '.') {
                key.append(c);
            }
        }
        int end = key.length();
        return end > 0 && key.charAt(end - 1) == ' ' ? key.substring(0, end - 1) : key.toString();
    }

    /** The matching form of a token: its normalised text without full stops. */
    static String key(Token token) {
        String norm = token.norm();
        return norm.indexOf('.') < 0 ? norm : norm.replace(".", "");
    }

    /** The longest name starting at token {@code i}, or null. */
    Hit<V> startingAt(List<Token> tokens, int i, String[] keys) {
        for (Alias<V> alias : byFirstKey.getOrDefault(keys[i], List.of())) {
            Hit<V> hit = match(alias, tokens, i, keys, false);
            if (hit != null) {
                return hit;
            }
        }
        for (Alias<V> alias : byFirstKey.getOrDefault(possessiveStripped(tokens.get(i), keys[i]), List.of())) {
            if (alias.keys().length == 1) {
                Hit<V> hit = match(alias, tokens, i, keys, true);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    /** A one-word name equal to a part of a hyphenated word ("Nusra" in "Al-Nusra"), or null. */
    V part(String partText) {
        String key = key(partText);
        for (Alias<V> alias : byFirstKey.getOrDefault(key, List.of())) {
            if (alias.keys().length == 1 && caseFits(alias, partText, true)) {
                return alias.value();
            }
        }
        return null;
    }

    private Hit<V> match(Alias<V> alias, List<Token> tokens, int i, String[] keys, boolean strippedFirst) {
        int length = alias.keys().length;
        if (i + length > tokens.size()) {
            return null;
        }
        for (int k = 1; k < length; k++) {
            String key = keys[i + k];
            boolean lastWord = k == length - 1;
            if (!key.equals(alias.keys()[k])
                    && !(lastWord && possessiveStripped(tokens.get(i + k), key).equals(alias.keys()[k]))) {
                return null;
            }
        }
        Token first = tokens.get(i);
        String firstText = strippedFirst ? stripPossessive(first.text()) : first.text();
        return caseFits(alias, firstText, first.isCapitalized()) ? new Hit<>(alias.value(), i, i + length - 1) : null;
    }

    private boolean caseFits(Alias<V> alias, String text, boolean capitalised) {
        if (alias.acronym()) {
            String letters = text.replace(".", "");
            return letters.equals(letters.toUpperCase(Locale.ROOT));
        }
        return caseRule == CaseRule.AS_WRITTEN || (capitalised && !text.isEmpty() && Character.isUpperCase(text.charAt(0)));
    }

    private static String possessiveStripped(Token token, String key) {
        if (key.endsWith("'s")) {
            return key.substring(0, key.length() - 2);
        }
        if (key.endsWith("'")) {
            return key.substring(0, key.length() - 1);
        }
        if (key.endsWith("s") && key.length() >= 3 && token.isCapitalized()) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }

    private static String stripPossessive(String text) {
        String plain = Tokenizer.normalize(text);
        if (plain.endsWith("'s")) {
            return text.substring(0, text.length() - 2);
        }
        if (plain.endsWith("'") || plain.endsWith("s")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }
}
