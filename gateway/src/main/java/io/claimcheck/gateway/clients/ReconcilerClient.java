package io.claimcheck.gateway.clients;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.claimcheck.gateway.api.Claimants;
import io.claimcheck.gateway.api.DiscrepancyFeed;
import io.claimcheck.gateway.api.DiscrepancyVerdicts;
import io.claimcheck.gateway.api.StoryArticles;
import io.claimcheck.gateway.api.Verdict;
import io.claimcheck.gateway.api.VerdictRequest;

/** The reconciler's HTTP API. Used only through {@link ReconcilerService}, which owns the fault tolerance. */
@RegisterRestClient(configKey = "reconciler")
@RegisterProvider(DownstreamErrors.class)
@RegisterClientHeaders
interface ReconcilerClient {

    @POST
    @Path("/comparisons")
    Comparison.Response compare(Comparison.Request request);

    @POST
    @Path("/stories/{storyId}/articles")
    Stories.Added addArticle(@PathParam("storyId") String storyId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, Stories.AddArticle request);

    @GET
    @Path("/stories/{storyId}")
    Stories.Summary story(@PathParam("storyId") String storyId);

    @GET
    @Path("/stories/{storyId}/articles")
    StoryArticles articles(@PathParam("storyId") String storyId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);

    @GET
    @Path("/stories/{storyId}/claims")
    Stories.Claims claims(@PathParam("storyId") String storyId);

    @GET
    @Path("/stories/{storyId}/discrepancies")
    Stories.Discrepancies discrepancies(@PathParam("storyId") String storyId);

    @POST
    @Path("/stories/{storyId}/discrepancies/{discrepancyId}/verdicts")
    Verdict recordVerdict(@PathParam("storyId") String storyId, @PathParam("discrepancyId") String discrepancyId,
            VerdictRequest request);

    @GET
    @Path("/stories/{storyId}/discrepancies/{discrepancyId}/verdicts")
    DiscrepancyVerdicts verdicts(@PathParam("storyId") String storyId, @PathParam("discrepancyId") String discrepancyId);

    @GET
    @Path("/discrepancies")
    DiscrepancyFeed feed(@QueryParam("severity") String severity, @QueryParam("party") String party,
            @QueryParam("minConfidence") String minConfidence, @QueryParam("since") String since, @QueryParam("until") String until,
            @QueryParam("review") String review, @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    @GET
    @Path("/claimants")
    Claimants claimants();

    @PUT
    @Path("/stories/{storyId}/articles/{articleId}/ingestion")
    Stories.Ingestion queueIngestion(@PathParam("storyId") String storyId, @PathParam("articleId") String articleId);

    @DELETE
    @Path("/stories/{storyId}/articles/{articleId}/ingestion")
    void withdrawIngestion(@PathParam("storyId") String storyId, @PathParam("articleId") String articleId);

    @PUT
    @Path("/stories/{storyId}/batches")
    Stories.Batch recordBatch(@PathParam("storyId") String storyId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, Stories.Batch batch);

    @GET
    @Path("/stories/{storyId}/articles/{articleId}/ingestion")
    Stories.Ingestion ingestion(@PathParam("storyId") String storyId, @PathParam("articleId") String articleId);

    @GET
    @Path("/ingestions/failures")
    Stories.IngestionFailures ingestionFailures(@QueryParam("limit") int limit);
}
