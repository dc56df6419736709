package io.claimcheck.gateway;

import static io.claimcheck.gateway.ApiCalls.asClient;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The reconciler killed (SIGKILL) in the middle of a story's ingestion, on the real PostgreSQL: every article the
 * gateway acknowledged (201 or 200) is stored, none twice, and the clients' retries with their Idempotency-Keys after
 * the restart store the rest exactly once.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class IngestFaultTest {

    private static final int ARTICLES = 40;

    @InjectRealServices
    RealServices services;

    @Test
    void everyAcknowledgedArticleIsStoredExactlyOnce() throws Exception {
        String story = "fault-" + UUID.randomUUID();
        Map<String, Integer> firstAnswers = new ConcurrentHashMap<>();
        CountDownLatch aQuarterAnswered = new CountDownLatch(ARTICLES / 4);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < ARTICLES; i++) {
                String articleId = "article-" + i;
                clients.submit(() -> {
                    firstAnswers.put(articleId, add(story, articleId));
                    aQuarterAnswered.countDown();
                });
            }
            assertTrue(aQuarterAnswered.await(60, TimeUnit.SECONDS), "the first articles were not answered");
            services.crash("reconciler-service");
            services.restart("reconciler-service");
        } finally {
            clients.shutdown();
            assertTrue(clients.awaitTermination(120, TimeUnit.SECONDS), "the clients did not finish");
        }
        Set<String> acknowledged = new HashSet<>();
        firstAnswers.forEach((articleId, status) -> {
            if (status == 200 || status == 201) {
                acknowledged.add(articleId);
            }
        });
        // the clients whose request failed retry it, with the same key, until it is acknowledged
        for (int i = 0; i < ARTICLES; i++) {
            String articleId = "article-" + i;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int status = firstAnswers.get(articleId);
            while (status != 200 && status != 201) {
                assertTrue(System.nanoTime() < deadline, articleId + " was never acknowledged; last " + status);
                Thread.sleep(250);
                status = add(story, articleId);
            }
            if (acknowledged.contains(articleId)) {
                // a 503 while the breaker is still open after the restart says "try again", nothing about storage
                int replay = add(story, articleId);
                while (replay == 503 && System.nanoTime() < deadline) {
                    Thread.sleep(250);
                    replay = add(story, articleId);
                }
                assertEquals(200, replay, articleId + " was acknowledged, so it is stored already");
            }
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
        for (int i = 0; i < ARTICLES; i++) {
            assertEquals(1, claimsPerArticle.getOrDefault("article-" + i, 0), "claims of article-" + i);
        }
        asClient().when().get("/api/v1/stories/{id}", story)
                .then().statusCode(200)
                .body("articles", equalTo(ARTICLES))
                .body("claims", equalTo(ARTICLES));
    }

    /** Adds one article of our own words with one claim, keyed by its id; the status of the answer. */
    private static int add(String story, String articleId) {
        int soldiers = 10 + Integer.parseInt(articleId.substring(articleId.indexOf('-') + 1));
        return asClient().contentType(ContentType.JSON).header("Idempotency-Key", "key-" + articleId)
                .body(Map.of("article", Map.of("id", articleId, "publisher", "Wire", "publishedAt", "2020-10-01",
                        "text", "The ministry said " + soldiers + " soldiers were killed near the river.")))
                .when().post("/api/v1/stories/{id}/articles", story)
                .then().extract().statusCode();
    }
}
