package io.claimcheck.extractor.api;

/** A batch with more texts than the configured limit. */
class BatchTooLargeException extends RuntimeException {

    BatchTooLargeException(int size, int limit) {
        super("The batch has " + size + " texts; the limit is " + limit + ".");
    }
}
