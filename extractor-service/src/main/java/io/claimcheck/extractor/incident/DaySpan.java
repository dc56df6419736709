package io.claimcheck.extractor.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A day, or the days from {@code first} to {@code last}, both included. */
record DaySpan(LocalDate first, LocalDate last) {

    static DaySpan of(LocalDate day) {
        return new DaySpan(day, day);
    }

    long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** ISO 8601: the date, or the interval of dates. */
    String iso() {
        return first.equals(last) ? first.toString() : first + "/" + last;
    }
}
