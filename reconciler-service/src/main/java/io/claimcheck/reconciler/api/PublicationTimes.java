package io.claimcheck.reconciler.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Reads a time as newsrooms send it: a date, a local date-time (taken as UTC), or a full timestamp. */
final class PublicationTimes {

    private PublicationTimes() {
    }

    /** The time, to the microsecond: as the database keeps it, so a story read back orders its articles alike. */
    static Instant parse(String field, String value) {
        Instant time = parseWhole(field, value);
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant parseWhole(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + " '" + value
                    + "' is not an ISO-8601 date (2020-10-01) or date-time (2020-10-01T08:30:00Z)");
        }
    }
}
