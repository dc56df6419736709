package io.claimcheck.reconciler.api;

import static io.claimcheck.reconciler.ClaimFixtures.addArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The feed of discrepancies across stories, on the real PostgreSQL. */
@QuarkusTest
class FeedResourceTest {

    /** A story in which one party's figure and the other's are far apart (HIGH) and the party is unique to it. */
    private static String storyWithHighDiscrepancy(String party) {
        String story = "feed-" + UUID.randomUUID();
        addArticle(story, "own", ClaimFixtures.killed("own", 10, "104", 104, "soldier", party, party, party));
        addArticle(story, "enemy", ClaimFixtures.killed("enemy", 20, "2,300", 2300, "soldier", party, "Rival", "Rival"));
        return story;
    }


    @Test
    void findsAStorysDiscrepancyByPartyAndSeverity() {
        String party = "Party-" + UUID.randomUUID();
        String story = storyWithHighDiscrepancy(party);
        given().queryParam("party", party).queryParam("severity", "HIGH")
                .when().get("/discrepancies")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].storyId", equalTo(story))
                .body("items[0].discrepancy.severity", equalTo("HIGH"))
                .body("next", equalTo(null));
        given().queryParam("party", party).queryParam("severity", "LOW")
                .when().get("/discrepancies")
                .then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void filtersOnHowSureADiscrepancyIsThatItsClaimsCountOneIncident() {
        String party = "Party-" + UUID.randomUUID();
        String unplaced = storyWithHighDiscrepancy(party);
        String placed = "feed-" + UUID.randomUUID();
        addArticle(placed, "own", ClaimFixtures.inIncident(
                ClaimFixtures.killed("own", 10, "104", 104, "soldier", party, party, party), "Hara", List.of(), "2020-09-30"));
        addArticle(placed, "enemy", ClaimFixtures.inIncident(
                ClaimFixtures.killed("enemy", 20, "2,300", 2300, "soldier", party, "Rival", "Rival"), "Hara", List.of(),
                "2020-09-30"));
        given().queryParam("party", party).queryParam("minConfidence", "0.7")
                .when().get("/discrepancies")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].storyId", equalTo(placed))
                .body("items[0].discrepancy.confidence", equalTo(0.75f));
        given().queryParam("party", party)
                .when().get("/discrepancies")
                .then().statusCode(200)
                .body("items.storyId", containsInAnyOrder(placed, unplaced));
    }

    @Test
    void aConfidenceOutsideZeroToOneIsAProblem() {
        given().queryParam("minConfidence", "high")
                .when().get("/discrepancies")
                .then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("minConfidence", "1.5")
                .when().get("/discrepancies")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void pagesThroughEveryDiscrepancyOnceNewestFirst() {
        String party = "Party-" + UUID.randomUUID();
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stories.add(storyWithHighDiscrepancy(party));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("party", party).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/discrepancies").then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.getList("items.storyId", String.class));
            cursor = page.getString("next");
        } while (cursor != null);
        Collections.reverse(stories);
        assertThat(seen).containsExactlyElementsOf(stories);
    }

    @Test
    void aBadCursorOrSeverityIsAProblem() {
        given().queryParam("cursor", "not-a-cursor").when().get("/discrepancies")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("severity", "TERRIBLE").when().get("/discrepancies")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 0).when().get("/discrepancies")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
