package io.claimcheck.reconciler.api;

import io.claimcheck.http.ProblemException;

/** Input that passed bean validation but still cannot be used; answered with a 400 problem. */
class InvalidInputException extends ProblemException {

    InvalidInputException(String detail) {
        super("invalid-request", "Invalid request", 400, detail);
    }
}
