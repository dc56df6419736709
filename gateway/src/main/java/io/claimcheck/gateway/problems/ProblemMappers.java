package io.claimcheck.gateway.problems;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.claimcheck.gateway.broker.BrokerUnavailableException;
import io.claimcheck.gateway.clients.DownstreamFailedException;
import io.claimcheck.gateway.clients.DownstreamRejectedException;
import io.claimcheck.gateway.clients.DownstreamUnavailableException;
import io.claimcheck.gateway.config.GatewayConfig;
import io.claimcheck.http.HangUps;
import io.claimcheck.http.JsonFaults;
import io.claimcheck.http.ParameterFaults;

/** Every failure becomes a problem answer: a 4xx that says what to fix, or a 5xx without internals. */
class ProblemMappers {

    /** Ahead of the shared module's mappers (io.claimcheck.http), which answer the internal services' problems. */
    private static final int FIRST = Priorities.USER - 100;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final GatewayConfig config;

    ProblemMappers(GatewayConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper(priority = FIRST)
    Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> fieldOf(v.getPropertyPath().toString()) + " " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return Problem.of(ProblemType.INVALID_REQUEST, 400, detail).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    Response invalid(InvalidRequestException e) {
        return Problem.of(e.type(), e.status(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    Response unreadable(JsonProcessingException e) {
        return Problem.of(ProblemType.MALFORMED_JSON, 400, JsonFaults.describe(e)).toResponse();
    }

    /** A body of the wrong shape ({@code []}, {@code "hi"}, text as an array): Quarkus's own mapper answers it empty. */
    @ServerExceptionMapper(priority = FIRST - 1)
    Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    /**
     * The services behind the gateway speak the same kind of problem documents, so theirs is passed on as it is: its
     * status (a 422 stays a 422), type, title and detail; one without a type is named by its status.
     */
    @ServerExceptionMapper(priority = FIRST)
    Response rejectedDownstream(DownstreamRejectedException e) {
        if (e.type() != null) {
            return new Problem(e.type(), e.title(), e.status(), e.getMessage()).toResponse();
        }
        ProblemType type = e.status() == 404 ? ProblemType.NOT_FOUND : ProblemType.REQUEST_REJECTED;
        return Problem.of(type, e.status(), e.getMessage()).toResponse();
    }

    /** A service behind the gateway failed on this request alone: a 502, the breaker untouched. */
    @ServerExceptionMapper(priority = FIRST)
    Response failedDownstream(DownstreamFailedException e) {
        LOG.warnf("A downstream service failed on a request: %s", e.getMessage());
        return Problem.of(ProblemType.BAD_GATEWAY, 502, "A service behind the gateway failed on this request.")
                .toResponse();
    }

    @ServerExceptionMapper(priority = FIRST, value = { CircuitBreakerOpenException.class, TimeoutException.class,
            ProcessingException.class, DownstreamUnavailableException.class, BrokerUnavailableException.class })
    Response unavailable(Exception e) {
        LOG.warnf("A downstream service is unavailable: %s", e.toString());
        return Response.fromResponse(Problem.of(ProblemType.SERVICE_UNAVAILABLE, 503,
                        "A service behind the gateway is unavailable; try again shortly.").toResponse())
                .header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper(priority = FIRST)
    Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            // the JSON reader reports a body it cannot parse as a plain 400; say what it was
            return unreadable(unreadableBody);
        }
        if (ParameterFaults.isUnreadableParameter(e)) {
            return Problem.of(ProblemType.INVALID_REQUEST, 400, ParameterFaults.describe(e)).toResponse();
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.TEXT_TOO_LONG;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.INVALID_REQUEST;
        };
        return Problem.of(type, status, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    Response unexpected(Throwable e) {
        if (HangUps.isHangUp(e)) {
            LOG.debugf("The client hung up: %s", e);
        } else {
            LOG.error("Unexpected failure", e);
        }
        return Problem.of(ProblemType.INTERNAL_ERROR, 500, "The gateway failed on this request; it has been logged.")
                .toResponse();
    }

    /** {@code analyse.request.articles[0].text} → {@code articles[0].text}: the caller's field, not our methods. */
    private static String fieldOf(String path) {
        String[] nodes = path.split("\\.");
        return nodes.length <= 2 ? nodes[nodes.length - 1] : String.join(".", Arrays.copyOfRange(nodes, 2, nodes.length));
    }
}
