package io.claimcheck.gateway.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimcheck.gateway.clients.ReconcilerService;

/** The asynchronously submitted articles that failed: what the dead-letter queue holds, and why. */
@Path("/api/v1/ingestion/failures")
@Tag(name = "Stories", description = "Follow a story across articles and outlets")
@Produces(MediaType.APPLICATION_JSON)
public class IngestionFailuresResource {

    private final ReconcilerService reconciler;

    IngestionFailuresResource(ReconcilerService reconciler) {
        this.reconciler = reconciler;
    }

    @GET
    @Operation(operationId = "listIngestionFailures", summary = "Articles submitted asynchronously that failed",
            description = "Every article a service refused (too many claims, a date that is no date, a claim the "
                    + "store cannot hold) or that failed on every delivery the broker allows, with the reason, the "
                    + "latest first. Their messages stay in the dead-letter queue, to be sent again once mended.")
    @APIResponse(responseCode = "200", description = "The failed articles, the latest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestionFailures.class)))
    public IngestionFailures failures(
            @Parameter(description = "How many at most", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return new IngestionFailures(reconciler.ingestionFailures(limit).failures().stream()
                .map(ArticleIngestion::of).toList());
    }
}
