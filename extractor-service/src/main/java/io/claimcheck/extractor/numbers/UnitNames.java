package io.claimcheck.extractor.numbers;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of units of measure, from CLDR through ICU4J rather than a list of our own: every English long name
 * (singular and plural, US and British spelling: "kilometers", "kilometres"), matched in any case, and every short
 * and narrow symbol ("km", "kW", "GB", "°C"), matched in its own case ("Nm" is torque, "nm" a length), each mapped to
 * the unit's CLDR identifier ("kilometer", "newton-meter"). {@code lexicon/units.tsv} adds what CLDR lacks ("mAh",
 * "sq m"), refuses symbols that are English words more often than units ("in", "pm"), and refuses units that news does
 * not measure in or that other rules read (percent, points). A one-letter symbol ("m", "g", "t") is never a unit: it
 * is a scale ("5m") or a letter far more often.
 */
final class UnitNames {

    private static final List<ULocale> SPELLINGS = List.of(ULocale.US, ULocale.UK);
    private static final List<MeasureFormat.FormatWidth> SYMBOL_WIDTHS =
            List.of(MeasureFormat.FormatWidth.SHORT, MeasureFormat.FormatWidth.NARROW);
    /** CLDR unit types that are no measure here: money has its own names, "none" holds percent and permille. */
    private static final Set<String> OTHER_TYPES = Set.of("currency", "none");

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
        // the shorter identifier first: "month" names a month before "month-person" can
        List<MeasureUnit> units = new ArrayList<>(MeasureUnit.getAvailable());
        units.sort(Comparator.comparingInt((MeasureUnit u) -> u.getIdentifier().length())
                .thenComparing(MeasureUnit::getIdentifier));
        Set<String> time = new HashSet<>();
        for (MeasureUnit unit : units) {
            String id = unit.getIdentifier();
            if (OTHER_TYPES.contains(unit.getType()) || refusedUnits.contains(id)) {
                continue;
            }
            if (unit.getType().equals("duration")) {
                time.add(id);
            }
            for (ULocale spelling : SPELLINGS) {
                MeasureFormat wide = MeasureFormat.getInstance(spelling, MeasureFormat.FormatWidth.WIDE);
                for (int count : new int[] {1, 2}) {
                    String name = formWithout(wide.format(new Measure(count, unit)), count);
                    if (name.length() > 1) {
                        nameRows.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
                    }
                    for (MeasureFormat.FormatWidth width : SYMBOL_WIDTHS) {
                        String symbol = formWithout(MeasureFormat.getInstance(spelling, width)
                                .format(new Measure(count, unit)), count);
                        if (symbol.codePointCount(0, symbol.length()) > 1 && !symbol.contains(" ")
                                && !refusedForms.contains(symbol)) {
                            symbolRows.putIfAbsent(symbol, id);
                        }
                    }
                }
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

    /** "2 kilometers" without its "2", with the no-break spaces CLDR puts between made plain. */
    private static String formWithout(String formatted, int count) {
        return formatted.replace('\u00a0', ' ').replace('\u202f', ' ').replace(String.valueOf(count), "").strip();
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
