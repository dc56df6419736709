package io.claimcheck.gateway.clients;

import java.net.URI;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a downstream error answer into what the fault tolerance of {@link ExtractorService} and
 * {@link ReconcilerService} tells apart: a 4xx is the request's fault ({@link DownstreamRejectedException}, with the
 * service's problem), 502/503/504 the service's ({@link DownstreamUnavailableException}), and any other 5xx one
 * request's failure on a live service ({@link DownstreamFailedException}).
 */
public class DownstreamErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 502 || status == 503 || status == 504) {
            return new DownstreamUnavailableException(status);
        }
        if (status < 400 || status >= 500) {
            return new DownstreamFailedException(status);
        }
        JsonNode problem = problemOf(response);
        URI type = problem.hasNonNull("type") ? URI.create(problem.get("type").asText()) : null;
        String title = problem.hasNonNull("title") ? problem.get("title").asText()
                : response.getStatusInfo().getReasonPhrase();
        String detail = problem.hasNonNull("detail") ? problem.get("detail").asText()
                : response.getStatusInfo().getReasonPhrase();
        return new DownstreamRejectedException(status, type, title, detail);
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
