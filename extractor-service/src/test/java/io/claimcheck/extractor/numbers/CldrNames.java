package io.claimcheck.extractor.numbers;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code lexicon/cldr-units.tsv} and {@code lexicon/cldr-currencies.tsv} from CLDR's English data, read
 * through ICU4J: every unit's long names (singular and plural, US and British spelling), short and narrow symbols and
 * type; every currency in use with its code, symbols and names. The extractor reads the files at start
 * ({@link UnitNames}, {@link CurrencyNames}) rather than ICU4J itself, which would add a second to every start and
 * 15 MB to the jar; {@code CldrNamesTest} fails when the files differ from what this class writes. To regenerate after
 * an ICU4J upgrade, run its {@code main} with the test classpath from {@code extractor-service/}:
 *
 * <pre>
 *   ../mvnw -q test-compile
 *   java -cp target/test-classes:target/classes:$HOME/.m2/repository/com/ibm/icu/icu4j/79.1/icu4j-79.1.jar \
 *       io.claimcheck.extractor.numbers.CldrNames
 * </pre>
 */
final class CldrNames {

    static final Path UNITS = Path.of("src", "main", "resources", "lexicon", "cldr-units.tsv");
    static final Path CURRENCIES = Path.of("src", "main", "resources", "lexicon", "cldr-currencies.tsv");

    private static final List<ULocale> SPELLINGS = List.of(ULocale.US, ULocale.UK);
    private static final List<MeasureFormat.FormatWidth> SYMBOL_WIDTHS =
            List.of(MeasureFormat.FormatWidth.SHORT, MeasureFormat.FormatWidth.NARROW);
    /** CLDR unit types that are no measure: money has its own names, "none" holds percent and permille. */
    private static final Set<String> OTHER_TYPES = Set.of("currency", "none");
    /** Currencies legal tender on this day are read; a fixed day, so that the table changes only when regenerated. */
    private static final Date TENDER_ON = Date.from(java.time.Instant.parse("2026-12-01T00:00:00Z"));

    private static final String GENERATED = "# Generated from CLDR " + LocaleData.getCLDRVersion() + " through ICU4J "
            + VersionInfo.ICU_VERSION + " by CldrNames (src/test): do not edit by hand.";

    private CldrNames() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(UNITS, unitLines(), StandardCharsets.UTF_8);
        Files.write(CURRENCIES, currencyLines(), StandardCharsets.UTF_8);
    }

    /** id, type, kind (name or symbol), form; the shorter identifier first, so that "month" names a month. */
    static List<String> unitLines() {
        List<String> lines = new ArrayList<>(List.of(
                GENERATED,
                "# CLDR unit identifier, unit type, name (matched in any case) or symbol (in its own case), form."));
        List<MeasureUnit> units = new ArrayList<>(MeasureUnit.getAvailable());
        units.sort(Comparator.comparingInt((MeasureUnit u) -> u.getIdentifier().length())
                .thenComparing(MeasureUnit::getIdentifier));
        for (MeasureUnit unit : units) {
            if (OTHER_TYPES.contains(unit.getType())) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            Set<String> symbols = new LinkedHashSet<>();
            for (ULocale spelling : SPELLINGS) {
                MeasureFormat wide = MeasureFormat.getInstance(spelling, MeasureFormat.FormatWidth.WIDE);
                for (int count : new int[] {1, 2}) {
                    names.add(formWithout(wide.format(new Measure(count, unit)), count));
                    for (MeasureFormat.FormatWidth width : SYMBOL_WIDTHS) {
                        symbols.add(formWithout(MeasureFormat.getInstance(spelling, width)
                                .format(new Measure(count, unit)), count));
                    }
                }
            }
            String head = unit.getIdentifier() + "\t" + unit.getType() + "\t";
            names.stream().filter(name -> !name.isEmpty()).forEach(name -> lines.add(head + "name\t" + name));
            symbols.stream().filter(symbol -> !symbol.isEmpty() && !symbol.contains(" "))
                    .forEach(symbol -> lines.add(head + "symbol\t" + symbol));
        }
        return lines;
    }

    /** code, kind (code, sign or name), form: the currencies that were legal tender on {@link #TENDER_ON}. */
    static List<String> currencyLines() {
        List<String> lines = new ArrayList<>(List.of(
                GENERATED,
                "# ISO 4217 code, kind (code in capitals, sign before the digits, name after them), form."));
        List<Currency> currencies = new ArrayList<>(Currency.getAvailableCurrencies());
        currencies.sort(Comparator.comparing(Currency::getCurrencyCode));
        for (Currency currency : currencies) {
            String code = currency.getCurrencyCode();
            if (!Currency.isAvailable(code, TENDER_ON, TENDER_ON)) {
                continue;
            }
            lines.add(code + "\tcode\t" + code);
            Set<String> signs = new LinkedHashSet<>(List.of(currency.getSymbol(ULocale.ENGLISH),
                    currency.getName(ULocale.ENGLISH, Currency.NARROW_SYMBOL_NAME, null)));
            signs.stream()
                    .filter(sign -> sign.codePoints().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL))
                    .forEach(sign -> lines.add(code + "\tsign\t" + sign));
            Set<String> names = new LinkedHashSet<>();
            for (String count : List.of("one", "other")) {
                String name = currency.getName(ULocale.ENGLISH, Currency.PLURAL_LONG_NAME, count, null);
                if (name != null && !name.equals(code) && !name.contains("(")) {
                    names.add(name);
                }
            }
            names.forEach(name -> lines.add(code + "\tname\t" + name));
        }
        return lines;
    }

    /** "2 kilometers" without its "2", with the no-break spaces CLDR puts between made plain. */
    private static String formWithout(String formatted, int count) {
        return formatted.replace('\u00a0', ' ').replace('\u202f', ' ').replace(String.valueOf(count), "").strip();
    }
}
