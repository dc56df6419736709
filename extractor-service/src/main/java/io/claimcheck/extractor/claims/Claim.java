package io.claimcheck.extractor.claims;

import io.claimcheck.extractor.numbers.Bound;

/**
 * One numeric claim, with the meaning docs/claim-model.md gives every field.
 *
 * @param mention  the exact characters of the amount, {@code text.substring(start, end)}
 * @param start    UTF-16 offset of the mention's first character
 * @param end      UTF-16 offset after the mention's last character (exclusive)
 * @param value    the number stated; null for a range
 * @param lower    the interval's lower end; null when unbounded below
 * @param upper    the interval's upper end; null when unbounded above
 * @param bound    how the words bound the amount
 * @param metric   what is counted
 * @param object   the counted noun, singular lower case (an ISO currency code for money, the unit for a measure)
 * @param subject  whose people or things are counted; null when the text does not say
 * @param claimant who asserts it; null when the text states it in its own voice
 * @param sentence the sentence the claim stands in
 */
public record Claim(
        String mention,
        int start,
        int end,
        Double value,
        Double lower,
        Double upper,
        Bound bound,
        Metric metric,
        String object,
        PartyMention subject,
        PartyMention claimant,
        String sentence) {

    /** The same claim, counted as another side's. */
    Claim withSubject(PartyMention newSubject) {
        return new Claim(mention, start, end, value, lower, upper, bound, metric, object, newSubject, claimant, sentence);
    }

    /** The same claim, counting something else happened to the same things. */
    Claim withMetric(Metric newMetric) {
        return new Claim(mention, start, end, value, lower, upper, bound, newMetric, object, subject, claimant, sentence);
    }
}
