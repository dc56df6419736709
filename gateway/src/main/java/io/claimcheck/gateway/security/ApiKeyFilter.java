package io.claimcheck.gateway.security;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.claimcheck.gateway.problems.Problem;
import io.claimcheck.gateway.problems.ProblemType;

/** Every {@code /api} call needs a known {@code X-API-Key} and stays within that key's rate limit. */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";

    private final SecurityConfig config;
    private final ApiKeys keys;
    private final RateLimits limits;

    ApiKeyFilter(SecurityConfig config, ApiKeys keys, RateLimits limits) {
        this.config = config;
        this.keys = keys;
        this.limits = limits;
    }

    @ServerRequestFilter
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (config.open() || !request.getUriInfo().getPath().startsWith("/api/")
                || "OPTIONS".equals(request.getMethod())) {
            return Optional.empty();
        }
        Optional<String> client = keys.clientOf(request.getHeaderString(HEADER));
        if (client.isEmpty()) {
            return Optional.of(Response.fromResponse(Problem.of(ProblemType.UNAUTHORIZED, 401,
                            "Send a valid API key in the " + HEADER + " header.").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"")
                    .build());
        }
        RateLimits.Decision decision = limits.take(client.get());
        if (!decision.allowed()) {
            return Optional.of(Response.fromResponse(Problem.of(ProblemType.RATE_LIMITED, 429,
                            "This API key has used its requests for now; try again in "
                                    + decision.retryAfterSeconds() + " s.").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                    .build());
        }
        return Optional.empty();
    }
}
