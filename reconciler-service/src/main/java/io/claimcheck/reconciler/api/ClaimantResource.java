package io.claimcheck.reconciler.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.claimcheck.reconciler.domain.Side;
import io.claimcheck.reconciler.store.ClaimantWeights;

/** Per-claimant figures across all stories: who disagrees with the consensus, and how often. */
@Path("/claimants")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimantResource {

    private final ClaimantWeights weights;

    ClaimantResource(ClaimantWeights weights) {
        this.weights = weights;
    }

    @GET
    @Operation(operationId = "claimants", summary = "Each claimant's reliability weight and the evidence behind it")
    public ClaimantsResponse claimants() {
        ClaimantWeights.Learned learned = weights.learn();
        List<Side> sides = learned.discrepancies().stream().flatMap(d -> d.sides().stream()).toList();
        Map<String, Side> firstSideOf = sides.stream()
                .collect(Collectors.toMap(Side::claimantKey, Function.identity(), (first, later) -> first));
        Map<String, Long> discrepancyCount = sides.stream()
                .collect(Collectors.groupingBy(Side::claimantKey, Collectors.counting()));
        return new ClaimantsResponse(learned.weights().entrySet().stream()
                .map(entry -> {
                    Side side = firstSideOf.get(entry.getKey());
                    return new ClaimantsResponse.Figures(entry.getKey(), side.claimantText(), side.claimantParty(),
                            entry.getValue().weight(), entry.getValue().claims(),
                            discrepancyCount.getOrDefault(entry.getKey(), 0L));
                })
                .sorted(Comparator.comparingDouble(ClaimantsResponse.Figures::weight).reversed()
                        .thenComparing(ClaimantsResponse.Figures::key))
                .toList());
    }
}
