package io.claimcheck.gateway.clients;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a downstream error answer: a 4xx becomes {@link DownstreamRejectedException} with the service's own detail. */
public class DownstreamErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            return new DownstreamRejectedException(status, detailOf(response));
        }
        return new WebApplicationException("Downstream answered " + status, Response.Status.BAD_GATEWAY);
    }

    private static String detailOf(Response response) {
        try {
            JsonNode problem = response.readEntity(JsonNode.class);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (RuntimeException unreadable) {
            // not a problem document: fall through to the status line
        }
        return response.getStatusInfo().getReasonPhrase();
    }
}
