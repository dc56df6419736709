package io.claimcheck.gateway.observability;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the API found, for dashboards beside the per-endpoint latency that Quarkus records by itself
 * ({@code http_server_requests_seconds}): {@code claimcheck_claims_total} and {@code claimcheck_discrepancies_total}.
 */
@ApplicationScoped
public class ApiMetrics {

    private final Counter claims;
    private final Counter discrepancies;

    ApiMetrics(MeterRegistry registry) {
        this.claims = Counter.builder("claimcheck.claims").description("Claims found in submitted articles")
                .register(registry);
        this.discrepancies = Counter.builder("claimcheck.discrepancies")
                .description("Discrepancies reported in answers").register(registry);
    }

    public void found(int claimCount, int discrepancyCount) {
        claims.increment(claimCount);
        discrepancies.increment(discrepancyCount);
    }
}
