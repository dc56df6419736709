package io.claimcheck.extractor.api;

import java.net.URI;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns every failure into a problem answer: a 4xx with what to fix, or a 500 without internals. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response textTooLong(TextTooLongException e) {
        return Problem.of("text-too-long", "Text too long", 413, e.getMessage())
                .toResponse();
    }

    @ServerExceptionMapper
    Response batchTooLarge(BatchTooLargeException e) {
        return Problem.of("batch-too-large", "Too many texts", 413, e.getMessage())
                .toResponse();
    }

    @ServerExceptionMapper
    Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + " " + v.getMessage())
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
                "The extractor failed on this request; it has been logged.").toResponse();
    }

    /** {@code extract.request.text} → {@code text}: the caller knows its field, not our method names. */
    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
