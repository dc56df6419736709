package io.claimcheck.gateway.clients;

import java.net.URI;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Reads a downstream error answer: a 4xx becomes {@link DownstreamRejectedException} with the service's problem. */
public class DownstreamErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500) {
            return new WebApplicationException("Downstream answered " + status, Response.Status.BAD_GATEWAY);
        }
        JsonNode problem = problemOf(response);
        URI type = problem.hasNonNull("type") ? URI.create(problem.get("type").asText()) : null;
        String detail = problem.hasNonNull("detail") ? problem.get("detail").asText()
                : response.getStatusInfo().getReasonPhrase();
        return new DownstreamRejectedException(status, type, detail);
    }

    private static JsonNode problemOf(Response response) {
        try {
            JsonNode body = response.readEntity(JsonNode.class);
            if (body != null && body.isObject()) {
                return body;
            }
        } catch (RuntimeException unreadable) {
            // not a problem document: the status line will do
        }
        return JsonNodeFactory.instance.objectNode();
    }
}
