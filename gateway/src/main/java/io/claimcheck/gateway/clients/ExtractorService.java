package io.claimcheck.gateway.clients;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The extractor as the gateway uses it. Extraction is a pure function of its input, so a call that failed fast for
 * want of the service (refused connection, 502/503/504) is tried once more; a breaker stops the gateway from queueing
 * work for an extractor that is down or frozen. Only such faults, and timeouts, count toward it: a 4xx or a 500 is
 * about one request's content and is answered at once (see {@link DownstreamErrors}). The timeout,
 * {@link #TIMEOUT_MILLIS}, is what a frozen extractor costs a client. It and the breaker can be tuned by MicroProfile
 * Fault Tolerance configuration ({@code io.claimcheck.gateway.clients.ExtractorService/extract/Timeout/value}).
 */
@ApplicationScoped
public class ExtractorService {

    /** The breaker's name, for the readiness check. */
    static final String BREAKER = "extractor";

    /**
     * Every call's timeout: a frozen service gives a client its 503 within 2 s, the answer's own overhead included. The
     * largest request the limits allow is read in about 1 s and compared in about 1.3 s on a 2-core machine.
     */
    static final long TIMEOUT_MILLIS = 1900;

    /**
     * How long a breaker stays open before it lets a trial call through; the readiness check waits no longer. A
     * service that comes back is served again within it.
     */
    static final long BREAKER_DELAY_SECONDS = 3;

    private final ExtractorClient client;

    ExtractorService(@RestClient ExtractorClient client) {
        this.client = client;
    }

    @Timeout(value = TIMEOUT_MILLIS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 50, jitter = 0,
            retryOn = { ProcessingException.class, DownstreamUnavailableException.class })
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = BREAKER_DELAY_SECONDS,
            delayUnit = ChronoUnit.SECONDS,
            failOn = { ProcessingException.class, DownstreamUnavailableException.class, TimeoutException.class },
            skipOn = { DownstreamRejectedException.class, DownstreamFailedException.class })
    @CircuitBreakerName(BREAKER)
    public ExtractionBatch.Response extract(ExtractionBatch.Request request) {
        return client.extractBatch(request);
    }
}
