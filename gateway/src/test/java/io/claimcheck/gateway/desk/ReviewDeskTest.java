package io.claimcheck.gateway.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The review desk's files are static resources: served at / and /assets/ with their content types and without an
 * API key, in the test profile, which wants a key on /api as production does. Its behaviour in a browser is the
 * browser test's (src/test/browser).
 */
@QuarkusTest
class ReviewDeskTest {

    @Test
    void theDeskIsServedAtTheRootWithoutAKey() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<title>claimcheck review desk</title>"))
                .body(containsString("src=\"assets/desk.js\""));
    }

    @ParameterizedTest
    @CsvSource({
            "/assets/desk.js, text/javascript",
            "/assets/desk.css, text/css",
            "/assets/vendor/chart.umd.js, text/javascript",
    })
    void itsAssetsAreServedWithoutAKey(String path, String contentType) {
        given().when().get(path)
                .then().statusCode(200)
                .contentType(startsWith(contentType));
    }

    @Test
    void chartJsShipsWithItsLicence() {
        given().when().get("/assets/vendor/chart.js-LICENSE.md")
                .then().statusCode(200)
                .body(startsWith("The MIT License (MIT)"));
    }

    @Test
    void theApiTheDeskCallsStillWantsAKey() {
        given().when().get("/api/v1/discrepancies")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:unauthorized"));
    }
}
