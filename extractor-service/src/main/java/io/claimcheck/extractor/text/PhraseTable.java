package io.claimcheck.extractor.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of a few words, each with a value, found in tokens by their normalised words, longest first:
 * {@code at least} before {@code at}, {@code death toll} before {@code toll}. Immutable once built.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {

    /** A phrase found in tokens: its value and the index of its first and last token. */
    public record Match<V>(V value, int first, int last) {
    }

    private record Entry<V>(String[] words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord;
    private final Map<String, List<Entry<V>>> byLastWord;

    private PhraseTable(Map<String, List<Entry<V>>> byFirstWord, Map<String, List<Entry<V>>> byLastWord) {
        this.byFirstWord = byFirstWord;
        this.byLastWord = byLastWord;
    }

    /** A table of phrases that stand for themselves: a set of word sequences to look for. */
    public static PhraseTable<Boolean> ofPhrases(Collection<String> phrases) {
        Map<String, Boolean> map = new HashMap<>();
        phrases.forEach(phrase -> map.put(phrase, true));
        return of(map);
    }

    /** Builds a table from phrases (words separated by single spaces, in normalised form) and values. */
    public static <V> PhraseTable<V> of(Map<String, V> phrases) {
        Map<String, List<Entry<V>>> first = new HashMap<>();
        Map<String, List<Entry<V>>> last = new HashMap<>();
        phrases.forEach((phrase, value) -> {
            Entry<V> entry = new Entry<>(Tokenizer.normalize(phrase).split(" "), value);
            first.computeIfAbsent(entry.words()[0], w -> new ArrayList<>()).add(entry);
            last.computeIfAbsent(entry.words()[entry.words().length - 1], w -> new ArrayList<>()).add(entry);
        });
        Comparator<Entry<V>> longestFirst = Comparator.comparingInt((Entry<V> e) -> -e.words().length);
        first.replaceAll((w, list) -> list.stream().sorted(longestFirst).toList());
        last.replaceAll((w, list) -> list.stream().sorted(longestFirst).toList());
        return new PhraseTable<>(Map.copyOf(first), Map.copyOf(last));
    }

    /** Every phrase of the table, its words separated by single spaces. */
    public Set<String> phrases() {
        Set<String> phrases = new HashSet<>();
        byFirstWord.values().forEach(list -> list.forEach(entry -> phrases.add(String.join(" ", entry.words()))));
        return phrases;
    }

    /** The longest phrase that starts at token {@code i}, or null. */
    public Match<V> startingAt(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        for (Entry<V> entry : byFirstWord.getOrDefault(tokens.get(i).norm(), List.of())) {
            int length = entry.words().length;
            if (i + length <= tokens.size() && matches(entry.words(), tokens, i)) {
                return new Match<>(entry.value(), i, i + length - 1);
            }
        }
        return null;
    }

    /** The longest phrase that ends at token {@code i}, or null. */
    public Match<V> endingAt(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        for (Entry<V> entry : byLastWord.getOrDefault(tokens.get(i).norm(), List.of())) {
            int length = entry.words().length;
            int first = i - length + 1;
            if (first >= 0 && matches(entry.words(), tokens, first)) {
                return new Match<>(entry.value(), first, i);
            }
        }
        return null;
    }

    private static boolean matches(String[] words, List<Token> tokens, int first) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(first + k).norm().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
