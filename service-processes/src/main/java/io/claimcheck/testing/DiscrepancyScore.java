package io.claimcheck.testing;

/**
 * Discrepancy precision, recall and F1 as {@code shared/eval/score.py} counts them: annotated pairs of disagreeing
 * claims, predicted pairs (a predicted group without a truly disagreeing pair counts as one), and the annotated pairs
 * found. The evaluation tests of the reconciler (its rules alone) and of the gateway (end to end) both report it.
 */
public record DiscrepancyScore(int gold, int predicted, int found) {

    public static final DiscrepancyScore NONE = new DiscrepancyScore(0, 0, 0);

    public DiscrepancyScore plus(DiscrepancyScore other) {
        return new DiscrepancyScore(gold + other.gold, predicted + other.predicted, found + other.found);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) found / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P %.3f R %.3f F1 %.3f (%d of %d annotated pairs found, %d predicted)",
                precision(), recall(), f1(), found, gold, predicted);
    }
}
