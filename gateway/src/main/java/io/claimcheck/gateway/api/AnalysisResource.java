package io.claimcheck.gateway.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimcheck.gateway.clients.Comparison;
import io.claimcheck.gateway.clients.ReconcilerService;
import io.claimcheck.gateway.observability.ApiMetrics;
import io.claimcheck.gateway.problems.Problem;

/** Stateless analysis: articles in, claims and discrepancies out; nothing is stored. */
@Path("/api/v1/analyses")
@Tag(name = "Analyses", description = "Analyse articles without storing them")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    /**
     * The limits of gateway.max-articles, max-text-length, max-request-text, max-claims-per-text, max-parties,
     * max-aliases-per-party and max-party-name-length, as shipped.
     */
    static final String LIMITS = "Limits (defaults; an operator may set others): at most 50 articles a request, "
            + "200,000 characters an article and 1,000,000 in all (413 beyond), 1,000 claims an article (422 beyond); "
            + "a party table of at most 100 parties with 200 aliases each, names of at most 200 characters "
            + "(400 beyond).";

    private final ArticleReader reader;
    private final ReconcilerService reconciler;
    private final ApiMetrics metrics;

    AnalysisResource(ArticleReader reader, ReconcilerService reconciler, ApiMetrics metrics) {
        this.reader = reader;
        this.reconciler = reconciler;
        this.metrics = metrics;
    }

    @POST
    @Operation(operationId = "analyse", summary = "Find the claims in articles and where they disagree",
            description = "Reads every numeric claim in the articles (value, bound, what is counted, whose, who says "
                    + "so, where in the text) and compares the claims across all of them. Nothing is stored. " + LIMITS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnalysisRequest.class),
            examples = @ExampleObject(name = "seed", summary = "Two sources on the Karabakh dead",
                    value = ApiExamples.ANALYSIS_REQUEST)))
    @APIResponse(responseCode = "200", description = "The claims and the discrepancies among them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class),
                    examples = @ExampleObject(name = "seed", summary = "2,300 against 104: a HIGH discrepancy",
                            value = ApiExamples.ANALYSIS_ANSWER)))
    @APIResponse(responseCode = "413", description = "An article's text, or all of them together, over the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An article holds more claims than the limit, or a service "
            + "behind the gateway cannot use what was read from it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnalysisResponse analyse(@Valid @NotNull AnalysisRequest request) {
        List<Claim> claims = reader.claimsOf(request.articles(), request.parties());
        Comparison.Response compared = reconciler.compare(new Comparison.Request(
                request.articles().stream().map(a -> new Comparison.Article(a.id(), a.publisher(), a.publishedAt())).toList(),
                claims));
        metrics.found(claims.size(), compared.discrepancies().size());
        return new AnalysisResponse(claims, compared.discrepancies());
    }
}
