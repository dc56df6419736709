package io.claimcheck.reconciler.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.claimcheck.reconciler.store.IngestionStore;

/** The articles the asynchronous path refused or gave up on: what went to the dead-letter queue, and why. */
@Path("/ingestions/failures")
@Produces(MediaType.APPLICATION_JSON)
public class IngestionFailuresResource {

    /** The failed articles, the latest first. */
    public record FailuresResponse(List<IngestionResource.IngestionResponse> failures) {
    }

    private final IngestionStore ingestions;

    IngestionFailuresResource(IngestionStore ingestions) {
        this.ingestions = ingestions;
    }

    @GET
    @Operation(operationId = "ingestionFailures", summary = "The articles refused or given up on, the latest first")
    public FailuresResponse failures(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return new FailuresResponse(ingestions.failures(limit).stream()
                .map(IngestionResource.IngestionResponse::of).toList());
    }
}
