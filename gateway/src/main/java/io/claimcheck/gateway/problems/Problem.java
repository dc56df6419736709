package io.claimcheck.gateway.problems;

import java.net.URI;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}). Every 4xx and 5xx of the API is one.
 *
 * @param type   a stable URI per kind of error, see {@link ProblemType}
 * @param title  a short summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong with this request, without internal detail
 */
@Schema(name = "Problem", description = "An RFC 9457 problem document")
public record Problem(
        @Schema(examples = "urn:claimcheck:problem:invalid-request") URI type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "articles must not be empty") String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, int status, String detail) {
        return new Problem(type.uri(), type.title(), status, detail);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
