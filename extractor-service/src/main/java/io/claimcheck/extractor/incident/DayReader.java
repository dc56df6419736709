package io.claimcheck.extractor.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.claimcheck.extractor.text.Calendar;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Token;

/**
 * The day a figure's clause sets its incident on, relative to the article's date (lexicons {@code calendar.tsv} and
 * {@code incident-time.tsv}): "on Friday" (the last Friday up to the article's date), "Friday's strike",
 * "yesterday", "last week", "over the weekend", "on 12 May", "in March" (the whole month), "in 2015" (the whole year).
 */
final class DayReader {

    /** A day phrase of the window: its first token and the days it names. */
    record Found(int start, DaySpan days) {
    }

    private record Relative(String unit, int offset) {
    }

    /** How far before a day its statement's verb may stand: "seen by the Kareshi agency on Friday". */
    private static final int STATEMENT_REACH = 6;

    private final Calendar calendar;
    private final PhraseTable<Relative> relatives;
    private final PhraseTable<String> monthParts;
    private final Set<String> speech;

    DayReader(LexiconSource lexicon, Calendar calendar) {
        this.calendar = calendar;
        Map<String, Relative> relative = new HashMap<>();
        Map<String, String> parts = new HashMap<>();
        Set<String> speechVerbs = new HashSet<>();
        for (List<String> row : lexicon.rows("incident-time.tsv")) {
            switch (row.get(1)) {
                case "relative" -> relative.put(row.get(0), new Relative(row.get(2), Integer.parseInt(row.get(3))));
                case "month-part" -> parts.put(row.get(0), row.get(0));
                case "speech" -> speechVerbs.add(row.get(0));
                default -> {
                    // the other rows are read by IncidentReader
                }
            }
        }
        this.relatives = PhraseTable.of(relative);
        this.monthParts = PhraseTable.of(parts);
        this.speech = Set.copyOf(speechVerbs);
    }

    /** Every day phrase of the window that the article's date lets us place, in text order. */
    List<Found> find(List<Token> tokens, Window window, LocalDate published) {
        List<Found> found = new ArrayList<>();
        if (published == null) {
            return found;
        }
        int i = window.from();
        while (i < window.to()) {
            int[] end = {i + 1};
            DaySpan days = dayAt(tokens, i, window.to(), published, end);
            if (days != null && !datesAStatement(tokens, i, window.from())) {
                found.add(new Found(i, days));
                i = end[0];
            } else {
                i++;
            }
        }
        return found;
    }

    // "the ministry said Monday", "reported on Sunday that", "a report seen by Reuters on Thursday": the day of the
    // statement. Back from the day, past "on", "by", "late", "the" and names, the first other word is a verb of speech.
    private boolean datesAStatement(List<Token> tokens, int at, int from) {
        for (int i = at - 1; i >= from && i >= at - STATEMENT_REACH; i--) {
            Token token = tokens.get(i);
            if (speech.contains(token.norm())) {
                return true;
            }
            if (!(token.is("on") || token.is("by") || token.is("late") || token.is("early") || token.is("the")
                    || token.isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    private DaySpan dayAt(List<Token> tokens, int i, int to, LocalDate published, int[] end) {
        Token token = tokens.get(i);
        PhraseTable.Match<Relative> relative = relatives.startingAt(tokens, i);
        if (relative != null && relative.last() < to) {
            end[0] = relative.last() + 1;
            return relativeSpan(relative.value(), published);
        }
        if (calendar.isMonth(token)) {
            return monthAt(tokens, i, to, published, end);
        }
        if (Calendar.looksLikeDay(token) && i + 1 < to && calendar.isMonth(tokens.get(i + 1))) {
            LocalDate day = dated(month(tokens.get(i + 1)), dayOfMonth(token), yearAfter(tokens, i + 2, to, end),
                    published);
            end[0] = Math.max(end[0], i + 2);
            return day == null ? null : DaySpan.of(day);
        }
        DayOfWeek weekday = weekday(token);
        if (weekday != null) {
            LocalDate day = published.with(TemporalAdjusters.previousOrSame(weekday));
            return DaySpan.of(day);
        }
        if (Calendar.looksLikeYear(token) && i > 0 && tokens.get(i - 1).is("in")) {
            int year = Integer.parseInt(token.text());
            return new DaySpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return null;
    }

    // "May 12", "May 12, 2026", "in May", "in early May 2026"
    private DaySpan monthAt(List<Token> tokens, int i, int to, LocalDate published, int[] end) {
        Month month = month(tokens.get(i));
        if (i + 1 < to && Calendar.looksLikeDay(tokens.get(i + 1))) {
            end[0] = i + 2;
            LocalDate day = dated(month, dayOfMonth(tokens.get(i + 1)), yearAfter(tokens, i + 2, to, end), published);
            return day == null ? null : DaySpan.of(day);
        }
        boolean inMonth = i > 0 && (tokens.get(i - 1).is("in") || monthParts.endingAt(tokens, i - 1) != null);
        if (!inMonth) {
            return null;
        }
        Integer year = yearAfter(tokens, i + 1, to, end);
        YearMonth yearMonth = YearMonth.of(year != null ? year : published.getYear(), month);
        if (year == null && yearMonth.atDay(1).isAfter(published)) {
            yearMonth = yearMonth.minusYears(1);
        }
        return new DaySpan(yearMonth.atDay(1), yearMonth.atEndOfMonth());
    }

    private static Integer yearAfter(List<Token> tokens, int at, int to, int[] end) {
        int i = at < to && tokens.get(at).is(",") ? at + 1 : at;
        if (i < to && Calendar.looksLikeYear(tokens.get(i))) {
            end[0] = i + 1;
            return Integer.parseInt(tokens.get(i).text());
        }
        return null;
    }

    // A date without a year is the latest one not after the article (a day's grace for time zones).
    private static LocalDate dated(Month month, int dayOfMonth, Integer year, LocalDate published) {
        int chosen = year != null ? year : published.getYear();
        if (dayOfMonth > month.length(YearMonth.of(chosen, month).isLeapYear())) {
            return null;
        }
        LocalDate day = LocalDate.of(chosen, month, dayOfMonth);
        if (year == null && day.isAfter(published.plusDays(1))) {
            day = day.minusYears(1);
        }
        return day;
    }

    private static DaySpan relativeSpan(Relative relative, LocalDate published) {
        return switch (relative.unit()) {
            case "day" -> DaySpan.of(published.plusDays(relative.offset()));
            case "week" -> {
                LocalDate monday = published.plusWeeks(relative.offset()).with(DayOfWeek.MONDAY);
                yield new DaySpan(monday, relative.offset() == 0 ? published : monday.plusDays(6));
            }
            case "weekend" -> {
                boolean inAWeekend = published.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
                LocalDate saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                        .minusWeeks(inAWeekend && relative.offset() < 0 ? 1 : 0);
                LocalDate sunday = saturday.plusDays(1);
                yield new DaySpan(saturday, sunday.isAfter(published) ? published : sunday);
            }
            case "month" -> {
                YearMonth month = YearMonth.from(published).plusMonths(relative.offset());
                yield new DaySpan(month.atDay(1), relative.offset() == 0 ? published : month.atEndOfMonth());
            }
            case "year" -> {
                int year = published.getYear() + relative.offset();
                yield new DaySpan(LocalDate.of(year, 1, 1),
                        relative.offset() == 0 ? published : LocalDate.of(year, 12, 31));
            }
            default -> throw new IllegalStateException("incident-time.tsv: unknown unit " + relative.unit());
        };
    }

    private static int dayOfMonth(Token token) {
        String norm = token.norm();
        int digits = 0;
        while (digits < norm.length() && Character.isDigit(norm.charAt(digits))) {
            digits++;
        }
        return Integer.parseInt(norm.substring(0, digits));
    }

    private static Month month(Token token) {
        String prefix = token.norm().substring(0, 3);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalStateException("calendar.tsv names a month Java does not know: " + token.text());
    }

    // "Friday", "Friday's", and in text that lost its apostrophes "Fridays strike"
    private DayOfWeek weekday(Token token) {
        if (!token.isCapitalized()) {
            return null;
        }
        String norm = token.norm();
        String bare = norm.endsWith("'s") ? norm.substring(0, norm.length() - 2)
                : calendar.isWeekday(token) ? norm : norm.endsWith("s") ? norm.substring(0, norm.length() - 1) : norm;
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.equals(bare) || calendar.isWeekday(token) && name.startsWith(bare)) {
                return day;
            }
        }
        return null;
    }
}
