package io.claimcheck.gateway.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimcheck.gateway.clients.Comparison;
import io.claimcheck.gateway.clients.ExtractionBatch;
import io.claimcheck.gateway.clients.ExtractorService;
import io.claimcheck.gateway.clients.ReconcilerService;
import io.claimcheck.gateway.config.GatewayConfig;
import io.claimcheck.gateway.problems.InvalidRequestException;
import io.claimcheck.gateway.problems.Problem;
import io.claimcheck.gateway.problems.ProblemType;

/** Stateless analysis: articles in, claims and discrepancies out; nothing is stored. */
@Path("/api/v1/analyses")
@Tag(name = "Analyses", description = "Analyse articles without storing them")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    private final ExtractorService extractor;
    private final ReconcilerService reconciler;
    private final GatewayConfig config;

    AnalysisResource(ExtractorService extractor, ReconcilerService reconciler, GatewayConfig config) {
        this.extractor = extractor;
        this.reconciler = reconciler;
        this.config = config;
    }

    @POST
    @Operation(operationId = "analyse", summary = "Find the claims in articles and where they disagree",
            description = "Reads every numeric claim in the articles (value, bound, what is counted, whose, who says "
                    + "so, where in the text) and compares the claims across all of them. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The claims and the discrepancies among them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed or invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "A text or the request is too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A service behind the gateway is unavailable; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnalysisResponse analyse(@Valid @NotNull AnalysisRequest request) {
        check(request.articles());
        ExtractionBatch.Response extracted = extractor.extract(new ExtractionBatch.Request(
                request.articles().stream().map(a -> new ExtractionBatch.Text(a.id(), a.text())).toList(),
                request.parties()));
        List<Claim> claims = extracted.results().stream()
                .flatMap(result -> result.claims().stream().map(claim -> claim.inArticle(result.id())))
                .toList();
        Comparison.Response compared = reconciler.compare(new Comparison.Request(
                request.articles().stream().map(a -> new Comparison.Article(a.id(), a.publisher(), a.publishedAt())).toList(),
                claims));
        return new AnalysisResponse(claims, compared.discrepancies());
    }

    private void check(List<ArticleInput> articles) {
        if (articles.size() > config.maxArticles()) {
            throw new InvalidRequestException(ProblemType.INVALID_REQUEST, 400,
                    "An analysis takes at most " + config.maxArticles() + " articles; this one has " + articles.size() + ".");
        }
        Set<String> ids = new HashSet<>();
        for (ArticleInput article : articles) {
            if (!ids.add(article.id())) {
                throw new InvalidRequestException(ProblemType.INVALID_REQUEST, 400,
                        "Article id '" + article.id() + "' appears more than once.");
            }
            if (article.text().length() > config.maxTextLength()) {
                throw new InvalidRequestException(ProblemType.TEXT_TOO_LONG, 413, "Article '" + article.id() + "' has "
                        + article.text().length() + " characters; the limit is " + config.maxTextLength() + ".");
            }
        }
    }
}
