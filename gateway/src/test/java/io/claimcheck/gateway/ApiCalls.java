package io.claimcheck.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Calls to {@code /api} as an authenticated client: the test profile's key is {@code test-key}. */
public final class ApiCalls {

    public static final String TEST_KEY = "test-key";

    private ApiCalls() {
    }

    public static RequestSpecification asClient() {
        return given().header("X-API-Key", TEST_KEY);
    }
}
