package io.claimcheck.extractor.numbers;


/**
 * An amount read from tokens: the number stated, with the interval the words around it allow.
 *
 * @param first       index of the first token of the mention
 * @param last        index of the last token of the mention
 * @param phraseFirst index of the first token of the whole phrase, bound words included ("more than")
 * @param phraseLast  index of the last token of the whole phrase ("or more", the "of" of "dozens of")
 * @param value       the number stated; null for a range
 * @param lower       lower end; null when unbounded
 * @param upper       upper end; null when unbounded
 * @param bound       how the words bound it
 * @param kind        what sort of amount it is
 * @param unit        the ISO currency code of money, the CLDR identifier of a measure's unit
 */
public record Amount(int first, int last, int phraseFirst, int phraseLast, Double value, Double lower, Double upper,
                     Bound bound, Kind kind, String unit) {

    public enum Kind { NUMBER, PERCENT, PERCENTAGE_POINTS, RATIO, MONEY, MEASURE, VAGUE }

    /** The same amount with its sign turned: "fell 3%" is a change of -3%; "more than" becomes "less than". */
    Amount negated() {
        Bound turned = switch (bound) {
            case AT_LEAST -> Bound.AT_MOST;
            case AT_MOST -> Bound.AT_LEAST;
            case MORE_THAN -> Bound.LESS_THAN;
            case LESS_THAN -> Bound.MORE_THAN;
            default -> bound;
        };
        return new Amount(first, last, phraseFirst, phraseLast, negative(value), negative(upper), negative(lower),
                turned, kind, unit);
    }

    private static Double negative(Double number) {
        return number == null ? null : -number;
    }
}
