package io.claimcheck.reconciler.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.claimcheck.reconciler.domain.ClaimantReliability;
import io.claimcheck.reconciler.domain.ClaimantWeight;
import io.claimcheck.reconciler.domain.Discrepancy;
import io.quarkus.scheduler.Scheduled;

/**
 * Each claimant's CRH weight across every stored discrepancy, learned again on a schedule
 * ({@code reconciler.weights.refresh-every}) and whenever the claimant figures are asked for. The consensus of new
 * discrepancies is weighted by the latest weights; between refreshes they may lag the newest articles a little.
 */
@ApplicationScoped
public class ClaimantWeights {

    /** What the weights were learned from, for the figures that show them. */
    public record Learned(Map<String, ClaimantWeight> weights, List<Discrepancy> discrepancies) {
    }

    private final ClaimantReliability reliability = new ClaimantReliability();
    private final AtomicReference<Map<String, ClaimantWeight>> current = new AtomicReference<>(Map.of());
    private final DiscrepancyRepository discrepancies;
    private final DiscrepancyCodec codec;

    ClaimantWeights(DiscrepancyRepository discrepancies, DiscrepancyCodec codec) {
        this.discrepancies = discrepancies;
        this.codec = codec;
    }

    /** The weights as last learned; empty (everyone equal) until the first refresh. */
    public Map<String, ClaimantWeight> current() {
        return current.get();
    }

    @Scheduled(every = "${reconciler.weights.refresh-every}", delayed = "${reconciler.weights.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refreshOnSchedule() {
        learn();
    }

    /** Learns the weights from every stored discrepancy now, keeps them, and returns them with their evidence. */
    @Transactional
    public Learned learn() {
        List<Discrepancy> all = discrepancies.listAll().stream().map(codec::read).toList();
        Map<String, ClaimantWeight> weights = reliability.weighDiscrepancies(all);
        current.set(weights);
        return new Learned(weights, all);
    }
}
