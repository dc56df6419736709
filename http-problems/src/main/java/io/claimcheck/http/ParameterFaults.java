package io.claimcheck.http;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;

/**
 * A query or path parameter that could not be converted ({@code limit=abc}): JAX-RS answers it 404, as if no resource
 * matched; it is the caller's malformed request, a 400.
 */
public final class ParameterFaults {

    private ParameterFaults() {
    }

    /** A 404 raised with a cause is a conversion's: one raised by our own code for a missing thing has none. */
    public static boolean isUnreadableParameter(WebApplicationException e) {
        return e instanceof NotFoundException && e.getCause() != null
                && !(e.getCause() instanceof WebApplicationException);
    }

    public static String describe(WebApplicationException e) {
        return "A parameter could not be read: " + e.getCause().getMessage();
    }
}
