package io.claimcheck.http;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Turns every failure into a problem answer: a 4xx that says what to fix, or a 500 without internals. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return e.toProblem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> fieldOf(v.getPropertyPath().toString()) + " " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return Problem.of("invalid-request", "Invalid request", 400, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return Problem.of("malformed-json", "Malformed JSON", 400, JsonFaults.describe(e)).toResponse();
    }

    /** A body of the wrong shape ({@code []}, {@code "hi"}, text as an array): Quarkus's own mapper answers it empty. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            // the JSON reader reports a body it cannot parse as a plain 400; say what it was
            return unreadable(unreadableBody);
        }
        if (ParameterFaults.isUnreadableParameter(e)) {
            return Problem.of("invalid-request", "Invalid request", 400, ParameterFaults.describe(e)).toResponse();
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e);
        }
        String kind = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        return new Problem(URI.create("urn:claimcheck:problem:" + kind), status.getReasonPhrase(),
                status.getStatusCode(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (HangUps.isHangUp(e)) {
            LOG.debugf("The client hung up: %s", e);
        } else {
            LOG.error("Unexpected failure", e);
        }
        return Problem.of("internal-error", "Internal error", 500,
                "The service failed on this request; it has been logged.").toResponse();
    }

    /** {@code extract.request.text} → {@code text}: the caller knows its field, not our method names. */
    private static String fieldOf(String path) {
        String[] nodes = path.split("\\.");
        return nodes.length <= 2 ? nodes[nodes.length - 1] : String.join(".", Arrays.copyOfRange(nodes, 2, nodes.length));
    }
}
