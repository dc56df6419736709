package io.claimcheck.reconciler.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.claimcheck.reconciler.store.Reconcilers;


/** The stateless comparison: the same rules as for stored stories, with no database. */
@Path("/comparisons")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ComparisonResource {

    private final Reconcilers reconcilers;

    ComparisonResource(Reconcilers reconcilers) {
        this.reconcilers = reconcilers;
    }

    @POST
    @Operation(operationId = "compare", summary = "Find the discrepancies among claims, storing nothing")
    public DiscrepanciesResponse compare(@Valid @NotNull ComparisonRequest request) {
        ClaimChecks.check(request.claims(), null);
        List<ArticlePayload> articles = request.articles() == null ? List.of() : request.articles();
        Map<String, ClaimMapping.Provenance> provenance = articles.stream().collect(Collectors.toMap(
                ArticlePayload::id,
                a -> new ClaimMapping.Provenance(a.publisher(), PublicationTimes.parse("publishedAt", a.publishedAt())),
                (first, repeated) -> first));
        return new DiscrepanciesResponse(reconcilers.current().reconcile(request.claims().stream()
                .map(claim -> ClaimMapping.toDomain(claim, provenance))
                .toList()));
    }
}
