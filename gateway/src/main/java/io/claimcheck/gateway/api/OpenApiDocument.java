package io.claimcheck.gateway.api;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.claimcheck.gateway.problems.Problem;
import io.claimcheck.gateway.security.ApiKeyFilter;

/**
 * What the whole API shares, written into the OpenAPI document once, so that a generated client gets it right: the
 * API-key security scheme, the problem answers any call may get, the headers every answer carries, and which fields
 * of an answer are always there. Registered as {@code mp.openapi.filter}.
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

    /**
     * Schemas of answers: the gateway writes every field of these, null or not, so every field is required (and
     * those that may be null say so).
     */
    private static final Set<String> ANSWERS = Set.of("AnalysisResponse", "ArticleIngestion", "Claim",
            "ClaimantFigures", "Claimants", "Consensus", "Discrepancy", "DiscrepancyFeed", "DiscrepancyFeedItem",
            "DiscrepancyVerdicts", "IngestionFailures", "PartyRef", "Problem", "QueuedArticle", "QueuedArticles",
            "Side", "Span", "StoryArticle", "StoryArticleResponse", "StoryArticles", "StoryClaims",
            "StoryDiscrepancies", "StorySummary", "Verdict");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(ApiKeyFilter.HEADER)
                .description("An API key issued to the newsroom; the gateway keeps only its SHA-256 hash."));
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (ANSWERS.contains(name) && schema.getProperties() != null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet().stream().sorted().toList()));
            }
        });
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
        responses.getAPIResponses().forEach((status, response) -> {
            response.addHeader("X-Request-Id", header("The request's id: the caller's X-Request-Id, or a new one"));
            switch (status) {
                case "401" -> response.addHeader("WWW-Authenticate", header("How to authenticate: the X-API-Key header"));
                case "429", "503" -> response.addHeader("Retry-After", header("Seconds to wait before trying again")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
                case "201" -> {
                    // an operation that says where its answer stands keeps its own description
                    if (response.getHeaders() == null || !response.getHeaders().containsKey("Location")) {
                        response.addHeader("Location", header("Where the story now stands"));
                    }
                }
                default -> {
                }
            }
        });
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
