package io.claimcheck.gateway.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimcheck.gateway.clients.FeedFilter;
import io.claimcheck.gateway.clients.ReconcilerService;

/** What every story's sources disagree about: the feed a desk watches, and who tends to be off. */
@Path("/api/v1")
@Tag(name = "Feed", description = "Discrepancies and claimants across all stories")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final ReconcilerService reconciler;

    FeedResource(ReconcilerService reconciler) {
        this.reconciler = reconciler;
    }

    @GET
    @Path("/discrepancies")
    @Operation(operationId = "listDiscrepancies", summary = "Discrepancies across stories, newest first",
            description = "Filter by severity, by a party involved (as subject or claimant), by how sure a discrepancy "
                    + "is that its claims count one incident, by when it was found, and by its review (its latest "
                    + "verdict: review=unreviewed is what a desk still has to look at); page with the cursor each page "
                    + "gives, under the same filters. Each item carries its latest verdict, null while it has none.")
    public DiscrepancyFeed feed(
            @Parameter(description = "Severities, comma-separated", example = "HIGH,MEDIUM")
            @QueryParam("severity") @Size(max = 30) String severity,
            @Parameter(description = "A party the discrepancy involves", example = "Armenia")
            @QueryParam("party") @Size(max = 200) String party,
            @Parameter(description = "The least confidence, from 0 to 1, that the claims count one incident",
                    example = "0.75")
            @QueryParam("minConfidence") @Size(max = 20) String minConfidence,
            @Parameter(description = "Found at or after (ISO-8601)", example = "2020-10-01")
            @QueryParam("since") @Size(max = 40) String since,
            @Parameter(description = "Found before (ISO-8601)", example = "2020-11-01")
            @QueryParam("until") @Size(max = 40) String until,
            @Parameter(description = "Its latest verdict: unreviewed (none yet), confirmed, dismissed or "
                    + "needs_checking, in any case", example = "unreviewed",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = { "unreviewed", "confirmed", "dismissed", "needs_checking" }))
            @QueryParam("review") @Size(max = 20) String review,
            @Parameter(description = "The next field of the previous page")
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @Parameter(description = "Discrepancies a page holds", example = "20")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return reconciler.feed(new FeedFilter(severity, party, minConfidence, since, until, review, cursor, limit));
    }

    @GET
    @Path("/claimants")
    @Operation(operationId = "listClaimants", summary = "Each claimant's reliability across stories",
            description = "Weights learned by truth discovery (CRH): a claimant whose figures sit far from the "
                    + "consensus again and again weighs less. The number of claims behind each weight says how "
                    + "much to make of it.")
    public Claimants claimants() {
        return reconciler.claimants();
    }
}
