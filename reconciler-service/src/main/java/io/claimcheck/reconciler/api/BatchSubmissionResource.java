package io.claimcheck.reconciler.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.claimcheck.reconciler.store.BatchSubmissionStore;

/**
 * The batches the gateway queues under an Idempotency-Key: it records a batch before it publishes it (a key that
 * brought another batch is a 422) and again, queued, once the broker confirmed it; a retry of a queued batch is
 * answered without queueing anything.
 */
@Path("/stories/{storyId}/batches")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BatchSubmissionResource {

    /** A batch as the gateway describes it: SHA-256 (hex) of its body, and whether the broker confirmed it all. */
    public record BatchSubmissionPayload(@NotNull @Pattern(regexp = "[0-9a-f]{64}") String contentHash,
            boolean queued) {
    }

    private final BatchSubmissionStore batches;

    BatchSubmissionResource(BatchSubmissionStore batches) {
        this.batches = batches;
    }

    @PUT
    @Operation(operationId = "recordBatch",
            summary = "Record a batch under its Idempotency-Key, or say whether it is queued already (422: another batch)")
    public BatchSubmissionPayload record(
            @PathParam("storyId") @Pattern(regexp = StoryResource.STORY_ID) String storyId,
            @HeaderParam("Idempotency-Key") @NotNull @Size(min = 1, max = 200) String idempotencyKey,
            @Valid @NotNull BatchSubmissionPayload batch) {
        BatchSubmissionStore.BatchSubmission recorded = batches.record(storyId, idempotencyKey, batch.contentHash(),
                batch.queued());
        return new BatchSubmissionPayload(recorded.contentHash(), recorded.queued());
    }
}
