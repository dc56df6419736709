package io.claimcheck.extractor.api;

import io.claimcheck.http.ProblemException;

/** A text with more claims than the caller takes: the answer stays bounded, whatever the text holds. */
class TooManyClaimsException extends ProblemException {

    TooManyClaimsException(String id, int claims, int limit) {
        super("too-many-claims", "Too many claims", 422, "Article " + (id == null ? "" : "'" + id + "' ") + "holds "
                + claims + " claims; the limit is " + limit + " an article.");
    }
}
