package io.claimcheck.extractor.claims;

import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Token;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Words that say what an amount counts (lexicon {@code metric-words.tsv}), with the roles they play. */
final class MetricWords {

    enum Role { VERB, PREDICATE, NOUN, WEAK_NOUN, CONTEXT, OF_NOUN, CONVEY }

    /** A meaning of a metric word; {@code object} names what a context noun's figures count ("resident"). */
    record Sense(Metric metric, Set<Role> roles, String object) {
        boolean has(Role role) {
            return roles.contains(role);
        }
    }

    private final PhraseTable<Sense> phrases;

    MetricWords(LexiconSource lexicon) {
        Map<String, Sense> map = new HashMap<>();
        for (List<String> row : lexicon.rows("metric-words.tsv")) {
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : row.get(2).split(",")) {
                roles.add(Role.valueOf(role.strip().toUpperCase().replace('-', '_')));
            }
            map.put(row.get(0), new Sense(Metric.valueOf(row.get(1)), Set.copyOf(roles),
                    row.size() > 3 ? row.get(3) : null));
        }
        this.phrases = PhraseTable.of(map);
    }

    /** The metric phrase starting at token {@code i}, or null. */
    PhraseTable.Match<Sense> startingAt(List<Token> tokens, int i) {
        return phrases.startingAt(tokens, i);
    }

    /** The metric phrase ending at token {@code i}, or null. */
    PhraseTable.Match<Sense> endingAt(List<Token> tokens, int i) {
        return phrases.endingAt(tokens, i);
    }

    /** The sense of the single word at token {@code i}, or null. */
    Sense of(List<Token> tokens, int i) {
        PhraseTable.Match<Sense> match = phrases.startingAt(tokens, i);
        return match != null && match.last() == i ? match.value() : endingSingle(tokens, i);
    }

    private Sense endingSingle(List<Token> tokens, int i) {
        PhraseTable.Match<Sense> match = phrases.endingAt(tokens, i);
        return match != null && match.first() == i ? match.value() : null;
    }

    /** Whether the word at {@code i} has the role, as a single word. */
    boolean has(List<Token> tokens, int i, Role role) {
        Sense sense = of(tokens, i);
        return sense != null && sense.has(role);
    }
}
