package io.claimcheck.reconciler.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The migrations and every query of the store also run on the embedded database of the local run, so that
 * {@code ./run-local.sh} keeps working as the schema grows.
 */
@QuarkusTest
@TestProfile(EmbeddedDatabaseProfile.class)
class EmbeddedDatabaseTest {

    @Test
    void storesReadsAndComparesOnTheEmbeddedDatabase() {
        Map<String, Object> claim = Map.of("id", "a1@10", "articleId", "a1", "mention", "104",
                "span", Map.of("start", 10, "end", 13), "value", 104, "lower", 104, "upper", 104,
                "bound", "EXACT", "metric", "KILLED", "object", "soldier");
        Map<String, Object> body = Map.of("article", Map.of("id", "a1", "text", ClaimFixtures.TEXT),
                "claims", List.of(claim));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-1").body(body)
                .when().post("/stories/{id}/articles", "local-story")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-1").body(body)
                .when().post("/stories/{id}/articles", "local-story")
                .then().statusCode(200).body("created", equalTo(false));
        given().when().get("/stories/{id}", "local-story")
                .then().statusCode(200).body("articles", equalTo(1)).body("claims", equalTo(1));
        given().when().get("/stories/{id}/claims", "local-story")
                .then().statusCode(200).body("claims", hasSize(1)).body("claims[0].value", equalTo(104.0f));
        given().when().get("/stories/{id}/discrepancies", "local-story")
                .then().statusCode(200).body("discrepancies", hasSize(0));

        given().contentType(ContentType.JSON)
                .body(Map.of("article", Map.of("id", "a2", "text", ClaimFixtures.TEXT),
                        "claims", List.of(ClaimFixtures.killed("a2", 3, "900", 900, "soldier", null, "Rival", "Rival"))))
                .when().post("/stories/{id}/articles", "local-story")
                .then().statusCode(201);
        given().when().get("/stories/{id}/discrepancies", "local-story")
                .then().statusCode(200).body("discrepancies", hasSize(1));
        given().queryParam("party", "Rival").queryParam("severity", "HIGH").when().get("/discrepancies")
                .then().statusCode(200).body("items", hasSize(1)).body("next", nullValue());

        String discrepancy = given().when().get("/stories/{id}/discrepancies", "local-story")
                .then().extract().path("discrepancies[0].id");
        given().contentType(ContentType.JSON).body(Map.of("verdict", "DISMISSED", "reason", "PART_OF_TOTAL"))
                .when().post("/stories/{id}/discrepancies/{d}/verdicts", "local-story", discrepancy)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("verdict", "CONFIRMED", "note", "checked"))
                .when().post("/stories/{id}/discrepancies/{d}/verdicts", "local-story", discrepancy)
                .then().statusCode(201);
        given().when().get("/stories/{id}/discrepancies/{d}/verdicts", "local-story", discrepancy)
                .then().statusCode(200)
                .body("verdicts.verdict", equalTo(List.of("DISMISSED", "CONFIRMED")))
                .body("verdicts[0].reason", equalTo("PART_OF_TOTAL"))
                .body("verdicts[1].note", equalTo("checked"));
        given().queryParam("party", "Rival").queryParam("review", "confirmed").when().get("/discrepancies")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].latestVerdict.verdict", equalTo("CONFIRMED"))
                .body("items[0].latestVerdict.reason", nullValue());
        given().queryParam("party", "Rival").queryParam("review", "unreviewed").when().get("/discrepancies")
                .then().statusCode(200).body("items", hasSize(0));
    }
}
