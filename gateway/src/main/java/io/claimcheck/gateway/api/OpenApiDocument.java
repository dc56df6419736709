package io.claimcheck.gateway.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.claimcheck.gateway.problems.Problem;
import io.claimcheck.gateway.security.ApiKeyFilter;

/**
 * What every {@code /api} operation shares, written into the OpenAPI document once: the API-key security scheme and
 * the problem answers any call may get. Registered as {@code mp.openapi.filter}.
 */
public class OpenApiDocument implements OASFilter {

    static final String SECURITY_SCHEME = "ApiKey";

    /** Answers any operation may give, beside its own. */
    private static final Map<String, String> COMMON_PROBLEMS = Map.of(
            "400", "Malformed or invalid request",
            "401", "API key missing or unknown",
            "429", "Rate limit reached; see Retry-After",
            "500", "Internal error",
            "503", "A service behind the gateway is unavailable; see Retry-After");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(ApiKeyFilter.HEADER)
                .description("An API key issued to the newsroom; the gateway keeps only its SHA-256 hash."));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(this::documentCommonAnswers);
            }
        });
    }

    private void documentCommonAnswers(Operation operation) {
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME));
        APIResponses responses = operation.getResponses();
        COMMON_PROBLEMS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(problem -> {
            // an answer of the operation's own stays, unless it is the bare one generated for validation
            APIResponse own = responses.getAPIResponse(problem.getKey());
            if (own == null || own.getContent() == null) {
                responses.addAPIResponse(problem.getKey(), OASFactory.createAPIResponse()
                        .description(problem.getValue())
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/Problem")))));
            }
        });
    }
}
