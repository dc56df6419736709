package io.claimcheck.extractor.api;

import io.claimcheck.http.ProblemException;

/** A text over the configured length limit. */
class TextTooLongException extends ProblemException {

    TextTooLongException(String id, int length, int limit) {
        super("text-too-long", "Text too long", 413, "Text " + (id == null ? "" : "'" + id + "' ") + "has " + length
                + " characters; the limit is " + limit + ".");
    }
}
