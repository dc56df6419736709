package io.claimcheck.gateway.clients;

/**
 * Which discrepancies of the feed to read: severities as a comma-separated list, a party, the least confidence that
 * the claims count one incident, a detection window (ISO-8601), the review (the latest verdict, or none), where the
 * last page ended, and how many a page holds. Null means no filter.
 */
public record FeedFilter(String severity, String party, String minConfidence, String since, String until, String review,
                         String cursor, int limit) {
}
