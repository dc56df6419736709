package io.claimcheck.reconciler.api;

import java.time.Instant;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.claimcheck.reconciler.store.IngestionStore;

/**
 * Where the articles sent through the broker stand. The gateway records each as queued before it publishes it (and
 * withdraws the record when the broker did not take it); the consumers record the rest.
 */
@Path("/stories/{storyId}/articles/{articleId}/ingestion")
@Produces(MediaType.APPLICATION_JSON)
public class IngestionResource {

    /** An article's standing: QUEUED, EXTRACTED, RECONCILED or FAILED, with the reason of a failure. */
    public record IngestionResponse(String storyId, String articleId, String state, String reason, Instant updatedAt) {

        static IngestionResponse of(IngestionStore.Ingestion ingestion) {
            return new IngestionResponse(ingestion.storyId(), ingestion.articleId(), ingestion.state().name(),
                    ingestion.reason(), ingestion.updatedAt());
        }
    }

    private final IngestionStore ingestions;

    IngestionResource(IngestionStore ingestions) {
        this.ingestions = ingestions;
    }

    @PUT
    @Operation(operationId = "queueIngestion", summary = "Record an article as queued (a new submission starts over)")
    public IngestionResponse queued(@PathParam("storyId") @Pattern(regexp = StoryResource.STORY_ID) String storyId,
            @PathParam("articleId") @Pattern(regexp = StoryResource.STORY_ID) String articleId) {
        ingestions.queued(storyId, articleId);
        return status(storyId, articleId);
    }

    @DELETE
    @Operation(operationId = "withdrawIngestion", summary = "Forget a queued record whose message the broker never took")
    public void withdraw(@PathParam("storyId") @Pattern(regexp = StoryResource.STORY_ID) String storyId,
            @PathParam("articleId") @Pattern(regexp = StoryResource.STORY_ID) String articleId) {
        ingestions.withdraw(storyId, articleId);
    }

    @GET
    @Operation(operationId = "ingestion", summary = "Where an article sent through the broker stands")
    public IngestionResponse status(@PathParam("storyId") @Pattern(regexp = StoryResource.STORY_ID) String storyId,
            @PathParam("articleId") @Pattern(regexp = StoryResource.STORY_ID) String articleId) {
        return ingestions.find(storyId, articleId).map(IngestionResponse::of)
                .orElseThrow(() -> new NotFoundException("Article '" + articleId + "' of story '" + storyId
                        + "' was never queued."));
    }
}
