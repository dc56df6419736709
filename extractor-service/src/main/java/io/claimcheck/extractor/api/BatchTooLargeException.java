package io.claimcheck.extractor.api;

import io.claimcheck.http.ProblemException;

/** A batch with more texts than the configured limit. */
class BatchTooLargeException extends ProblemException {

    BatchTooLargeException(int size, int limit) {
        super("batch-too-large", "Too many texts", 413, "The batch has " + size + " texts; the limit is " + limit + ".");
    }
}
