package io.claimcheck.extractor.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The calendar day an article was published, as newsrooms send it: a date, a local date-time or a full timestamp.
 * The day is the one the article's own clock shows: "yesterday" in it is the day before that.
 */
final class ArticleDate {

    private ArticleDate() {
    }

    /** The day, or null when none is given; a value that is no ISO-8601 date or date-time is refused. */
    static LocalDate parse(String id, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toLocalDate();
            }
            return LocalDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new InvalidDateException(id, value);
        }
    }
}
