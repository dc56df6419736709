package io.claimcheck.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.gateway.problems.Problem;
import io.claimcheck.gateway.problems.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns down a request whose declared body is over {@code quarkus.http.limits.max-body-size} with a problem document,
 * before reading it; the HTTP server's own limit (which also covers bodies of unknown length) answers with an empty 413.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBodyBytes;
    private final ObjectMapper json;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !declared.matches("\\d{1,18}") || Long.parseLong(declared) <= maxBodyBytes) {
            context.next();
            return;
        }
        Problem problem = Problem.of(ProblemType.REQUEST_TOO_LARGE, 413,
                "The body has " + declared + " bytes; the limit is " + maxBodyBytes + ".");
        try {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
