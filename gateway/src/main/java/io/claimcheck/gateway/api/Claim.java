package io.claimcheck.gateway.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One numeric claim. Field names are the public contract (docs/claim-model.md): add fields, rename none.
 * The gateway reads this shape from the extractor, adds the article id, and passes it on to the reconciler.
 */
@Schema(description = "A numeric claim found in an article")
public record Claim(
        @Schema(description = "Stable id: the article id and the mention's start offset", examples = "a1@2791") String id,
        @Schema(description = "The article the claim stands in", examples = "a1") String articleId,
        @Schema(description = "The exact characters of the amount", examples = "2,300") String mention,
        Span span,
        @Schema(description = "The number stated, normalised; null for a range", examples = "2300", nullable = true) BigDecimal value,
        @Schema(description = "Lower end of the interval the words allow; null = unbounded", examples = "2300", nullable = true) BigDecimal lower,
        @Schema(description = "Upper end of the interval the words allow; null = unbounded", examples = "2300", nullable = true) BigDecimal upper,
        @Schema(description = "How the words bound the amount",
                enumeration = { "EXACT", "APPROXIMATE", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN", "RANGE" },
                examples = "EXACT") String bound,
        @Schema(description = "What is counted; a change keeps its sign (\"fell 3%\" is -3 PERCENT), a RATIO is a"
                + " share or multiple of a whole (\"two-thirds of\" is 0.667)", examples = "KILLED",
                enumeration = { "KILLED", "WOUNDED", "CASUALTIES", "MISSING", "CAPTURED", "ARRESTED", "DISPLACED",
                        "DESTROYED", "PARTICIPANTS", "MONEY", "PERCENT", "PERCENTAGE_POINTS", "RATIO", "COUNT",
                        "MEASURE" }) String metric,
        @Schema(description = "The counted noun, singular lower case; for MONEY the ISO 4217 code, for MEASURE the"
                + " unit's CLDR identifier (\"kilometer\", \"mile-per-gallon\")", examples = "soldier", nullable = true)
        String object,
        @Schema(description = "Whose people or things are counted; null when the text does not say", nullable = true) PartyRef subject,
        @Schema(description = "Who asserts it; null when the article says it in its own voice", nullable = true) PartyRef claimant,
        @Schema(description = "The sentence the claim stands in") String sentence,
        @Schema(description = "Which incident the figure counts, as far as its clause says; absent parts are unsaid",
                nullable = true) Incident incident) {

    /** UTF-16 code-unit offsets into the article text, end exclusive ({@code text.slice(start, end)}). */
    public record Span(@Schema(examples = "2791") int start, @Schema(examples = "2796") int end) {
    }

    /** A phrase naming a side, the party it resolves to, and for a claimant the body of that party that speaks. */
    public record PartyRef(
            @Schema(examples = "Azerbaijan’s Defense Ministry") String text,
            @Schema(description = "The party it resolves to; null when it names no known party", examples = "Azerbaijan",
                    nullable = true) String party,
            @Schema(description = "For a claimant, which body of its party speaks (ministry, officials, governor...): "
                    + "two speakers of one side are two claimants; null when the party speaks as a whole or through "
                    + "its news outlets, and for a subject", examples = "ministry", nullable = true) String organ) {
    }

    /** Where, when and by whom: two figures compare only when they can count the same incident (docs/claim-model.md §4). */
    @Schema(description = "The incident a figure counts: place, day and attacking side as the text gives them")
    public record Incident(
            @Schema(description = "The most specific place the clause names", examples = "Hara", nullable = true)
            String place,
            @Schema(description = "The places that one lies in, innermost first", examples = "[\"Dorva\"]")
            List<String> placeWithin,
            @Schema(description = "ISO-8601 day or interval of days, read relative to the article's date",
                    examples = "2026-05-12", nullable = true) String day,
            @Schema(description = "The attacking side, where the text names it", examples = "Armenia",
                    nullable = true) String attacker,
            @Schema(description = "How the figure stands to its incident: BACKGROUND (a period's total), INCREMENT "
                    + "(a further group), SUBSET (part of a toll), PROVISIONAL (an early count), "
                    + "BOTH_SIDES (the toll of both sides together), RECALLED (another incident, recalled: "
                    + "\"a day after rockets killed 17\")",
                    examples = "[\"SUBSET\"]") List<String> cues) {
    }

    Claim inArticle(String article) {
        return new Claim(id, article, mention, span, value, lower, upper, bound, metric, object, subject, claimant,
                sentence, incident);
    }
}
