package io.claimcheck.extractor.api;

/** A text over the configured length limit. */
class TextTooLongException extends RuntimeException {

    TextTooLongException(String id, int length, int limit) {
        super("Text " + (id == null ? "" : "'" + id + "' ") + "has " + length
                + " characters; the limit is " + limit + ".");
    }
}
