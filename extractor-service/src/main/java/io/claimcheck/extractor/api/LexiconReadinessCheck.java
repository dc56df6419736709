package io.claimcheck.extractor.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.claimcheck.extractor.pipeline.Extractor;

/** Ready once the lexicons and the gazetteer are loaded: without them every answer would be empty. */
@Readiness
@ApplicationScoped
class LexiconReadinessCheck implements HealthCheck {

    private final Extractor extractor;

    LexiconReadinessCheck(Extractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public HealthCheckResponse call() {
        int entries = extractor.lexiconEntries();
        return HealthCheckResponse.named("lexicons")
                .status(entries > 0)
                .withData("entries", entries)
                .build();
    }
}
