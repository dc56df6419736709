package io.claimcheck.gateway.clients;

import java.net.URI;

/**
 * A downstream service turned the request down with a 4xx: the caller's input is at fault, so the call is neither
 * retried nor counted against the service's health, and the caller gets the service's own reason.
 */
public class DownstreamRejectedException extends RuntimeException {

    private final int status;
    private final URI type;
    private final String title;

    public DownstreamRejectedException(int status, URI type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /** The service's problem title, or the status's reason phrase when it sent none. */
    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The service's problem type, or null when it sent none. */
    public URI type() {
        return type;
    }
}
