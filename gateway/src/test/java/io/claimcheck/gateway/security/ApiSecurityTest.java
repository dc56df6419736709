package io.claimcheck.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The gate in front of /api: keys, rate limits, CORS, request ids. No downstream call is needed for any of it. */
@QuarkusTest
class ApiSecurityTest {

    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    private static final String ANY_API_PATH = "/api/v1/analyses";

    @Test
    void aCallWithoutAKeyIsUnauthorized() {
        given().contentType("application/json").body("{}")
                .when().post(ANY_API_PATH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue())
                .body("type", equalTo("urn:claimcheck:problem:unauthorized"));
    }

    @Test
    void anUnknownKeyIsUnauthorized() {
        given().header("X-API-Key", "not-a-key").contentType("application/json").body("{}")
                .when().post(ANY_API_PATH)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aKeyOverItsRateIsToldWhenToComeBack() {
        // the "stingy" key may make 2 requests a minute; its first two pass the gate and fail validation
        for (int i = 0; i < 2; i++) {
            given().header("X-API-Key", "stingy-key").contentType("application/json").body("{}")
                    .when().post(ANY_API_PATH)
                    .then().statusCode(400);
        }
        given().header("X-API-Key", "stingy-key").contentType("application/json").body("{}")
                .when().post(ANY_API_PATH)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"))
                .body("type", equalTo("urn:claimcheck:problem:rate-limited"));
    }

    @Test
    void healthNeedsNoKey() {
        given().when().get(liveness.toString()).then().statusCode(200);
    }

    @Test
    void aCallersRequestIdComesBackAndOneIsMadeWhenMissing() {
        given().header("X-Request-Id", "desk-42").when().get("/q/openapi")
                .then().header("X-Request-Id", equalTo("desk-42"));
        given().when().get("/q/openapi")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void anAllowedOriginPassesThePreflight() {
        given().header("Origin", "https://localhost")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "X-API-Key,Content-Type")
                .when().options(ANY_API_PATH)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://localhost"));
    }
}
