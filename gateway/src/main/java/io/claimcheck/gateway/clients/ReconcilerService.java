package io.claimcheck.gateway.clients;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.claimcheck.gateway.api.Claimants;
import io.claimcheck.gateway.api.DiscrepancyFeed;
import io.claimcheck.gateway.api.DiscrepancyVerdicts;
import io.claimcheck.gateway.api.StoryArticles;
import io.claimcheck.gateway.api.Verdict;
import io.claimcheck.gateway.api.VerdictRequest;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * The reconciler as the gateway uses it; each call has its own breaker. Every call here but one may be retried: reads
 * and comparisons change nothing, and adding an article is idempotent by its id (and its Idempotency-Key); recording
 * a verdict is not, so it is tried once (a retry after an answer lost on the way back would record it twice). As with
 * {@link ExtractorService}, only a fault of the service (refused connection, 502/503/504) is retried, and only those
 * and timeouts count toward a breaker; a 4xx or a 500 is one request's own. Every call times out within 2 s
 * ({@link ExtractorService#TIMEOUT_MILLIS}), so a frozen reconciler costs a client no more. Operators tune a call's
 * timeout in configuration ({@code io.claimcheck.gateway.clients.ReconcilerService/compare/Timeout/value}).
 */
@ApplicationScoped
@Timeout(value = ExtractorService.TIMEOUT_MILLIS, unit = ChronoUnit.MILLIS)
@Retry(maxRetries = 1, delay = 50, jitter = 0,
        retryOn = { ProcessingException.class, DownstreamUnavailableException.class })
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = ExtractorService.BREAKER_DELAY_SECONDS,
        delayUnit = ChronoUnit.SECONDS,
        failOn = { ProcessingException.class, DownstreamUnavailableException.class, TimeoutException.class },
        skipOn = { DownstreamRejectedException.class, DownstreamFailedException.class })
public class ReconcilerService {

    /** Each call's breaker, by name, for the readiness check. */
    static final List<String> BREAKERS = List.of("reconciler-compare", "reconciler-add", "reconciler-story",
            "reconciler-articles", "reconciler-claims", "reconciler-discrepancies", "reconciler-verdict",
            "reconciler-verdicts", "reconciler-feed", "reconciler-claimants", "reconciler-queue-ingestion",
            "reconciler-withdraw-ingestion", "reconciler-ingestion", "reconciler-ingestion-failures",
            "reconciler-record-batch");

    private final ReconcilerClient client;

    ReconcilerService(@RestClient ReconcilerClient client) {
        this.client = client;
    }

    @CircuitBreakerName("reconciler-compare")
    public Comparison.Response compare(Comparison.Request request) {
        return client.compare(request);
    }

    @CircuitBreakerName("reconciler-add")
    public Stories.Added addArticle(String storyId, String idempotencyKey, Stories.AddArticle request) {
        return client.addArticle(storyId, idempotencyKey, request);
    }

    @CircuitBreakerName("reconciler-story")
    public Stories.Summary story(String storyId) {
        return client.story(storyId);
    }

    @CircuitBreakerName("reconciler-articles")
    public StoryArticles articles(String storyId, String cursor, int limit) {
        return client.articles(storyId, cursor, limit);
    }

    @CircuitBreakerName("reconciler-claims")
    public Stories.Claims claims(String storyId) {
        return client.claims(storyId);
    }

    @CircuitBreakerName("reconciler-discrepancies")
    public Stories.Discrepancies discrepancies(String storyId) {
        return client.discrepancies(storyId);
    }

    /** Not idempotent: never retried. */
    @CircuitBreakerName("reconciler-verdict")
    @Retry(maxRetries = 0)
    public Verdict recordVerdict(String storyId, String discrepancyId, VerdictRequest request) {
        return client.recordVerdict(storyId, discrepancyId, request);
    }

    @CircuitBreakerName("reconciler-verdicts")
    public DiscrepancyVerdicts verdicts(String storyId, String discrepancyId) {
        return client.verdicts(storyId, discrepancyId);
    }

    @CircuitBreakerName("reconciler-feed")
    public DiscrepancyFeed feed(FeedFilter filter) {
        return client.feed(filter.severity(), filter.party(), filter.minConfidence(), filter.since(), filter.until(),
                filter.review(), filter.cursor(), filter.limit());
    }

    @CircuitBreakerName("reconciler-claimants")
    public Claimants claimants() {
        return client.claimants();
    }

    /** Records an article as queued before it is published (a new submission starts over; so may a retry). */
    @CircuitBreakerName("reconciler-queue-ingestion")
    public Stories.Ingestion queueIngestion(String storyId, String articleId) {
        return client.queueIngestion(storyId, articleId);
    }

    /** Forgets a queued record whose message the broker did not take (a record that moved on stays). */
    @CircuitBreakerName("reconciler-withdraw-ingestion")
    public void withdrawIngestion(String storyId, String articleId) {
        client.withdrawIngestion(storyId, articleId);
    }

    /**
     * Records a batch under its Idempotency-Key (or marks it queued), and says whether it was queued already; a
     * DownstreamRejectedException (422) when the key brought another batch. Idempotent, so retried like the reads.
     */
    @CircuitBreakerName("reconciler-record-batch")
    public Stories.Batch recordBatch(String storyId, String idempotencyKey, Stories.Batch batch) {
        return client.recordBatch(storyId, idempotencyKey, batch);
    }

    @CircuitBreakerName("reconciler-ingestion")
    public Stories.Ingestion ingestion(String storyId, String articleId) {
        return client.ingestion(storyId, articleId);
    }

    @CircuitBreakerName("reconciler-ingestion-failures")
    public Stories.IngestionFailures ingestionFailures(int limit) {
        return client.ingestionFailures(limit);
    }
}
