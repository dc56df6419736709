package io.claimcheck.gateway.clients;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * The gateway is ready only while it can serve: each service behind it answers HTTP within a second (any status: a
 * frozen or unreachable one answers nothing) and none of its breakers has been open for less than the breaker's delay.
 * Down, the gateway leaves its Service's endpoints, and a client goes to a replica that can serve, rather than to one
 * that answers 503. A breaker leaves OPEN only when a call tries it after its delay; a gateway out of its Service gets
 * no calls, so readiness counts an open breaker for one delay only, and then leaves the trial to the next call.
 */
@Readiness
@ApplicationScoped
public class DownstreamReadiness implements HealthCheck {

    private static final Duration PING_TIMEOUT = Duration.ofSeconds(1);

    /** The breakers of each service's calls, by the names given in {@link ExtractorService} and {@link ReconcilerService}. */
    private static final Map<String, List<String>> BREAKERS = Map.of(
            "extractor", List.of(ExtractorService.BREAKER),
            "reconciler", ReconcilerService.BREAKERS);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PING_TIMEOUT).build();
    /** When this check first saw each breaker open (System.nanoTime), while it stays open. */
    private final Map<String, Long> openSince = new ConcurrentHashMap<>();
    private final CircuitBreakerMaintenance breakers;
    private final Map<String, String> urls;

    DownstreamReadiness(CircuitBreakerMaintenance breakers,
            @ConfigProperty(name = "quarkus.rest-client.extractor.url") String extractorUrl,
            @ConfigProperty(name = "quarkus.rest-client.reconciler.url") String reconcilerUrl) {
        this.breakers = breakers;
        this.urls = Map.of("extractor", extractorUrl, "reconciler", reconcilerUrl);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services behind the gateway").up();
        urls.forEach((service, url) -> {
            List<String> open = BREAKERS.get(service).stream()
                    .filter(this::openWithinItsDelay)
                    .toList();
            boolean answers = answers(url);
            response.withData(service, !answers ? "unreachable" : open.isEmpty() ? "up" : "breaker open: " + open);
            if (!answers || !open.isEmpty()) {
                response.down();
            }
        });
        return response.build();
    }

    private boolean openWithinItsDelay(String breaker) {
        if (breakers.currentState(breaker) != CircuitBreakerState.OPEN) {
            openSince.remove(breaker);
            return false;
        }
        long since = openSince.computeIfAbsent(breaker, name -> System.nanoTime());
        return System.nanoTime() - since < TimeUnit.SECONDS.toNanos(ExtractorService.BREAKER_DELAY_SECONDS);
    }

    private boolean answers(String url) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(url)).timeout(PING_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
