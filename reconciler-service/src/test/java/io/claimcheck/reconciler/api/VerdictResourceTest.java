package io.claimcheck.reconciler.api;

import static io.claimcheck.reconciler.ClaimFixtures.addArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Journalists' verdicts on a story's discrepancies, stored in the real PostgreSQL. */
@QuarkusTest
class VerdictResourceTest {

    private static final String VERDICTS = "/stories/{story}/discrepancies/{discrepancy}/verdicts";
    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    /** Armenia's own 104 against Azerbaijan's 2,300, in two articles of a new story; the id of their discrepancy. */
    private static Story storyWithADiscrepancy() {
        String story = "verdicts-" + UUID.randomUUID();
        addArticle(story, "yerevan", ClaimFixtures.armeniaReports104("yerevan"));
        addArticle(story, "baku", ClaimFixtures.azerbaijanClaims2300("baku"));
        String discrepancy = given().when().get("/stories/{id}/discrepancies", story)
                .then().statusCode(200).body("discrepancies", hasSize(1))
                .extract().path("discrepancies[0].id");
        return new Story(story, discrepancy);
    }

    private record Story(String id, String discrepancy) {
    }

    private static Map<String, Object> verdict(String verdict, String reason, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("verdict", verdict);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    private static ValidatableResponse post(Story story, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(VERDICTS, story.id(), story.discrepancy())
                .then();
    }

    @Test
    void recordsVerdictsAndReadsTheirHistoryBackOldestFirst() {
        Story story = storyWithADiscrepancy();
        given().when().get(VERDICTS, story.id(), story.discrepancy())
                .then().statusCode(200).body("verdicts", hasSize(0));

        String first = post(story, verdict("NEEDS_CHECKING", null, "Ask the ministry where the 2,300 come from."))
                .statusCode(201)
                .header("Location", endsWith("/stories/" + story.id() + "/discrepancies/" + story.discrepancy()
                        + "/verdicts"))
                .body("verdict", equalTo("NEEDS_CHECKING"))
                .body("reason", nullValue())
                .body("note", equalTo("Ask the ministry where the 2,300 come from."))
                .extract().path("recordedAt");
        String second = post(story, verdict("DISMISSED", "DIFFERENT_INCIDENTS", null))
                .statusCode(201)
                .body("verdict", equalTo("DISMISSED"))
                .body("reason", equalTo("DIFFERENT_INCIDENTS"))
                .body("note", nullValue())
                .extract().path("recordedAt");
        assertThat(Instant.parse(second)).isAfter(Instant.parse(first));

        given().when().get(VERDICTS, story.id(), story.discrepancy())
                .then().statusCode(200)
                .body("storyId", equalTo(story.id()))
                .body("discrepancyId", equalTo(story.discrepancy()))
                .body("verdicts", hasSize(2))
                .body("verdicts[0].verdict", equalTo("NEEDS_CHECKING"))
                .body("verdicts[0].note", equalTo("Ask the ministry where the 2,300 come from."))
                .body("verdicts[0].recordedAt", equalTo(first))
                .body("verdicts[1].verdict", equalTo("DISMISSED"))
                .body("verdicts[1].reason", equalTo("DIFFERENT_INCIDENTS"))
                .body("verdicts[1].recordedAt", equalTo(second));
    }

    @Test
    void aDismissalWithoutAReasonIsRefusedNamingTheField() {
        Story story = storyWithADiscrepancy();
        post(story, verdict("DISMISSED", null, "not the same attack"))
                .statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:claimcheck:problem:unprocessable-verdict"))
                .body("detail", containsString("reason"));
        given().when().get(VERDICTS, story.id(), story.discrepancy())
                .then().statusCode(200).body("verdicts", hasSize(0));
    }

    @Test
    void aReasonWithAnyVerdictButADismissalIsRefused() {
        Story story = storyWithADiscrepancy();
        post(story, verdict("CONFIRMED", "PART_OF_TOTAL", null))
                .statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:claimcheck:problem:unprocessable-verdict"))
                .body("detail", containsString("reason"));
        post(story, verdict("NEEDS_CHECKING", "OTHER", null))
                .statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("reason"));
    }

    @Test
    void aVerdictOrReasonNotOfTheListIsAMalformedBody() {
        Story story = storyWithADiscrepancy();
        post(story, verdict("PROBABLY", null, null))
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:claimcheck:problem:malformed-json"))
                .body("detail", containsString("verdict"));
        post(story, verdict("DISMISSED", "BORING", null))
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("reason"));
        post(story, Map.of("reason", "OTHER"))
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:claimcheck:problem:invalid-request"))
                .body("detail", containsString("verdict"));
    }

    @Test
    void aNoteIsAtMost2000CharactersWithoutNul() {
        Story story = storyWithADiscrepancy();
        post(story, verdict("CONFIRMED", null, "n".repeat(2001)))
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:claimcheck:problem:invalid-request"))
                .body("detail", containsString("note"));
        post(story, verdict("CONFIRMED", null, "before\u0000after"))
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("note"));
        post(story, verdict("CONFIRMED", null, "n".repeat(2000))).statusCode(201);
    }

    @Test
    void anUnknownStoryOrDiscrepancyIsNotFound() {
        Story story = storyWithADiscrepancy();
        Story noStory = new Story("no-such-story-" + UUID.randomUUID(), story.discrepancy());
        Story noDiscrepancy = new Story(story.id(), "d-000000000000");
        for (Story unknown : List.of(noStory, noDiscrepancy)) {
            post(unknown, verdict("CONFIRMED", null, null))
                    .statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("urn:claimcheck:problem:not-found"));
            given().when().get(VERDICTS, unknown.id(), unknown.discrepancy())
                    .then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("urn:claimcheck:problem:not-found"));
        }
        given().when().get(VERDICTS, story.id(), "not a discrepancy id")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void theHistoryOutlivesTheDiscrepancyWhenItsClaimsChange() {
        Story story = storyWithADiscrepancy();
        post(story, verdict("CONFIRMED", null, "Both figures are sourced.")).statusCode(201);

        // a third side's figure joins the group: the discrepancy's claims change, and so does its id
        addArticle(story.id(), "monitor", ClaimFixtures.killed("monitor", 200, "900", 900, "soldier", "Armenia",
                "the monitors", "Monitors"));
        given().when().get("/stories/{id}/discrepancies", story.id())
                .then().statusCode(200)
                .body("discrepancies.id", not(hasItem(story.discrepancy())));
        post(story, verdict("CONFIRMED", null, null)).statusCode(404);

        given().when().get(VERDICTS, story.id(), story.discrepancy())
                .then().statusCode(200)
                .body("verdicts", hasSize(1))
                .body("verdicts[0].verdict", equalTo("CONFIRMED"))
                .body("verdicts[0].note", equalTo("Both figures are sourced."));
    }

    @Test
    void eachVerdictStoredCountsOnThePrometheusEndpoint() {
        Story story = storyWithADiscrepancy();
        double dismissedAsPart = counted("dismissed", "part_of_total");
        double confirmed = counted("confirmed", "none");

        post(story, verdict("DISMISSED", "PART_OF_TOTAL", null)).statusCode(201);
        post(story, verdict("DISMISSED", null, null)).statusCode(422);

        assertThat(counted("dismissed", "part_of_total")).isEqualTo(dismissedAsPart + 1);
        assertThat(counted("confirmed", "none")).isEqualTo(confirmed);
    }

    /** The counter's value on the management port's Prometheus endpoint: every series is there from the start. */
    private double counted(String verdict, String reason) {
        String scrape = given().when().get(metrics.toString()).then().statusCode(200).extract().asString();
        Matcher series = java.util.regex.Pattern.compile("(?m)^claimcheck_verdicts_total\\{reason=\"" + reason
                + "\",verdict=\"" + verdict + "\"} (\\S+)$").matcher(scrape);
        assertThat(series.find()).as("the series of %s, %s in%n%s", verdict, reason, scrape).isTrue();
        return Double.parseDouble(series.group(1));
    }
}
