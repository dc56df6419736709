package io.claimcheck.reconciler.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns how far to trust each voice, by CRH truth discovery (Li et al., "Resolving conflicts in heterogeneous data
 * by truth discovery and source reliability estimation", SIGMOD 2014).
 *
 * <p>Each group holds several voices' figures for one count. CRH alternates two steps until the weights settle:
 * the consensus of each group is the weighted median of its voices' figures, and each voice's weight is
 * {@code -log(loss / total loss)}, its loss being the summed distance of its figures from the consensus. A voice
 * whose figures sit far from consensus again and again ends up weighing less. Figures are compared on the scale
 * {@code log(1 + figure)}, where the consensus is found too: the distance is then scale-free (2,300 against 104
 * weighs like 23,000 against 1,040), finite at zero, and two equally trusted voices stay equally trusted.
 */
public final class ClaimantReliability {

    /** One voice's figure for the count a group is about. */
    public record Observation(String claimantKey, double value) {
    }

    private static final int MAX_ITERATIONS = 50;
    private static final double CONVERGED = 1e-9;
    // Keeps a voice that always matches consensus (zero loss) at a large but finite weight.
    private static final double LOSS_FLOOR = 1e-6;

    /**
     * The weight of every voice seen in a group with at least one other voice. A group of one voice says nothing
     * about reliability: its figure is its own consensus.
     */
    public Map<String, ClaimantWeight> weigh(List<List<Observation>> groups) {
        List<Map<String, Double>> contested = groups.stream()
                .map(ClaimantReliability::oneFigurePerVoice)
                .filter(group -> group.size() >= 2)
                .toList();
        Map<String, Integer> claims = new TreeMap<>();
        contested.forEach(group -> group.keySet().forEach(voice -> claims.merge(voice, 1, Integer::sum)));

        Map<String, Double> weights = new HashMap<>();
        claims.keySet().forEach(voice -> weights.put(voice, 1.0));
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            List<Double> consensus = contested.stream().map(group -> weightedMedian(group, weights)).toList();
            Map<String, Double> updated = reweigh(contested, consensus, claims);
            double change = updated.keySet().stream()
                    .mapToDouble(voice -> Math.abs(updated.get(voice) - weights.get(voice)))
                    .max().orElse(0);
            weights.putAll(updated);
            if (change < CONVERGED) {
                break;
            }
        }
        Map<String, ClaimantWeight> result = new TreeMap<>();
        claims.forEach((voice, count) -> result.put(voice, new ClaimantWeight(weights.get(voice), count)));
        return result;
    }

    /** The sides of each discrepancy as one group: the evidence the reconciler itself produces. */
    public Map<String, ClaimantWeight> weighDiscrepancies(List<Discrepancy> discrepancies) {
        List<List<Observation>> groups = new ArrayList<>();
        for (Discrepancy discrepancy : discrepancies) {
            groups.add(discrepancy.sides().stream()
                    .map(side -> new Observation(side.claimantKey(), side.value()))
                    .toList());
        }
        return weigh(groups);
    }

    private static Map<String, Double> reweigh(List<Map<String, Double>> groups, List<Double> consensus,
                                               Map<String, Integer> voices) {
        Map<String, Double> loss = new HashMap<>();
        voices.keySet().forEach(voice -> loss.put(voice, LOSS_FLOOR));
        for (int i = 0; i < groups.size(); i++) {
            double truth = consensus.get(i);
            groups.get(i).forEach((voice, value) -> loss.merge(voice, Math.abs(value - truth), Double::sum));
        }
        double totalLoss = loss.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> weights = new HashMap<>();
        loss.forEach((voice, own) -> weights.put(voice, -Math.log(own / totalLoss)));
        return weights;
    }

    // A voice repeating itself in one group is one observation, not several votes: its median figure, on the log scale.
    private static Map<String, Double> oneFigurePerVoice(List<Observation> group) {
        Map<String, List<WeightedMedian.Weighted>> byVoice = new LinkedHashMap<>();
        group.forEach(observation -> byVoice.computeIfAbsent(observation.claimantKey(), voice -> new ArrayList<>())
                .add(new WeightedMedian.Weighted(observation.value(), 1.0)));
        Map<String, Double> figures = new LinkedHashMap<>();
        byVoice.forEach((voice, values) -> figures.put(voice, logScale(WeightedMedian.of(values))));
        return figures;
    }

    private static double weightedMedian(Map<String, Double> group, Map<String, Double> weights) {
        return WeightedMedian.of(group.entrySet().stream()
                .map(entry -> new WeightedMedian.Weighted(entry.getValue(), weights.get(entry.getKey())))
                .toList());
    }

    /** How far a figure sits from the consensus: the distance CRH sums into a voice's loss. */
    static double distance(double value, double truth) {
        return Math.abs(logScale(value) - logScale(truth));
    }

    private static double logScale(double figure) {
        return Math.log1p(Math.abs(figure));
    }
}
