package io.claimcheck.reconciler.domain;

import java.util.Map;
import java.util.Set;

/** English plurals for the counted nouns the extractor gives in the singular. */
final class Nouns {

    private static final Map<String, String> IRREGULAR = Map.of(
            "person", "people",
            "child", "children",
            "woman", "women",
            "man", "men",
            "serviceman", "servicemen",
            "servicewoman", "servicewomen",
            "militiaman", "militiamen",
            "gunman", "gunmen");
    private static final Set<String> UNCHANGED = Set.of("staff", "personnel", "people", "police", "dead", "sheep");

    private Nouns() {
    }

    /** "soldier" → "soldiers", "military death" → "military deaths": the last word carries the plural. */
    static String plural(String noun) {
        int lastSpace = noun.lastIndexOf(' ');
        String head = noun.substring(0, lastSpace + 1);
        String last = noun.substring(lastSpace + 1);
        return head + pluralOfWord(last);
    }

    private static String pluralOfWord(String word) {
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        if (UNCHANGED.contains(word) || word.isEmpty()) {
            return word;
        }
        if (word.matches(".*(s|x|z|ch|sh)")) {
            return word + "es";
        }
        if (word.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
