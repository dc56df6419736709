package io.claimcheck.extractor.parties;

import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Token;
import io.claimcheck.extractor.text.Tokenizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-in parties: the world's countries with their names, demonyms and capitals, generated from
 * world-countries (lexicon {@code countries.tsv}, see the lexicon README) plus {@code countries-extra.tsv}.
 */
public final class Gazetteer {

    private final AliasTable<String> aliases;
    private final AliasTable<String> towns;
    /** The towns' names, lower-cased, in order: the names that begin with a stem lie together. */
    private final NavigableSet<String> townNames;
    private final Map<String, String> countryOfAlias;
    private final Set<String> stateInstitutions;
    private final Set<String> governmentWords;

    public Gazetteer(LexiconSource lexicon) {
        Map<String, String> byAlias = new HashMap<>();
        List<List<String>> rows = new ArrayList<>(lexicon.rows("countries.tsv"));
        rows.addAll(lexicon.rows("countries-extra.tsv"));
        for (List<String> row : rows) {
            String country = row.get(0);
            byAlias.putIfAbsent(country, country);
            if (row.size() > 1) {
                for (String alias : row.get(1).split("\\|")) {
                    byAlias.putIfAbsent(alias, country);
                }
            }
        }
        // "Ecuadorean" is also written "Ecuadorian", "Equatoguinean" "Equatoguinian": news spells the list's "-ean"
        // demonyms with "-ian" as well
        Map.copyOf(byAlias).forEach((alias, country) -> {
            if (alias.endsWith("ean") || alias.endsWith("eans")) {
                byAlias.putIfAbsent(alias.replaceFirst("ean(s?)$", "ian$1"), country);
            }
        });
        Map<String, String> keyed = new HashMap<>();
        byAlias.forEach((alias, country) -> keyed.put(AliasTable.key(alias), country));
        this.countryOfAlias = Map.copyOf(keyed);
        this.aliases = AliasTable.of(byAlias, AliasTable.CaseRule.CAPITALISED);
        Map<String, String> countryOfTown = new HashMap<>();
        lexicon.rows("towns.tsv").forEach(row -> countryOfTown.put(row.get(0), row.get(1)));
        this.towns = AliasTable.of(countryOfTown, AliasTable.CaseRule.CAPITALISED);
        NavigableSet<String> names = new TreeSet<>();
        countryOfTown.keySet().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        this.townNames = Collections.unmodifiableNavigableSet(names);
        this.stateInstitutions = Set.copyOf(lexicon.words("state-institutions.tsv"));
        this.governmentWords = Set.copyOf(lexicon.words("government-words.tsv"));
    }

    /**
     * Whether a country's adjective names the country when the capitalised word after it follows: yes
     * for a state body ("Syrian Army"), no for another body's name ("Syrian Observatory").
     */
    boolean namesCountryBefore(Token next) {
        return !next.isCapitalized() || !next.isWord() || stateInstitutions.contains(next.norm());
    }

    AliasTable<String> aliases() {
        return aliases;
    }

    /** Towns of the world by name, each with its country (lexicon {@code towns.tsv}). */
    AliasTable<String> towns() {
        return towns;
    }

    /** Whether a town has this name, in any case. */
    public boolean isTown(String name) {
        return townNames.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a town's name is {@code stem} and at most {@code extraLetters} letters more: the stem of "Damascene" is
     * "Damasc", which Damascus ends with two more.
     */
    public boolean isTownStem(String stem, int extraLetters) {
        String lower = stem.toLowerCase(Locale.ROOT);
        for (String name : townNames.tailSet(lower, true)) {
            if (!name.startsWith(lower)) {
                return false;
            }
            if (name.length() - lower.length() <= extraLetters) {
                return true;
            }
        }
        return false;
    }

    /** Whether a party's alias marks it as a government ("Syrian government", "the regime"). */
    boolean namesGovernment(String alias) {
        for (String word : Tokenizer.normalize(alias).split("[^\\p{L}]+")) {
            if (governmentWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The country a whole name stands for ("Armenian" → Armenia), or null. */
    public String countryOf(String name) {
        return countryOfAlias.get(AliasTable.key(name));
    }
}
