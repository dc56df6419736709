package io.claimcheck.reconciler.api;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.claimcheck.reconciler.domain.Verdict;
import io.claimcheck.reconciler.store.VerdictStore;

/** Journalists' verdicts on a story's discrepancies: recorded one by one, read back as a history. */
@Path("/stories/{storyId}/discrepancies/{discrepancyId}/verdicts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VerdictResource {

    /** Discrepancy ids as the reconciler makes them ({@code d-} and a hash) fit its column, 40 characters. */
    static final String DISCREPANCY_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,39}";

    private final VerdictStore store;

    VerdictResource(VerdictStore store) {
        this.store = store;
    }

    @POST
    @Operation(operationId = "recordVerdict", summary = "Record a verdict on a discrepancy the story holds")
    public Response record(@PathParam("storyId") @Pattern(regexp = StoryResource.STORY_ID) String storyId,
            @PathParam("discrepancyId") @Pattern(regexp = DISCREPANCY_ID) String discrepancyId,
            @Valid @NotNull VerdictRequest request) {
        VerdictStore.Recorded recorded = store.record(storyId, discrepancyId,
                new Verdict(request.verdict(), request.reason(), request.note()));
        return Response.created(URI.create("/stories/" + storyId + "/discrepancies/" + discrepancyId + "/verdicts"))
                .entity(VerdictPayload.of(recorded))
                .build();
    }

    @GET
    @Operation(operationId = "verdicts", summary = "A discrepancy's verdicts, oldest first, also after it was retired")
    public VerdictsResponse verdicts(@PathParam("storyId") @Pattern(regexp = StoryResource.STORY_ID) String storyId,
            @PathParam("discrepancyId") @Pattern(regexp = DISCREPANCY_ID) String discrepancyId) {
        VerdictStore.History history = store.history(storyId, discrepancyId);
        return new VerdictsResponse(history.storyId(), history.discrepancyId(),
                history.verdicts().stream().map(VerdictPayload::of).toList());
    }
}
