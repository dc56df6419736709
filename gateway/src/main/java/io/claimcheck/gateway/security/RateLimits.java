package io.claimcheck.gateway.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/** A token bucket per client: its configured requests per minute, refilled gradually. Per gateway replica. */
@ApplicationScoped
public class RateLimits {

    /** Whether a request may go ahead, and if not, how many seconds until it may. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final Map<String, SecurityConfig.ApiKey> keys;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(SecurityConfig config) {
        this.keys = config.keys();
    }

    public Decision take(String client) {
        SecurityConfig.ApiKey key = keys.get(client);
        if (key == null) {
            return new Decision(true, 0);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(key.requestsPerMinute())
                        .refillGreedy(key.requestsPerMinute(), Duration.ofMinutes(1))
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long wait = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1;
        return new Decision(probe.isConsumed(), probe.isConsumed() ? 0 : wait);
    }
}
