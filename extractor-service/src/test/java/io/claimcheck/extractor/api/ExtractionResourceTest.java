package io.claimcheck.extractor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The extraction API over real HTTP. */
@QuarkusTest
class ExtractionResourceTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    private static final String TEXT = "Rescuers said at least 12 people were killed and 40 were hurt.";

    @Test
    void extractsClaimsWithSpansIntoTheText() {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "t1", "text", TEXT))
                .when().post("/extractions")
                .then().statusCode(200)
                .body("id", equalTo("t1"))
                .body("claims.mention", hasItem("12"))
                .body("claims.find { it.mention == '12' }.id", equalTo("t1@" + TEXT.indexOf("12")))
                .body("claims.find { it.mention == '12' }.span.start", equalTo(TEXT.indexOf("12")))
                .body("claims.find { it.mention == '12' }.span.end", equalTo(TEXT.indexOf("12") + 2))
                .body("claims.find { it.mention == '12' }.bound", equalTo("AT_LEAST"))
                .body("claims.find { it.mention == '12' }.lower", equalTo(12))
                .body("claims.find { it.mention == '12' }.metric", equalTo("KILLED"));
    }

    @Test
    void appliesTheRequestsPartyTable() {
        String text = "Officials in Stepanakert said 30 soldiers were wounded.";
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "t2", "text", text, "parties", Map.of("Armenia", List.of("Stepanakert"))))
                .when().post("/extractions")
                .then().statusCode(200)
                .body("claims.find { it.mention == '30' }.claimant.party", equalTo("Armenia"));
    }

    @Test
    void readsABatchInOrder() {
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of(Map.of("id", "x", "text", TEXT), Map.of("id", "y", "text", "No numbers here."))))
                .when().post("/extractions/batch")
                .then().statusCode(200)
                .body("results", hasSize(2))
                .body("results[0].id", equalTo("x"))
                .body("results[1].claims", hasSize(0));
    }

    @Test
    void readsEachFiguresIncidentRelativeToTheArticlesDate() {
        String text = "Rebel rockets killed 6 people in the Hara district of Dorva on Friday.";
        given().contentType(ContentType.JSON)
                .body(Map.of("texts",
                        List.of(Map.of("id", "x", "text", text, "publishedAt", "2026-05-16T09:30:00Z"))))
                .when().post("/extractions/batch")
                .then().statusCode(200)
                .body("results[0].claims[0].incident.place", equalTo("Hara"))
                .body("results[0].claims[0].incident.placeWithin", equalTo(List.of("Dorva")))
                .body("results[0].claims[0].incident.day", equalTo("2026-05-15"))
                .body("results[0].claims[0].incident.attacker", equalTo("insurgents"))
                .body("results[0].claims[0].incident.cues", hasSize(0));
    }

    @Test
    void withoutTheArticlesDateNoDayIsRead() {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "t3", "text", "Shelling killed 12 people in Selm on Friday."))
                .when().post("/extractions")
                .then().statusCode(200)
                .body("claims[0].incident.place", equalTo("Selm"))
                .body("claims[0].incident.day", equalTo(null));
    }

    @Test
    void aPublicationDateThatIsNoDateIsAProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "t4", "text", TEXT, "publishedAt", "last Friday"))
                .when().post("/extractions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:invalid-date"))
                .body("detail", containsString("last Friday"));
    }

    @Test
    void aTextOverTheLimitIsAProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "big", "text", "a".repeat(1_000_001)))
                .when().post("/extractions")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:text-too-long"));
    }

    @Test
    void aTextWithMoreClaimsThanTheCallerTakesIsAProblem() {
        String dense = "Medics said 12 people died. ".repeat(4);
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of(Map.of("id", "calm", "text", TEXT), Map.of("id", "dense", "text", dense)),
                        "maxClaimsPerText", 3))
                .when().post("/extractions/batch")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:too-many-claims"))
                .body("detail", containsString("'dense' holds 4 claims"));
    }

    @Test
    void aMissingTextIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("id", "none"))
                .when().post("/extractions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("text"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/extractions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:malformed-json"));
    }

    @Test
    void isReadyOnceTheLexiconsAreLoaded() {
        given().when().get(readiness.toString())
                .then().statusCode(200)
                .body("checks.find { it.name == 'lexicons' }.status", equalTo("UP"));
    }
}
