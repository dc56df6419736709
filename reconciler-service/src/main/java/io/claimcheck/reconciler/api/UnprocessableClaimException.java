package io.claimcheck.reconciler.api;

import io.claimcheck.http.ProblemException;

/** A claim of the right shape that still allows no amount or points outside its text: answered 422, naming it. */
class UnprocessableClaimException extends ProblemException {

    UnprocessableClaimException(String field, String detail) {
        super("unprocessable-claim", "Unprocessable claim", 422, field + " " + detail);
    }
}
