package io.claimcheck.gateway.problems;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of error the API answers with, each with a stable type URI that clients may switch on. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "Invalid request"),
    MALFORMED_JSON("malformed-json", "Malformed JSON"),
    TEXT_TOO_LONG("text-too-long", "Text too long"),
    REQUEST_TOO_LARGE("request-too-large", "Request too large"),
    UNAUTHORIZED("unauthorized", "API key missing or unknown"),
    RATE_LIMITED("rate-limited", "Too many requests"),
    NOT_FOUND("not-found", "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused"),
    TOO_MANY_CLAIMS("too-many-claims", "Too many claims"),
    REQUEST_REJECTED("request-rejected", "Request rejected"),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable"),
    BAD_GATEWAY("bad-gateway", "Bad gateway"),
    INTERNAL_ERROR("internal-error", "Internal error");

    private final URI uri;
    private final String title;

    ProblemType(String slug, String title) {
        this.uri = URI.create("urn:claimcheck:problem:" + slug);
        this.title = title;
    }

    /** The kind with this type URI, if it is one of ours. */
    public static Optional<ProblemType> of(URI uri) {
        return Arrays.stream(values()).filter(kind -> kind.uri.equals(uri)).findFirst();
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
