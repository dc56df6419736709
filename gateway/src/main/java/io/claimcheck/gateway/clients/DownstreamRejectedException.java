package io.claimcheck.gateway.clients;

/**
 * A downstream service turned the request down with a 4xx: the caller's input is at fault, so the call is neither
 * retried nor counted against the service's health, and the caller gets the reason.
 */
public class DownstreamRejectedException extends RuntimeException {

    private final int status;

    public DownstreamRejectedException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
