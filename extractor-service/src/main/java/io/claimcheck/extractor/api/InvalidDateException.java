package io.claimcheck.extractor.api;

import io.claimcheck.http.ProblemException;

/** A publication date that is no ISO-8601 date or date-time. */
class InvalidDateException extends ProblemException {

    InvalidDateException(String id, String value) {
        super("invalid-date", "Invalid publication date", 400, "Text " + (id == null ? "" : "'" + id + "' ")
                + "has publishedAt '" + value + "', which is not an ISO-8601 date (2020-10-01) or date-time "
                + "(2020-10-01T08:30:00Z).");
    }
}
