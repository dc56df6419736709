package io.claimcheck.reconciler.api;

import java.net.URI;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.claimcheck.reconciler.store.StoryStore;

/** Turns every failure into a problem answer: a 4xx with what to fix, or a 500 without internals. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response invalid(InvalidInputException e) {
        return Problem.of("invalid-request", "Invalid request", 400, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    Response keyReused(StoryStore.IdempotencyKeyReusedException e) {
        return Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422,
                e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return Problem.of("invalid-request", "Invalid request", 400, detail).toResponse();
    }

    @ServerExceptionMapper
    Response unreadable(JsonProcessingException e) {
        return Problem.of("malformed-json", "Malformed JSON", 400,
                "The body is not the JSON this operation takes: " + e.getOriginalMessage()).toResponse();
    }

    @ServerExceptionMapper
    Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            // the JSON reader reports a body it cannot parse as a plain 400; say what it was
            return unreadable(unreadableBody);
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
    Response unexpected(Throwable e) {
        LOG.error("Unexpected failure", e);
        return Problem.of("internal-error", "Internal error", 500,
                "The reconciler failed on this request; it has been logged.").toResponse();
    }
}
