package io.claimcheck.extractor.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the calendar and the clock (lexicon {@code calendar.tsv}) and the date shapes built
 * from them: {@code 19 Jul 2016}, {@code Tuesday July 19 2016 16:45}, {@code 18.05.2017}.
 */
public final class Calendar {

    private enum Kind { MONTH, WEEKDAY, TIME_UNIT, CLOCK, YEAR_INTRODUCER }

    private final Map<String, Kind> words;

    public Calendar(LexiconSource lexicon) {
        Map<String, Kind> map = new HashMap<>();
        for (List<String> row : lexicon.rows("calendar.tsv")) {
            map.put(row.get(0), Kind.valueOf(row.get(1).toUpperCase().replace('-', '_')));
        }
        this.words = Map.copyOf(map);
    }

    /** A capitalised month name or abbreviation. */
    public boolean isMonth(Token token) {
        return token.isCapitalized() && words.get(token.norm()) == Kind.MONTH;
    }

    /** A capitalised day of the week. */
    public boolean isWeekday(Token token) {
        return token.isCapitalized() && words.get(token.norm()) == Kind.WEEKDAY;
    }

    /** {@code day}, {@code years}, {@code week}: what a duration is counted in. */
    public boolean isTimeUnit(String norm) {
        return words.get(norm) == Kind.TIME_UNIT;
    }

    /** {@code in}, {@code since}, {@code the}: a word after which four digits are read as a year. */
    public boolean introducesYear(String norm) {
        return words.get(norm) == Kind.YEAR_INTRODUCER;
    }

    /** {@code am}, {@code GMT}: what follows a time of day. */
    public boolean isClockWord(String norm) {
        return words.get(norm) == Kind.CLOCK;
    }

    /** A whole number from 1000 to 2100 written without separators: read alone, a year. */
    public static boolean looksLikeYear(Token token) {
        String t = token.text();
        if (!token.isNumber() || t.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        int year = Integer.parseInt(t);
        return year >= 1000 && year <= 2100;
    }

    /** A day of the month: a whole number from 1 to 31, perhaps with an ordinal suffix. */
    public static boolean looksLikeDay(Token token) {
        String t = token.norm();
        if (!token.isNumber()) {
            return false;
        }
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return false;
        }
        String suffix = t.substring(digits);
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
                || suffix.equals("th"))) {
            return false;
        }
        int day = Integer.parseInt(t.substring(0, digits));
        return day >= 1 && day <= 31;
    }

    /** {@code 18.05.2017}, {@code 01-02-2015}, {@code 19/07/2016}, {@code 2016-07-19}: one token, three numbers. */
    public static boolean looksLikeNumericDate(Token token) {
        String t = token.norm();
        if (!token.isNumber() || t.length() < 6 || t.length() > 10) {
            return false;
        }
        char separator = 0;
        int groups = 1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                continue;
            }
            if ((c == '.' || c == '-' || c == '/') && (separator == 0 || separator == c)) {
                separator = c;
                groups++;
            } else {
                return false;
            }
        }
        return groups == 3;
    }

    /**
     * Where a full date starting at token {@code i} ends (exclusive), or -1: an optional weekday, a day
     * and a month in either order, a year, and an optional time of day; or a numeric date.
     */
    public int fullDateEnd(List<Token> tokens, int i) {
        int n = tokens.size();
        int p = i;
        if (p < n && isWeekday(tokens.get(p))) {
            p++;
            if (p < n && tokens.get(p).is(",")) {
                p++;
            }
        }
        if (p < n && looksLikeNumericDate(tokens.get(p))) {
            return withClock(tokens, p + 1);
        }
        if (p + 2 < n && looksLikeDay(tokens.get(p)) && isMonth(tokens.get(p + 1))) {
            p += 2;
        } else if (p + 2 < n && isMonth(tokens.get(p)) && looksLikeDay(tokens.get(p + 1))) {
            p += 2;
        } else {
            return -1;
        }
        if (p < n && tokens.get(p).is(",")) {
            p++;
        }
        if (p < n && looksLikeYear(tokens.get(p))) {
            return withClock(tokens, p + 1);
        }
        return -1;
    }

    private static int withClock(List<Token> tokens, int p) {
        if (p < tokens.size() && tokens.get(p).isNumber() && tokens.get(p).text().indexOf(':') > 0) {
            return p + 1;
        }
        return p;
    }
}
