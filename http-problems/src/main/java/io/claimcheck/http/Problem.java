package io.claimcheck.http;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}).
 *
 * @param type   a stable URI per kind of error, {@code urn:claimcheck:problem:<kind>}
 * @param title  a short summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong with this request, without internal detail
 */
public record Problem(URI type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(URI.create("urn:claimcheck:problem:" + kind), title, status, detail);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
