package io.claimcheck.gateway;

import static io.claimcheck.gateway.ApiCalls.asClient;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.claimcheck.testing.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Articles added with {@code Prefer: respond-async} and through the batch endpoint, across the real RabbitMQ (this
 * run's own exchange and queues), the real extractor and the real reconciler on PostgreSQL: each is queued, read,
 * stored once, and followed at its status URL; one the extractor refuses is failed with the reason and kept in the
 * dead-letter queue; the reconciler killed mid-batch loses nothing and stores nothing twice; a batch retried with its
 * Idempotency-Key is queued once, and the key with another batch is refused.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class AsyncIngestionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @InjectRealServices
    RealServices services;

    @Test
    void anArticleQueuedAsynchronouslyIsReconciledWithItsClaimsOnce() {
        String story = "async-" + UUID.randomUUID();
        asClient().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(article("a1", "The ministry said 31 soldiers were killed near the dam.", "2020-10-01"))
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().statusCode(202)
                .header("Location", endsWith("/api/v1/stories/" + story + "/articles/a1/ingestion"))
                .header("Preference-Applied", equalTo("respond-async"))
                .body("state", equalTo("queued"))
                .body("status", equalTo("/api/v1/stories/" + story + "/articles/a1/ingestion"));
        // the status answers at once: the article was recorded as queued before it was published
        asClient().when().get("/api/v1/stories/{id}/articles/a1/ingestion", story)
                .then().statusCode(200)
                .body("state", oneOf("queued", "extracted", "reconciled"));

        awaitState(story, "a1", "reconciled");
        asClient().when().get("/api/v1/stories/{id}/claims", story)
                .then().statusCode(200)
                .body("claims", hasSize(1))
                .body("claims[0].articleId", equalTo("a1"))
                .body("claims[0].value", equalTo(31));
    }

    @Test
    void theSameArticleSubmittedTwiceIsStoredOnce() {
        String story = "async-" + UUID.randomUUID();
        Map<String, Object> body = article("twice", "Officials said 12 civilians were wounded in the port.",
                "2020-10-02");
        for (int i = 0; i < 2; i++) {
            // a client that gets a 503 (a reconciler slow to answer on a loaded machine) sends it again, as told
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> asClient()
                    .contentType(ContentType.JSON).header("Prefer", "respond-async").header("Idempotency-Key", "k-1")
                    .body(body)
                    .when().post("/api/v1/stories/{id}/articles", story)
                    .then().statusCode(oneOf(202, 503)).extract().statusCode() == 202);
        }
        awaitState(story, "twice", "reconciled");
        // both messages are through once the second has recorded the article reconciled after it was queued again
        await().atMost(PATIENCE).untilAsserted(() -> asClient().when().get("/api/v1/stories/{id}", story)
                .then().statusCode(200).body("articles", equalTo(1)).body("claims", equalTo(1)));
        awaitState(story, "twice", "reconciled");
        asClient().when().get("/api/v1/stories/{id}", story)
                .then().statusCode(200).body("articles", equalTo(1)).body("claims", equalTo(1));
    }

    @Test
    void anArticleTheExtractorRefusesFailsWithTheReasonAndLandsInTheDeadLetterQueue() {
        String story = "async-" + UUID.randomUUID();
        asClient().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(article("undated", "The ministry said 7 soldiers were killed.", "the day before yesterday"))
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().statusCode(202);

        awaitState(story, "undated", "failed");
        asClient().when().get("/api/v1/stories/{id}/articles/undated/ingestion", story)
                .then().statusCode(200).body("reason", containsString("the day before yesterday"));
        asClient().when().get("/api/v1/ingestion/failures")
                .then().statusCode(200).body("failures.articleId", hasItem("undated"));
        asClient().when().get("/api/v1/stories/{id}", story).then().statusCode(404);

        List<TestBroker.Delivery> dead = new ArrayList<>();
        try (TestBroker broker = TestBroker.connect()) {
            await().atMost(PATIENCE).until(() -> {
                dead.addAll(broker.drain(TestBroker.deadLetterQueue(services.messagingSuffix())));
                return dead.stream().anyMatch(d -> story.equals(d.header("claimcheck-story")));
            });
        }
        TestBroker.Delivery kept = dead.stream().filter(d -> story.equals(d.header("claimcheck-story")))
                .findFirst().orElseThrow();
        assertEquals("undated", kept.header("claimcheck-article"));
        assertTrue(kept.header("claimcheck-reason").contains("the day before yesterday"),
                kept.header("claimcheck-reason"));
    }

    @Test
    void aBatchRetriedWithItsIdempotencyKeyQueuesNothingTwiceAndIsAnsweredAsTheFirstTime() {
        String story = "async-batch-" + UUID.randomUUID();
        Map<String, Object> batch = Map.of("articles", List.of(
                articleOf("b1", "The ministry said 21 soldiers were killed near the bridge.", "2020-10-03"),
                articleOf("b2", "Officials said 9 civilians were wounded in the market.", "2020-10-03")));
        try (TestBroker broker = TestBroker.connect()) {
            String published = broker.listen(TestBroker.exchange(services.messagingSuffix()), "article.submitted");
            List<String> first = acceptedBatch(story, "batch-1", batch);
            assertEquals(List.of("/api/v1/stories/" + story + "/articles/b1/ingestion",
                    "/api/v1/stories/" + story + "/articles/b2/ingestion"), first);
            awaitState(story, "b1", "reconciled");
            awaitState(story, "b2", "reconciled");
            assertEquals(List.of("b1", "b2"), broker.drain(published).stream()
                    .map(message -> message.header("claimcheck-article")).distinct().sorted().toList());
            String reconciledAt = asClient().when().get(first.get(0)).then().statusCode(200)
                    .extract().path("updatedAt");

            assertEquals(first, acceptedBatch(story, "batch-1", batch));
            asClient().contentType(ContentType.JSON).header("Idempotency-Key", "batch-1")
                    .body(Map.of("articles", List.of(articleOf("b3", "The ministry said 4 soldiers were killed.",
                            "2020-10-04"))))
                    .when().post("/api/v1/stories/{id}/articles/batch", story)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:claimcheck:problem:idempotency-key-reused"));

            // neither the retry nor the refused batch published anything, nor recorded anything queued (a new
            // submission would have started b1 over at queued)
            assertEquals(List.of(), broker.drain(published));
            asClient().when().get(first.get(0)).then().statusCode(200)
                    .body("state", equalTo("reconciled")).body("updatedAt", equalTo(reconciledAt));
            asClient().when().get("/api/v1/stories/{id}/articles/b3/ingestion", story).then().statusCode(404);
            asClient().when().get("/api/v1/stories/{id}", story)
                    .then().statusCode(200).body("articles", equalTo(2));
        }
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsQueued() {
        String story = "async-" + UUID.randomUUID();
        asClient().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(article("long", "x".repeat(200_001), "2020-10-01"))
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:text-too-long"));
        asClient().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(
                        articleOf("same", "The ministry said 3 soldiers were killed.", "2020-10-01"),
                        articleOf("same", "The ministry said 4 soldiers were killed.", "2020-10-01"))))
                .when().post("/api/v1/stories/{id}/articles/batch", story)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("more than once"));
        asClient().when().get("/api/v1/stories/{id}/articles/long/ingestion", story)
                .then().statusCode(404).contentType("application/problem+json");
        asClient().when().get("/api/v1/stories/{id}/articles/same/ingestion", story)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theReconcilerKilledMidBatchLeavesEveryArticleStoredExactlyOnce() {
        String story = "async-fault-" + UUID.randomUUID();
        int count = 40;
        List<Map<String, Object>> articles = IntStream.range(0, count)
                .mapToObj(i -> articleOf("article-" + i, "The ministry said " + (10 + i)
                        + " soldiers were killed near the river.", "2020-10-01"))
                .toList();
        List<String> statusUrls = asClient().contentType(ContentType.JSON)
                .body(Map.of("articles", articles))
                .when().post("/api/v1/stories/{id}/articles/batch", story)
                .then().statusCode(202)
                .body("articles", hasSize(count))
                .extract().jsonPath().getList("articles.status");
        assertEquals("/api/v1/stories/" + story + "/articles/article-0/ingestion", statusUrls.get(0));

        // kill the reconciler once it has stored some of the batch, not all
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> asClient()
                .when().get("/api/v1/stories/{id}", story).statusCode() == 200);
        services.crash("reconciler-service");
        services.restart("reconciler-service");

        for (String url : statusUrls) {
            await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> asClient().when().get(url)
                    .then().statusCode(200).body("state", equalTo("reconciled")));
        }
        List<Map<String, Object>> claims = asClient().when().get("/api/v1/stories/{id}/claims", story)
                .then().statusCode(200).extract().jsonPath().getList("claims");
        Map<String, Integer> claimsPerArticle = new HashMap<>();
        List<String> claimIds = new ArrayList<>();
        for (Map<String, Object> claim : claims) {
            claimsPerArticle.merge((String) claim.get("articleId"), 1, Integer::sum);
            claimIds.add((String) claim.get("id"));
        }
        assertEquals(new HashSet<>(claimIds).size(), claimIds.size(), "a claim stored twice: " + claimIds);
        for (int i = 0; i < count; i++) {
            assertEquals(1, claimsPerArticle.getOrDefault("article-" + i, 0), "claims of article-" + i);
        }
        asClient().when().get("/api/v1/stories/{id}", story)
                .then().statusCode(200).body("articles", equalTo(count)).body("claims", equalTo(count));
    }

    private static void awaitState(String story, String article, String state) {
        await().atMost(PATIENCE).untilAsserted(() -> asClient()
                .when().get("/api/v1/stories/{id}/articles/{article}/ingestion", story, article)
                .then().statusCode(200).body("state", equalTo(state)));
    }

    /**
     * Sends the batch under the key until it is accepted (a 503, from a reconciler slow to answer on a loaded machine,
     * is sent again, as the client is told) and returns its articles' status URLs.
     */
    private static List<String> acceptedBatch(String story, String idempotencyKey, Map<String, Object> batch) {
        List<String> statusUrls = new ArrayList<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            ExtractableResponse<Response> answer = asClient().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                    .body(batch)
                    .when().post("/api/v1/stories/{id}/articles/batch", story)
                    .then().statusCode(oneOf(202, 503)).extract();
            if (answer.statusCode() == 503) {
                return false;
            }
            statusUrls.addAll(answer.jsonPath().getList("articles.status", String.class));
            return true;
        });
        return statusUrls;
    }

    /** A request that adds one article of our own words. */
    private static Map<String, Object> article(String id, String text, String publishedAt) {
        return Map.of("article", articleOf(id, text, publishedAt));
    }

    private static Map<String, Object> articleOf(String id, String text, String publishedAt) {
        return Map.of("id", id, "publisher", "Wire", "publishedAt", publishedAt, "text", text);
    }
}
