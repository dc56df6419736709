package io.claimcheck.gateway.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an {@code X-Request-Id}: the caller's, when it sends a sensible one, or a new one. The id goes
 * into the log lines (MDC {@code requestId}), back in the answer, and on to the extractor and the reconciler (the
 * REST clients propagate the header, see application.properties). A router filter, so that it also covers what
 * never reaches a REST resource: health, metrics, refused requests.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** A caller's id is kept when it is short and plain; anything else is replaced, so logs stay clean. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String id = context.request().getHeader(HEADER);
        if (id == null || !ACCEPTED.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            context.request().headers().set(HEADER, id);
        }
        MDC.put("requestId", id);
        context.response().putHeader(HEADER, id);
        context.next();
    }
}
