package io.claimcheck.gateway;

import static io.claimcheck.gateway.ApiCalls.asClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** With a service behind it down, the gateway says so at once with a 503, and recovers when the service returns. */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class DownstreamOutageTest {

    private static final Map<String, Object> ANALYSIS = Map.of("articles",
            List.of(Map.of("id", "a1", "text", "Medics said 12 people were wounded.")));

    @InjectRealServices
    RealServices services;

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Test
    void answers503WhileTheExtractorIsDownAndRecoversAfter() {
        // a gateway in service has answered before: its clients and breakers are warm
        asClient().contentType(ContentType.JSON).body(ANALYSIS).when().post("/api/v1/analyses").then().statusCode(200);
        services.stop("extractor-service");
        try {
            asClient().contentType(ContentType.JSON).body(ANALYSIS)
                    .when().post("/api/v1/analyses")
                    .then().statusCode(503)
                    .time(lessThan(2000L))
                    .contentType("application/problem+json")
                    .header("Retry-After", matchesPattern("\\d+"))
                    .body("type", equalTo("urn:claimcheck:problem:service-unavailable"));
        } finally {
            services.restart("extractor-service");
        }
        awaitOk(Duration.ofSeconds(30));
    }

    @Test
    void aFrozenReconcilerGives503AndReadinessDownAndRecoversAfter() {
        asClient().contentType(ContentType.JSON).body(ANALYSIS).when().post("/api/v1/analyses").then().statusCode(200);
        given().when().get(readiness.toString()).then().statusCode(200);
        services.freeze("reconciler-service");
        try {
            // an analysis times out within the 1.9 s every call has (and some slack for a busy test machine)
            asClient().contentType(ContentType.JSON).body(ANALYSIS).when().post("/api/v1/analyses")
                    .then().statusCode(503).time(lessThan(2500L))
                    .contentType("application/problem+json");
            // the reads' timeout answers, and the breaker, once open, answers at once
            for (int i = 0; i < 4; i++) {
                asClient().when().get("/api/v1/stories/frozen-story")
                        .then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", matchesPattern("\\d+"));
            }
            given().when().get(readiness.toString()).then().statusCode(503)
                    .body("checks.find { it.name == 'services behind the gateway' }.data.reconciler",
                            not(equalTo("up")));
        } finally {
            services.thaw("reconciler-service");
        }
        awaitOk(Duration.ofSeconds(30));
        awaitReady(Duration.ofSeconds(30));
    }

    private void awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (given().when().get(readiness.toString()).then().extract().statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The gateway was not ready again within " + within);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the breaker lets calls through again; its delay is a few seconds. */
    private static void awaitOk(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = asClient().contentType(ContentType.JSON).body(ANALYSIS)
                    .when().post("/api/v1/analyses").then().extract().statusCode();
            if (status == 200) {
                return;
            }
            pause();
        }
        throw new AssertionError("The gateway did not recover within " + within + "; last status " + status);
    }
}
