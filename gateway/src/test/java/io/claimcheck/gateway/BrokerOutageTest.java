package io.claimcheck.gateway;

import static io.claimcheck.gateway.ApiCalls.asClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The gateway with no broker to reach (a port nothing listens on) and the real services behind it: an asynchronous
 * submission is a 503 with Retry-After, nothing of it stays recorded as queued, and the synchronous path works.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.NoBroker.class)
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class BrokerOutageTest {

    /** The gateway's broker on a port nothing listens on; the services behind it keep the real one. */
    public static class NoBroker implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rabbitmq-port", "1", "gateway.broker-confirm-timeout-millis", "1000");
        }
    }

    @Test
    void anAsynchronousSubmissionIsA503AndNothingStaysQueued() {
        String story = "outage-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("article", Map.of("id", "a1", "publishedAt", "2020-10-01",
                "text", "The ministry said 9 soldiers were killed at the crossing."));
        asClient().contentType(ContentType.JSON).header("Prefer", "respond-async").body(body)
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:claimcheck:problem:service-unavailable"));
        asClient().when().get("/api/v1/stories/{id}/articles/a1/ingestion", story)
                .then().statusCode(404);

        asClient().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().statusCode(201).body("claims[0].value", equalTo(9));
    }
}
