package io.claimcheck.extractor.parties;

import io.claimcheck.extractor.text.Token;
import io.claimcheck.extractor.text.Tokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties of one request: its own table first, then the gazetteer. A gazetteer country that the
 * request's table also names resolves to the request's key, so that "Americans" counts for a story's
 * {@code "USA": ["United States", ...]}. Built per request; cheap, because only the request's table is
 * indexed anew.
 */
public final class PartyIndex {

    private final Gazetteer gazetteer;
    private final AliasTable<String> requestAliases;
    private final Map<String, String> requestKeyOfCountry;
    private final Map<String, String> requestKeyOfName;
    private final boolean betweenStates;
    private final boolean insideOneCountry;
    private final List<String> sides;
    private final String government;

    public PartyIndex(Gazetteer gazetteer, PartyTable table) {
        this.gazetteer = gazetteer;
        Map<String, String> names = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        table.aliases().forEach((party, aliases) -> {
            names.put(party, party);
            for (String alias : aliases == null ? List.<String>of() : aliases) {
                if (alias != null && !alias.isBlank()) {
                    names.put(alias, party);
                }
            }
        });
        names.forEach((name, party) -> {
            String country = gazetteer.countryOf(name);
            if (country != null) {
                countries.putIfAbsent(country, party);
            }
        });
        Map<String, String> keyed = new HashMap<>();
        names.forEach((name, party) -> keyed.put(AliasTable.key(name), party));
        Map<String, String> withShortNames = new HashMap<>(names);
        names.forEach((name, party) -> {
            String shortName = personSurname(name);
            if (shortName != null && !keyed.containsKey(AliasTable.key(shortName))) {
                withShortNames.putIfAbsent(shortName, party);
            }
        });
        this.requestAliases = AliasTable.of(withShortNames, AliasTable.CaseRule.AS_WRITTEN);
        this.requestKeyOfCountry = countries;
        this.requestKeyOfName = keyed;
        List<String> governments = table.aliases().entrySet().stream()
                .filter(side -> side.getValue() != null && side.getValue().stream()
                        .anyMatch(alias -> alias != null && gazetteer.namesGovernment(alias)))
                .map(Map.Entry::getKey).toList();
        this.government = governments.size() == 1 ? governments.get(0) : null;
        this.betweenStates = table.aliases().size() >= 2
                && table.aliases().keySet().stream().allMatch(this::isState);
        this.insideOneCountry = table.aliases().keySet().stream().anyMatch(side -> !isState(side));
        this.sides = List.copyOf(table.aliases().keySet());
    }

    /** The sides of the request's table, in its order. */
    public List<String> sides() {
        return sides;
    }

    /**
     * Whether the story is a war inside one country: the request's table has a side that is no country (an armed
     * group, a movement, a monitor). There a country named as a place names no side. Without a table, neither.
     */
    public boolean insideOneCountry() {
        return insideOneCountry;
    }

    /**
     * Whether the story is a war between states: every side of the request's table is a country. A table
     * with an armed group, a movement or a monitor among its sides reads as a war inside one country, where
     * a place or a state's count of civilians names no side (docs/claim-model.md §2).
     */
    public boolean betweenStates() {
        return betweenStates;
    }

    /**
     * The one side of the request's table that is a government (an alias says "government" or "regime"), or null
     * when none or several are: the side an office with no other name speaks for ("the district governor").
     */
    public String government() {
        return government;
    }

    /**
     * The request's party for the town or country named from token {@code i} ("Olmo", "Peru"), when the story is
     * a war between states and the place's country is one of its sides; else null. A demonym is no place.
     */
    public PartyHit placeAt(List<Token> tokens, String[] keys, int i) {
        if (!betweenStates || !tokens.get(i).isCapitalized()) {
            return null;
        }
        AliasTable.Hit<String> country = gazetteer.aliases().startingAt(tokens, i, keys);
        if (country != null && country.first() == country.last()
                && AliasTable.key(tokens.get(i)).replaceFirst("'s$", "").equals(AliasTable.key(country.value()))) {
            return new PartyHit(i, country.last(), requestKeyOfCountry.getOrDefault(country.value(), country.value()));
        }
        AliasTable.Hit<String> town = gazetteer.towns().startingAt(tokens, i, keys);
        String party = town == null ? null : requestKeyOfCountry.get(town.value());
        return party == null ? null : new PartyHit(i, town.last(), party);
    }

    /** Whether a party of this request is a state: a country of the gazetteer. */
    public boolean isState(String party) {
        return gazetteer.countryOf(party) != null;
    }

    /**
     * For each token, the party named by the words starting there (longest match), or null; the words
     * a match covers after its first token are null. {@code keys} are the tokens' matching forms ({@link #keysOf}).
     */
    public PartyHit[] find(List<Token> tokens, String[] keys) {
        PartyHit[] hits = new PartyHit[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            PartyHit hit = tokens.get(i).isWord() ? hitAt(tokens, i, keys) : null;
            if (hit != null) {
                hits[i] = hit;
                i = hit.last() + 1;
            } else {
                i++;
            }
        }
        return hits;
    }

    /** The matching form of every token, for {@link #find} and {@link #placeAt}: made once per text. */
    public static String[] keysOf(List<Token> tokens) {
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = AliasTable.key(tokens.get(i));
        }
        return keys;
    }

    /** The party a plain name resolves to in this request ("opposition" → "Opposition"), or null. */
    /**
     * The side that holds a place, from the word before "-held" or "-controlled": a name of the table ("rebel",
     * "Kareshi") or a word for a government ("government", "regime"). Null when the word names no side.
     */
    public String holder(String word) {
        String party = resolveName(word);
        return party != null ? party : gazetteer.namesGovernment(word) ? government : null;
    }

    public String resolveName(String name) {
        String party = requestKeyOfName.get(AliasTable.key(name));
        if (party != null) {
            return party;
        }
        String country = gazetteer.countryOf(name);
        return country == null ? null : requestKeyOfCountry.getOrDefault(country, country);
    }

    private PartyHit hitAt(List<Token> tokens, int i, String[] keys) {
        AliasTable.Hit<String> own = requestAliases.startingAt(tokens, i, keys);
        AliasTable.Hit<String> world = gazetteer.aliases().startingAt(tokens, i, keys);
        if (own != null && (world == null || own.last() >= world.last())) {
            return new PartyHit(i, own.last(), own.value());
        }
        if (world != null && (world.last() + 1 >= tokens.size()
                || gazetteer.namesCountryBefore(tokens.get(world.last() + 1)) || isCountryName(tokens, i, world))) {
            return new PartyHit(i, world.last(), requestKeyOfCountry.getOrDefault(world.value(), world.value()));
        }
        String hyphenated = tokens.get(i).text();
        return hyphenated.indexOf('-') > 0 ? partyInParts(hyphenated, i) : null;
    }

    /** "Syria" itself, as opposed to the adjective "Syrian": a country's name stays its own before any word. */
    private boolean isCountryName(List<Token> tokens, int i, AliasTable.Hit<String> hit) {
        return hit.first() == hit.last() && gazetteer.countryOf(tokens.get(i).text()) != null
                && tokens.get(i).text().equalsIgnoreCase(hit.value());
    }

    /**
     * "Al-Nusra", "Daesh-linked", "rebel-held", "Russian-made": a part of the word names a party. Not after
     * "anti-" or "non-" (an "anti-regime" fighter is no regime's), and a country or city only placing an
     * organisation ("Britain-based") is no party of it.
     */
    private PartyHit partyInParts(String word, int i) {
        String[] parts = Tokenizer.normalizeDashes(word).split("-");
        boolean placedOnly = parts.length > 1 && parts[parts.length - 1].equalsIgnoreCase("based");
        for (int p = 0; p < parts.length; p++) {
            if (p > 0 && (parts[p - 1].equalsIgnoreCase("anti") || parts[p - 1].equalsIgnoreCase("non"))) {
                continue;
            }
            String own = requestAliases.part(parts[p]);
            if (own != null) {
                return new PartyHit(i, i, own);
            }
            String country = placedOnly ? null : gazetteer.aliases().part(parts[p]);
            if (country != null) {
                return new PartyHit(i, i, requestKeyOfCountry.getOrDefault(country, country));
            }
        }
        return null;
    }

    /** "Rami Abdel Rahman" is also "Abdel Rahman": the last two words of a name of three capitalised words or more. */
    private static String personSurname(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 3) {
            return null;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return null;
            }
        }
        return words[words.length - 2] + " " + words[words.length - 1];
    }
}
