package io.claimcheck.gateway.clients;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The reconciler as the gateway uses it. The stateless comparison changes nothing, so it may be retried;
 * a breaker stops the gateway from queueing work for a reconciler that is down.
 */
@ApplicationScoped
public class ReconcilerService {

    private final ReconcilerClient client;

    ReconcilerService(@RestClient ReconcilerClient client) {
        this.client = client;
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = DownstreamRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejectedException.class)
    public Comparison.Response compare(Comparison.Request request) {
        return client.compare(request);
    }
}
