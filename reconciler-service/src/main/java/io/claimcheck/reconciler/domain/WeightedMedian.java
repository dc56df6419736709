package io.claimcheck.reconciler.domain;

import java.util.Comparator;
import java.util.List;

/** The weighted median: robust to one wild figure, which is the point in war reporting. */
final class WeightedMedian {

    record Weighted(double value, double weight) {
    }

    private WeightedMedian() {
    }

    /**
     * The value at which the weights below and at it reach half the total weight; when they reach exactly half,
     * the midpoint with the next value, so two equally weighted voices meet in the middle.
     */
    static double of(List<Weighted> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Weighted> sorted = values.stream().sorted(Comparator.comparingDouble(Weighted::value)).toList();
        double total = sorted.stream().mapToDouble(Weighted::weight).sum();
        double half = total / 2;
        double cumulative = 0;
        for (int i = 0; i < sorted.size(); i++) {
            cumulative += sorted.get(i).weight();
            if (Math.abs(cumulative - half) <= 1e-12 * Math.max(1, total) && i + 1 < sorted.size()) {
                return (sorted.get(i).value() + sorted.get(i + 1).value()) / 2;
            }
            if (cumulative > half) {
                return sorted.get(i).value();
            }
        }
        return sorted.get(sorted.size() - 1).value();
    }
}
