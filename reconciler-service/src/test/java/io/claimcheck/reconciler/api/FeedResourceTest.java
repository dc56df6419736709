package io.claimcheck.reconciler.api;

import static io.claimcheck.reconciler.ClaimFixtures.addArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The feed of discrepancies across stories, filtered on its columns and on the journalists' verdicts, on the real PostgreSQL. */
@QuarkusTest
class FeedResourceTest {

    /** A story in which one party's figure and the other's are far apart (HIGH) and the party is unique to it. */
    private static String storyWithHighDiscrepancy(String party) {
        String story = "feed-" + UUID.randomUUID();
        addArticle(story, "own", ClaimFixtures.killed("own", 10, "104", 104, "soldier", party, party, party));
        addArticle(story, "enemy", ClaimFixtures.killed("enemy", 20, "2,300", 2300, "soldier", party, "Rival", "Rival"));
        return story;
    }

    /** A story like the one above, whose rival's figure sets its severity: 200 against 104 is MEDIUM. */
    private static String storyWithDiscrepancy(String party, String mention, double figure) {
        String story = "feed-" + UUID.randomUUID();
        addArticle(story, "own", ClaimFixtures.killed("own", 10, "104", 104, "soldier", party, party, party));
        addArticle(story, "enemy", ClaimFixtures.killed("enemy", 20, mention, figure, "soldier", party, "Rival", "Rival"));
        return story;
    }

    /** The id of the story's one discrepancy. */
    private static String discrepancyOf(String story) {
        return given().when().get("/stories/{id}/discrepancies", story)
                .then().statusCode(200).body("discrepancies", hasSize(1))
                .extract().path("discrepancies[0].id");
    }

    private static void verdict(String story, String verdict, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("verdict", verdict);
        if (reason != null) {
            body.put("reason", reason);
        }
        given().contentType(ContentType.JSON).body(body)
                .when().post("/stories/{s}/discrepancies/{d}/verdicts", story, discrepancyOf(story))
                .then().statusCode(201);
    }

    /** The story ids of the whole feed (every page of it) for the party and the review, newest first. */
    private static List<String> feed(String party, String review, String severity, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("party", party).queryParam("review", review).queryParam("limit", limit);
            if (severity != null) {
                request.queryParam("severity", severity);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/discrepancies").then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(limit);
            seen.addAll(page.getList("items.storyId", String.class));
            cursor = page.getString("next");
        } while (cursor != null);
        return seen;
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
    void filtersOnTheLatestVerdictAndShowsIt() {
        String party = "Party-" + UUID.randomUUID();
        String unreviewed = storyWithHighDiscrepancy(party);
        String confirmed = storyWithHighDiscrepancy(party);
        verdict(confirmed, "CONFIRMED", null);
        String dismissed = storyWithHighDiscrepancy(party);
        verdict(dismissed, "NEEDS_CHECKING", null);
        verdict(dismissed, "CONFIRMED", null);
        verdict(dismissed, "DISMISSED", "PART_OF_TOTAL");
        String toCheck = storyWithHighDiscrepancy(party);
        verdict(toCheck, "DISMISSED", "OTHER");
        verdict(toCheck, "NEEDS_CHECKING", null);

        // only the latest verdict counts, and the value is read in any case
        assertThat(feed(party, "unreviewed", null, 20)).containsExactly(unreviewed);
        assertThat(feed(party, "CONFIRMED", null, 20)).containsExactly(confirmed);
        assertThat(feed(party, "Dismissed", null, 20)).containsExactly(dismissed);
        assertThat(feed(party, "needs_checking", null, 20)).containsExactly(toCheck);
        assertThat(feed(party, null, null, 20)).containsExactly(toCheck, dismissed, confirmed, unreviewed);

        given().queryParam("party", party).queryParam("review", "dismissed")
                .when().get("/discrepancies")
                .then().statusCode(200)
                .body("items[0].latestVerdict.verdict", equalTo("DISMISSED"))
                .body("items[0].latestVerdict.reason", equalTo("PART_OF_TOTAL"))
                .body("items[0].latestVerdict.recordedAt", startsWith("20"))
                .body("items[0].latestVerdict", not(hasKey("note")));
        given().queryParam("party", party).queryParam("review", "needs_checking")
                .when().get("/discrepancies")
                .then().statusCode(200)
                .body("items[0].latestVerdict.verdict", equalTo("NEEDS_CHECKING"))
                .body("items[0].latestVerdict.reason", nullValue());
        given().queryParam("party", party).queryParam("review", "unreviewed")
                .when().get("/discrepancies")
                .then().statusCode(200)
                .body("items[0]", hasKey("latestVerdict"))
                .body("items[0].latestVerdict", nullValue());
    }

    @Test
    void aVerdictOnARetiredIdLeavesTheNewDiscrepancyUnreviewed() {
        String party = "Party-" + UUID.randomUUID();
        String story = storyWithHighDiscrepancy(party);
        String before = discrepancyOf(story);
        verdict(story, "CONFIRMED", null);
        assertThat(feed(party, "confirmed", null, 20)).containsExactly(story);
        // a second rival voice joins the group: its claims change, and so does its id
        addArticle(story, "monitor", ClaimFixtures.killed("monitor", 30, "1,900", 1900, "soldier", party, "Monitors",
                "Monitors"));
        assertThat(discrepancyOf(story)).isNotEqualTo(before);
        assertThat(feed(party, "confirmed", null, 20)).isEmpty();
        assertThat(feed(party, "unreviewed", null, 20)).containsExactly(story);
    }

    @Test
    void combinesTheReviewWithTheSeverity() {
        String party = "Party-" + UUID.randomUUID();
        String highConfirmed = storyWithHighDiscrepancy(party);
        verdict(highConfirmed, "CONFIRMED", null);
        String mediumConfirmed = storyWithDiscrepancy(party, "200", 200);
        verdict(mediumConfirmed, "CONFIRMED", null);
        String mediumUnreviewed = storyWithDiscrepancy(party, "210", 210);

        assertThat(feed(party, "confirmed", "MEDIUM", 20)).containsExactly(mediumConfirmed);
        assertThat(feed(party, "confirmed", "HIGH", 20)).containsExactly(highConfirmed);
        assertThat(feed(party, "unreviewed", "MEDIUM", 20)).containsExactly(mediumUnreviewed);
        assertThat(feed(party, "unreviewed", "HIGH", 20)).isEmpty();
    }

    @Test
    void pagesThroughAFeedFilteredByReview() {
        String party = "Party-" + UUID.randomUUID();
        List<String> confirmed = new ArrayList<>();
        List<String> unreviewed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String story = storyWithHighDiscrepancy(party);
            if (i % 3 == 1) {
                unreviewed.add(story);
            } else {
                verdict(story, "CONFIRMED", null);
                confirmed.add(story);
            }
        }
        Collections.reverse(confirmed);
        Collections.reverse(unreviewed);
        // pages of two through five confirmed and one through two unreviewed: each once, newest first
        assertThat(feed(party, "confirmed", null, 2)).containsExactlyElementsOf(confirmed);
        assertThat(feed(party, "unreviewed", null, 1)).containsExactlyElementsOf(unreviewed);
    }

    @Test
    void aReviewNotOfTheListIsAProblem() {
        given().queryParam("review", "maybe").when().get("/discrepancies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("review 'maybe'"))
                .body("detail", containsString("unreviewed, confirmed, dismissed, needs_checking"));
        given().queryParam("review", "needs checking").when().get("/discrepancies")
                .then().statusCode(400)
                .contentType("application/problem+json");
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
