package io.claimcheck.gateway.clients;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.claimcheck.gateway.api.Claimants;
import io.claimcheck.gateway.api.DiscrepancyFeed;

/**
 * The reconciler as the gateway uses it; each call has its own breaker. Every call here may be retried: reads and
 * comparisons change nothing, and adding an article is idempotent by its id (and its Idempotency-Key).
 */
@ApplicationScoped
@Timeout(value = 30, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 1, delay = 50, jitter = 0, abortOn = DownstreamRejectedException.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejectedException.class)
public class ReconcilerService {

    private final ReconcilerClient client;

    ReconcilerService(@RestClient ReconcilerClient client) {
        this.client = client;
    }

    public Comparison.Response compare(Comparison.Request request) {
        return client.compare(request);
    }

    public Stories.Added addArticle(String storyId, String idempotencyKey, Stories.AddArticle request) {
        return client.addArticle(storyId, idempotencyKey, request);
    }

    public Stories.Summary story(String storyId) {
        return client.story(storyId);
    }

    public Stories.Claims claims(String storyId) {
        return client.claims(storyId);
    }

    public Stories.Discrepancies discrepancies(String storyId) {
        return client.discrepancies(storyId);
    }

    public DiscrepancyFeed feed(FeedFilter filter) {
        return client.feed(filter.severity(), filter.party(), filter.minConfidence(), filter.since(), filter.until(),
                filter.cursor(), filter.limit());
    }

    public Claimants claimants() {
        return client.claimants();
    }
}
