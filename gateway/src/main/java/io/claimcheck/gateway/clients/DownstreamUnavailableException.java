package io.claimcheck.gateway.clients;

/**
 * A downstream service said it cannot serve now (502, 503, 504): a fault of the service, not of the request, so the
 * call may be retried and counts toward the service's breaker; the caller gets a 503 with Retry-After.
 */
public class DownstreamUnavailableException extends RuntimeException {

    public DownstreamUnavailableException(int status) {
        super("Downstream answered " + status);
    }
}
