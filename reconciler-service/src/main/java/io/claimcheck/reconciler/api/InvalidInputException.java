package io.claimcheck.reconciler.api;

/** Input that passed bean validation but still cannot be used; answered with a 400 problem. */
class InvalidInputException extends RuntimeException {

    InvalidInputException(String detail) {
        super(detail);
    }
}
