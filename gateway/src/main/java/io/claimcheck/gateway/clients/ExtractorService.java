package io.claimcheck.gateway.clients;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The extractor as the gateway uses it. Extraction is a pure function of its input, so a failed call may be retried;
 * a breaker stops the gateway from queueing work for an extractor that is down.
 */
@ApplicationScoped
public class ExtractorService {

    private final ExtractorClient client;

    ExtractorService(@RestClient ExtractorClient client) {
        this.client = client;
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, jitter = 0, abortOn = DownstreamRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejectedException.class)
    public ExtractionBatch.Response extract(ExtractionBatch.Request request) {
        return client.extractBatch(request);
    }
}
