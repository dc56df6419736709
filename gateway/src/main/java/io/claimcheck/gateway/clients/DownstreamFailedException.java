package io.claimcheck.gateway.clients;

/**
 * A downstream service answered 500 (or another 5xx that is no outage): it is up and failed on this one request's
 * content, so the call is neither retried nor counted toward its breaker (one client's odd article must not open it
 * for all); the caller gets a 502.
 */
public class DownstreamFailedException extends RuntimeException {

    public DownstreamFailedException(int status) {
        super("Downstream answered " + status);
    }
}
