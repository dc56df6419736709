package io.claimcheck.gateway.security;

import static io.claimcheck.gateway.ApiCalls.asClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A body over the HTTP limit is refused with a problem document, before it is read. */
@QuarkusTest
class BodyLimitTest {

    @Test
    void aBodyOverTheLimitIsAProblem() {
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        asClient().contentType("application/json").body(elevenMegabytes)
                .when().post("/api/v1/analyses")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:request-too-large"))
                .body("detail", containsString("limit"));
    }
}
