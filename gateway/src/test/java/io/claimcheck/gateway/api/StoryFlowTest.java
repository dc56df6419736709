package io.claimcheck.gateway.api;

import static io.claimcheck.gateway.ApiCalls.asClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.claimcheck.gateway.RealServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A story followed across two outlets, through the gateway, the real extractor and the real reconciler. */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class StoryFlowTest {

    private static final Map<String, Object> PARTIES = Map.of(
            "Armenia", List.of("Armenian", "Karabakh", "Yerevan"),
            "Azerbaijan", List.of("Azerbaijani", "Baku"));

    private static Map<String, Object> article(String id, String text) {
        return Map.of("article", Map.of("id", id, "text", text, "publisher", "Wire", "publishedAt", "2020-10-01",
                "url", "https://example.org/" + id), "parties", PARTIES);
    }

    private static final Map<String, Object> FROM_YEREVAN = article("yerevan-1",
            "Armenia has recorded 104 military deaths.");
    private static final Map<String, Object> FROM_BAKU = article("baku-1",
            "Azerbaijan’s Defense Ministry said its forces had killed 2,300 Karabakh soldiers.");

    @Test
    void ingestsReadsAndExportsAStory() {
        String story = "karabakh-" + UUID.randomUUID();
        asClient().contentType(ContentType.JSON).header("Idempotency-Key", "y-1").body(FROM_YEREVAN)
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/stories/" + story))
                .body("created", equalTo(true))
                .body("claims.mention", hasItem("104"));
        asClient().contentType(ContentType.JSON).header("Idempotency-Key", "y-1").body(FROM_YEREVAN)
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().statusCode(200)
                .body("created", equalTo(false));
        asClient().contentType(ContentType.JSON).header("Idempotency-Key", "y-1").body(FROM_BAKU)
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:idempotency-key-reused"));
        String discrepancyId = asClient().contentType(ContentType.JSON).header("Idempotency-Key", "b-1").body(FROM_BAKU)
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().statusCode(201)
                .body("discrepancies", hasSize(1))
                .extract().path("discrepancies[0].id");

        asClient().when().get("/api/v1/stories/{id}", story)
                .then().statusCode(200)
                .body("articles", equalTo(2)).body("claims", equalTo(2)).body("discrepancies", equalTo(1));
        asClient().when().get("/api/v1/stories/{id}/claims", story)
                .then().statusCode(200).body("claims", hasSize(2));
        asClient().when().get("/api/v1/stories/{id}/claims.csv", story)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("id,articleId,mention,start,end,value"))
                .body(containsString("baku-1@"))
                .body(containsString(",2300,"));
        asClient().when().get("/api/v1/stories/{id}/discrepancies/{d}/claim-review", story, discrepancyId)
                .then().statusCode(200)
                .body("'@type'", equalTo("ClaimReview"))
                .body("reviewRating.ratingValue", equalTo(1))
                .body("itemReviewed.author.name", containsString("Defense Ministry"))
                .body("reviewBody", containsString("2,300"));
        asClient().queryParam("severity", "HIGH").queryParam("party", "Azerbaijan").queryParam("limit", 100)
                .when().get("/api/v1/discrepancies")
                .then().statusCode(200)
                .body("items.storyId", hasItem(story));
        // neither article places or dates the figures: the least confidence, kept out of a filtered feed
        asClient().queryParam("party", "Azerbaijan").queryParam("minConfidence", "0.5").queryParam("limit", 100)
                .when().get("/api/v1/discrepancies")
                .then().statusCode(200)
                .body("items.storyId", not(hasItem(story)));
        asClient().when().get("/api/v1/claimants")
                .then().statusCode(200)
                .body("claimants.key", hasItem("Azerbaijan: ministry")); // the ministry is one voice of its side
    }

    @Test
    void listsAStorysArticlesInPublicationOrderPageByPage() {
        String story = "articles-" + UUID.randomUUID();
        // the later one first: the listing goes by publication time, not by arrival
        asClient().contentType(ContentType.JSON).body(Map.of("article", Map.of("id", "baku-2",
                        "text", "Azerbaijan’s Defense Ministry said its forces had killed 2,400 Karabakh soldiers.",
                        "publisher", "Baku Desk", "publishedAt", "2020-10-03T09:30:00Z"), "parties", PARTIES))
                .when().post("/api/v1/stories/{id}/articles", story).then().statusCode(201);
        asClient().contentType(ContentType.JSON).body(FROM_YEREVAN)
                .when().post("/api/v1/stories/{id}/articles", story).then().statusCode(201);

        String next = asClient().queryParam("limit", 1).when().get("/api/v1/stories/{id}/articles", story)
                .then().statusCode(200)
                .body("storyId", equalTo(story))
                .body("articles", hasSize(1))
                .body("articles[0].id", equalTo("yerevan-1"))
                .body("articles[0].publisher", equalTo("Wire"))
                .body("articles[0].publishedAt", equalTo("2020-10-01T00:00:00Z"))
                .body("articles[0].url", equalTo("https://example.org/yerevan-1"))
                .body("articles[0].claims", equalTo(1))
                .body("articles[0]", not(hasKey("text")))
                .body("next", notNullValue())
                .extract().path("next");
        asClient().queryParam("limit", 1).queryParam("cursor", next)
                .when().get("/api/v1/stories/{id}/articles", story)
                .then().statusCode(200)
                .body("articles.id", equalTo(List.of("baku-2")))
                .body("articles[0].publishedAt", equalTo("2020-10-03T09:30:00Z"))
                .body("articles[0].url", nullValue())
                .body("next", nullValue());

        asClient().queryParam("cursor", "not-a-cursor").when().get("/api/v1/stories/{id}/articles", story)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("cursor 'not-a-cursor'"));
        asClient().when().get("/api/v1/stories/{id}/articles", "no-such-story-" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:not-found"));
    }

    @Test
    void recordsAndListsJournalistsVerdictsOnADiscrepancy() {
        String story = "verdicts-" + UUID.randomUUID();
        String since = Instant.now().minusSeconds(60).toString();
        asClient().contentType(ContentType.JSON).body(FROM_YEREVAN)
                .when().post("/api/v1/stories/{id}/articles", story).then().statusCode(201);
        String discrepancyId = asClient().contentType(ContentType.JSON).body(FROM_BAKU)
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().statusCode(201).body("discrepancies", hasSize(1))
                .extract().path("discrepancies[0].id");
        String verdicts = "/api/v1/stories/{id}/discrepancies/{d}/verdicts";

        asClient().contentType(ContentType.JSON)
                .body(Map.of("verdict", "DISMISSED", "reason", "PART_OF_TOTAL", "note", "Baku counts the whole front."))
                .when().post(verdicts, story, discrepancyId)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/stories/" + story + "/discrepancies/" + discrepancyId
                        + "/verdicts"))
                .body("verdict", equalTo("DISMISSED"))
                .body("reason", equalTo("PART_OF_TOTAL"))
                .body("note", equalTo("Baku counts the whole front."))
                .body("recordedAt", startsWith("20"));
        // the reconciler's refusal of a dismissal without its reason, passed on as it is
        asClient().contentType(ContentType.JSON).body(Map.of("verdict", "DISMISSED"))
                .when().post(verdicts, story, discrepancyId)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:unprocessable-verdict"))
                .body("detail", startsWith("reason "));
        // the feed's review filter and each item's latest verdict, passed through from the reconciler
        asClient().queryParam("review", "Dismissed").queryParam("party", "Azerbaijan").queryParam("since", since)
                .queryParam("limit", 100)
                .when().get("/api/v1/discrepancies")
                .then().statusCode(200)
                .body("items.storyId", hasItem(story))
                .body("items.find { it.storyId == '" + story + "' }.latestVerdict.verdict", equalTo("DISMISSED"))
                .body("items.find { it.storyId == '" + story + "' }.latestVerdict.reason", equalTo("PART_OF_TOTAL"))
                .body("items.find { it.storyId == '" + story + "' }.latestVerdict.recordedAt", startsWith("20"));
        asClient().queryParam("review", "unreviewed").queryParam("party", "Azerbaijan").queryParam("since", since)
                .queryParam("limit", 100)
                .when().get("/api/v1/discrepancies")
                .then().statusCode(200)
                .body("items.storyId", not(hasItem(story)));
        asClient().when().get(verdicts, story, discrepancyId)
                .then().statusCode(200)
                .body("storyId", equalTo(story))
                .body("discrepancyId", equalTo(discrepancyId))
                .body("verdicts", hasSize(1))
                .body("verdicts[0].reason", equalTo("PART_OF_TOTAL"))
                .body("verdicts[0].note", equalTo("Baku counts the whole front."));

        asClient().when().get(verdicts, story, "d-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:not-found"))
                .body("detail", containsString("d-000000000000"));
        asClient().contentType(ContentType.JSON).body(Map.of("verdict", "CONFIRMED"))
                .when().post(verdicts, "no-such-story-" + UUID.randomUUID(), discrepancyId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:not-found"));
    }

    @Test
    void anUnknownStoryIsNotFound() {
        asClient().when().get("/api/v1/stories/{id}", "no-such-story-" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:not-found"));
    }

    @Test
    void aBadFeedFilterIsTheCallersProblem() {
        asClient().queryParam("severity", "TERRIBLE").when().get("/api/v1/discrepancies")
                .then().statusCode(400)
                .contentType("application/problem+json");
        asClient().queryParam("minConfidence", "very").when().get("/api/v1/discrepancies")
                .then().statusCode(400)
                .contentType("application/problem+json");
        asClient().queryParam("review", "maybe").when().get("/api/v1/discrepancies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:invalid-request"))
                .body("detail", containsString("review 'maybe'"));
    }
}
