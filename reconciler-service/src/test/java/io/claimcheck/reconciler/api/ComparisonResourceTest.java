package io.claimcheck.reconciler.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The stateless comparison over real HTTP. */
@QuarkusTest
class ComparisonResourceTest {

    @Test
    void flagsTwoClaimantsThatCannotBothBeRight() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "articles", List.of(Map.of("id", "a1", "publisher", "Wire", "publishedAt", "2020-10-01")),
                        "claims", List.of(ClaimFixtures.armeniaReports104("a1"), ClaimFixtures.azerbaijanClaims2300("a1"))))
                .when().post("/comparisons")
                .then().statusCode(200)
                .body("discrepancies", hasSize(1))
                .body("discrepancies[0].claimIds", containsInAnyOrder("a1@40", "a1@120"))
                .body("discrepancies[0].metric", equalTo("KILLED"))
                .body("discrepancies[0].severity", equalTo("HIGH"));
    }

    @Test
    void oneClaimantRepeatingItselfIsNoDiscrepancy() {
        given().contentType(ContentType.JSON)
                .body(Map.of("claims", List.of(ClaimFixtures.armeniaReports104("a1"), ClaimFixtures.armeniaReports104("a2"))))
                .when().post("/comparisons")
                .then().statusCode(200)
                .body("discrepancies", empty());
    }

    @Test
    void anUnknownBoundIsAProblem() {
        Map<String, Object> claim = new java.util.HashMap<>(ClaimFixtures.armeniaReports104("a1"));
        claim.put("bound", "ROUGHLY");
        given().contentType(ContentType.JSON).body(Map.of("claims", List.of(claim)))
                .when().post("/comparisons")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:invalid-request"));
    }

    @Test
    void aLowerEndAboveTheUpperIsAProblem() {
        Map<String, Object> claim = new java.util.HashMap<>(ClaimFixtures.armeniaReports104("a1"));
        claim.put("lower", 4_000_000);
        claim.remove("upper"); // an exact claim's value, 104, then closes it

        given().contentType(ContentType.JSON).body(Map.of("claims", List.of(claim)))
                .when().post("/comparisons")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:unprocessable-claim"));
    }

    @Test
    void aBadDateIsAProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("id", "a1", "publishedAt", "last Tuesday")), "claims", List.of()))
                .when().post("/comparisons")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
