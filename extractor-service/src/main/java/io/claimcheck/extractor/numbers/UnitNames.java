package io.claimcheck.extractor.numbers;

import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Token;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of units of measure, from CLDR rather than a list of our own ({@code lexicon/cldr-units.tsv}, written from
 * ICU4J by {@code CldrNames}): every English long name (singular and plural, US and British spelling: "kilometers",
 * "kilometres"), matched in any case, and every short and narrow symbol ("km", "kW", "GB", "°C"), matched in its own
 * case ("Nm" is torque, "nm" a length), each mapped to the unit's CLDR identifier ("kilometer", "newton-meter").
 * {@code lexicon/units.tsv} adds what CLDR lacks ("mAh", "sq m"), refuses symbols that are English words more often
 * than units ("in", "pm"), and refuses units that news does not measure in or that other rules read (percent,
 * points). A one-letter symbol ("m", "g", "t") is never a unit: it is a scale ("5m") or a letter far more often.
 */
final class UnitNames {

    private final PhraseTable<String> names;
    private final Map<String, String> oneWordNames;
    private final Map<String, String> symbols;
    /** Units of time ("hour", "week"): a duration is no claim unless a rate follows it ("40 hours a week"). */
    private final Set<String> durations;

    UnitNames(LexiconSource lexicon) {
        Map<String, String> nameRows = new HashMap<>();
        Map<String, String> symbolRows = new HashMap<>();
        Set<String> refusedForms = new HashSet<>();
        Set<String> refusedUnits = new HashSet<>();
        for (List<String> row : lexicon.rows("units.tsv")) {
            switch (row.get(0)) {
                case "add" -> nameRows.put(row.get(1).toLowerCase(Locale.ROOT), row.get(2));
                case "add-symbol" -> symbolRows.put(row.get(1), row.get(2));
                case "refuse-form" -> refusedForms.add(row.get(1));
                case "refuse-unit" -> refusedUnits.add(row.get(1));
                default -> throw new IllegalStateException("units.tsv: unknown kind of row " + row);
            }
        }
        Set<String> time = new HashSet<>();
        // the file lists the shorter identifier first: "month" names a month before "month-person" can
        for (List<String> row : lexicon.rows("cldr-units.tsv")) {
            String id = row.get(0);
            String form = row.get(3);
            if (refusedUnits.contains(id)) {
                continue;
            }
            if (row.get(1).equals("duration")) {
                time.add(id);
            }
            if (row.get(2).equals("name")) {
                if (form.length() > 1) {
                    nameRows.putIfAbsent(form.toLowerCase(Locale.ROOT), id);
                }
            } else if (form.codePointCount(0, form.length()) > 1 && !refusedForms.contains(form)) {
                symbolRows.putIfAbsent(form, id);
            }
        }
        this.names = PhraseTable.of(nameRows);
        Map<String, String> oneWord = new HashMap<>(nameRows);
        oneWord.keySet().removeIf(name -> name.contains(" "));
        this.oneWordNames = Map.copyOf(oneWord);
        this.symbols = Map.copyOf(symbolRows);
        this.durations = Set.copyOf(time);
    }

    /** Whether the unit measures time ("hour", "day"). */
    boolean isDuration(String id) {
        return durations.contains(id);
    }

    /** The unit named or written from token {@code i} on, or null: "square metres", "km", "Nm". */
    PhraseTable.Match<String> startingAt(List<Token> tokens, int i) {
        PhraseTable.Match<String> name = names.startingAt(tokens, i);
        if (name != null) {
            return name;
        }
        String symbol = i < tokens.size() ? symbols.get(tokens.get(i).text()) : null;
        return symbol == null ? null : new PhraseTable.Match<>(symbol, i, i);
    }

    /** The unit of letters glued to a number ("14km", "5000mAh", "-12°C"), or null. */
    String ofGlued(String suffix) {
        String symbol = symbols.get(suffix);
        return symbol != null ? symbol : oneWordNames.get(suffix.toLowerCase(Locale.ROOT));
    }
}
