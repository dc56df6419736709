package io.claimcheck.reconciler.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.claimcheck.reconciler.domain.Severity;
import io.claimcheck.reconciler.store.FeedQuery;
import io.claimcheck.reconciler.store.StoryStore;

/** Discrepancies across all stories, newest first, for a desk that watches everything. */
@Path("/discrepancies")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    /** The review filter's values, as a problem names them. */
    private static final String REVIEWS = Arrays.stream(FeedQuery.Review.values())
            .map(review -> review.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));

    private final StoryStore store;

    FeedResource(StoryStore store) {
        this.store = store;
    }

    @GET
    @Operation(operationId = "feed", summary = "Discrepancies across stories, filtered, newest first")
    public FeedResponse feed(@QueryParam("severity") String severities, @QueryParam("party") String party,
            @QueryParam("minConfidence") String minConfidence, @QueryParam("since") String since, @QueryParam("until") String until,
            @QueryParam("review") String review, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        StoryStore.FeedPage page = store.feed(new FeedQuery(severities(severities), blankToNull(party),
                confidence(minConfidence), PublicationTimes.parse("since", since), PublicationTimes.parse("until", until),
                review(review), FeedCursor.decode(cursor), limit));
        return new FeedResponse(page.entries().stream()
                .map(entry -> new FeedResponse.Item(entry.storyId(), entry.detectedAt(), entry.discrepancy(),
                        FeedResponse.LatestVerdict.of(entry.latestVerdict())))
                .toList(), FeedCursor.encode(page.next()));
    }

    /** {@code HIGH,MEDIUM} → both; every name must be a severity. */
    private static Set<String> severities(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(","))
                .map(name -> name.strip().toUpperCase(Locale.ROOT))
                .peek(name -> {
                    try {
                        Severity.valueOf(name);
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException("severity '" + name + "' is not one of LOW, MEDIUM, HIGH");
                    }
                })
                .collect(Collectors.toSet());
    }

    /** {@code unreviewed}, {@code confirmed}, {@code dismissed} or {@code needs_checking}, in any case; or nothing. */
    private static FeedQuery.Review review(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FeedQuery.Review.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("review '" + text + "' is not one of " + REVIEWS);
        }
    }

    /** A number from 0 to 1, or nothing. */
    private static Double confidence(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double confidence = Double.parseDouble(text.strip());
            if (confidence >= 0 && confidence <= 1) {
                return confidence;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("minConfidence '" + text + "' is not a number from 0 to 1");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
