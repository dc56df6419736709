package io.claimcheck.extractor.numbers;

import java.util.Map;

/**
 * What one number token says, read character by character with no regular expression: an optional
 * currency sign, digits with or without thousands separators, decimals, and what is glued after them.
 *
 * @param value    the number, scale suffix applied ({@code 2.3bn} is 2300000000)
 * @param upper    the second number of a range written as one token ({@code 12-15}); null otherwise
 * @param currency the ISO code of a currency sign in front ({@code $5m}); null otherwise
 * @param shape    what the characters after the digits make of it
 * @param suffix   the letters after the digits, in their own case ({@code 5000mAh}), or after the hyphen of
 *                 {@code five-year}; "" when none
 */
public record Numeral(double value, Double upper, String currency, Shape shape, String suffix) {

    /** The longest token read as a number; anything longer is noise, not an amount. */
    static final int MAX_LENGTH = 40;

    public enum Shape {
        /** {@code 2,300}, {@code 1.5}, {@code 2.3bn}, {@code 12-15}. */
        PLAIN,
        /** {@code 40%}. */
        PERCENT,
        /** {@code 20+}: at least. */
        PLUS,
        /** {@code 1990s}. */
        DECADE,
        /** {@code 2nd}, {@code 19th}. */
        ORDINAL,
        /** {@code 16:45}. */
        CLOCK,
        /** {@code 0830}, {@code 01}: a code or a time, not an amount. */
        LEADING_ZERO,
        /** {@code 25-year-old}, {@code 24-hour}, {@code 5-star}: the number qualifies the word after it. */
        HYPHENATED,
        /** {@code 14km}, {@code -12°C}: letters glued to the digits that are no scale. */
        GLUED,
        /** {@code 2/3}: a fraction, its value the quotient. */
        FRACTION
    }

    /** A minus sign or hyphen before the digits ({@code -5}, {@code −5}) makes the number negative. */
    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212';
    }

    /** Reads a number token; null when it is no number at all ({@code 1,2,3}, {@code 18.05.2017Get}). */
    static Numeral read(String token, CurrencyNames currencies, Map<String, Double> scaleSuffixes) {
        if (token.length() > MAX_LENGTH || token.isEmpty()) {
            return null;
        }
        if (isMinus(token.charAt(0)) && token.length() > 1 && Character.isDigit(token.charAt(1))) {
            Numeral positive = read(token.substring(1), currencies, scaleSuffixes);
            return positive == null || positive.upper() != null || positive.currency() != null ? null
                    : new Numeral(-positive.value(), null, null, positive.shape(), positive.suffix());
        }
        if (token.charAt(0) == '.' && token.length() > 1 && Character.isDigit(token.charAt(1))) {
            return read("0" + token, currencies, scaleSuffixes); // ".77"
        }
        int p = 0;
        while (p < token.length() && !Character.isDigit(token.charAt(p))) {
            p++;
        }
        String currency = null;
        if (p > 0) {
            currency = p < token.length() ? currencies.ofPrefix(token.substring(0, p)) : null;
            if (currency == null) {
                return null;
            }
        }
        StringBuilder digits = new StringBuilder();
        int groupLength = 0;
        boolean grouped = false;
        while (p < token.length()) {
            char c = token.charAt(p);
            if (Character.isDigit(c)) {
                digits.append(Character.forDigit(Character.digit(c, 10), 10));
                groupLength++;
                p++;
            } else if (c == ',' && p + 1 < token.length() && Character.isDigit(token.charAt(p + 1))) {
                if ((grouped ? groupLength != 3 : groupLength > 3) || groupLength == 0) {
                    return null;
                }
                grouped = true;
                groupLength = 0;
                p++;
            } else {
                break;
            }
        }
        if (digits.isEmpty() || (grouped && groupLength != 3) || digits.length() > 15) {
            return null;
        }
        boolean leadingZero = digits.length() > 1 && digits.charAt(0) == '0';
        String decimals = "";
        if (p + 1 < token.length() && token.charAt(p) == '.' && Character.isDigit(token.charAt(p + 1))) {
            StringBuilder fraction = new StringBuilder();
            int q = p + 1;
            while (q < token.length() && Character.isDigit(token.charAt(q))) {
                fraction.append(Character.forDigit(Character.digit(token.charAt(q), 10), 10));
                q++;
            }
            decimals = fraction.toString();
            p = q;
            if (decimals.length() > 6) {
                return null;
            }
        }
        double value = Double.parseDouble(digits + (decimals.isEmpty() ? "" : "." + decimals));
        String rest = token.substring(p);
        if (leadingZero && decimals.isEmpty()) {
            return new Numeral(value, null, currency, Shape.LEADING_ZERO, rest);
        }
        return withSuffix(value, currency, rest, currencies, scaleSuffixes);
    }

    private static Numeral withSuffix(double value, String currency, String rest, CurrencyNames currencies,
                                      Map<String, Double> scaleSuffixes) {
        if (rest.isEmpty()) {
            return new Numeral(value, null, currency, Shape.PLAIN, "");
        }
        String lower = rest.toLowerCase();
        if (lower.equals("%")) {
            return new Numeral(value, null, currency, Shape.PERCENT, "");
        }
        if (lower.equals("+")) {
            return new Numeral(value, null, currency, Shape.PLUS, "");
        }
        if ((lower.equals("s") || lower.equals("'s") || lower.equals("’s")) && value % 10 == 0) {
            return new Numeral(value, null, currency, Shape.DECADE, "");
        }
        if (lower.equals("st") || lower.equals("nd") || lower.equals("rd") || lower.equals("th")) {
            return new Numeral(value, null, currency, Shape.ORDINAL, "");
        }
        if (lower.startsWith(":") && lower.length() > 1 && Character.isDigit(lower.charAt(1))) {
            return new Numeral(value, null, currency, Shape.CLOCK, "");
        }
        Double scale = scaleSuffixes.get(lower.endsWith("+") ? lower.substring(0, lower.length() - 1) : lower);
        if (scale != null) {
            return new Numeral(value * scale, null, currency, lower.endsWith("+") ? Shape.PLUS : Shape.PLAIN, "");
        }
        if (lower.startsWith("-") || lower.startsWith("–")) {
            String after = rest.substring(1);
            if (after.length() > 3 && after.regionMatches(true, 0, "to-", 0, 3) && Character.isDigit(after.charAt(3))) {
                after = after.substring(3); // "100-to-300": a range written as one word
            }
            if (!after.isEmpty() && Character.isDigit(after.charAt(0))) {
                Numeral second = read(after, currencies, scaleSuffixes);
                boolean percentRange = second != null && second.shape() == Shape.PERCENT; // "20-30%"
                if (second == null || second.shape() != Shape.PLAIN && !percentRange || second.upper() != null) {
                    return null;
                }
                // "2-3bn": the scale glued to the second number reaches the first too
                double secondScale = scaleSuffixes.getOrDefault(trailingLetters(after), 1.0);
                double lowerEnd = secondScale > 1 && value < secondScale ? value * secondScale : value;
                if (second.value() <= lowerEnd) {
                    // "beat them 2-1", "2019-2018": a score or a pair of labels, no range; read as no number at all
                    return null;
                }
                return new Numeral(lowerEnd, second.value(), currency, percentRange ? Shape.PERCENT : Shape.PLAIN, "");
            }
            return new Numeral(value, null, currency, Shape.HYPHENATED, after.toLowerCase());
        }
        if (lower.chars().allMatch(c -> Character.isLetter(c) || c == '°' || c == '²' || c == '³')) {
            return new Numeral(value, null, currency, Shape.GLUED, rest);
        }
        if (lower.startsWith("/") && lower.length() > 1 && lower.length() <= 4 && currency == null
                && lower.substring(1).chars().allMatch(Character::isDigit)) {
            double denominator = Double.parseDouble(lower.substring(1));
            return denominator > value && value > 0 ? new Numeral(value / denominator, null, null, Shape.FRACTION, "")
                    : null;
        }
        return null;
    }

    /** {@code 3bn} → {@code bn}: the letters that end a token, lower-cased; "" when it ends otherwise. */
    private static String trailingLetters(String token) {
        int start = token.length();
        while (start > 0 && Character.isLetter(token.charAt(start - 1))) {
            start--;
        }
        return token.substring(start).toLowerCase();
    }
}
