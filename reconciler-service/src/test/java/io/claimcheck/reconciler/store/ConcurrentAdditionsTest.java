package io.claimcheck.reconciler.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** 16 clients adding to one story at once, on the real PostgreSQL: the story's row lock serialises them. */
@QuarkusTest
class ConcurrentAdditionsTest {

    private static final int CLIENTS = 16;

    private static Map<String, Object> articleWithClaim(String articleId, double killed, String claimantParty) {
        Map<String, Object> claim = ClaimFixtures.killed(articleId, 5, "n", killed, "soldier", "Armenia",
                claimantParty, claimantParty);
        return Map.of("article", Map.of("id", articleId, "publishedAt", "2020-10-01", "text", ClaimFixtures.TEXT),
                "claims", List.of(claim));
    }

    private static List<Integer> sendAtOnce(String story, List<Map<String, Object>> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(body)
                            .when().post("/stories/{id}/articles", story)
                            .then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> result = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                result.add(status.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sixteenDifferentArticlesAreAllStored() throws Exception {
        String story = "concurrent-" + UUID.randomUUID();
        List<Map<String, Object>> bodies = IntStream.range(0, CLIENTS)
                .mapToObj(i -> articleWithClaim("a" + i, i == 0 ? 2300 : 104, i == 0 ? "Azerbaijan" : "Armenia"))
                .toList();
        assertThat(sendAtOnce(story, bodies)).containsOnly(201);

        List<String> claimIds = given().when().get("/stories/{id}/claims", story)
                .then().statusCode(200).extract().jsonPath().getList("claims.id", String.class);
        assertThat(claimIds).hasSize(CLIENTS).doesNotHaveDuplicates();
        List<List<String>> groups = given().when().get("/stories/{id}/discrepancies", story)
                .then().statusCode(200).extract().jsonPath().getList("discrepancies.claimIds");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0)).hasSize(CLIENTS).contains("a0@5");
    }

    // Sixteen articles from four voices about two counts: soldiers killed, from 40 to 2,300, and people killed in all, from 3,000 to 4,000.
    private static List<Map<String, Object>> sixteenVoicesAboutTwoCounts() {
        List<String> voices = List.of("Armenia", "Azerbaijan", "Russia", "Turkey");
        List<Double> soldiers = List.of(104.0, 2300.0, 40.0, 710.0);
        return IntStream.range(0, CLIENTS).mapToObj(i -> {
            String articleId = "b" + i;
            String voice = voices.get(i % voices.size());
            double figure = soldiers.get(i % soldiers.size()) + i / voices.size();
            Map<String, Object> ownSoldiers = ClaimFixtures.killed(articleId, 5, "n", figure, "soldier", "Armenia",
                    voice, voice);
            double everyoneFigure = 3000 + 500 * (i % 3);
            Map<String, Object> everyone = ClaimFixtures.killed(articleId, 50, "m", everyoneFigure, "person", null,
                    voice, voice);
            return Map.<String, Object>of("article", Map.of("id", articleId, "publishedAt", "2020-10-01",
                    "text", ClaimFixtures.TEXT), "claims", List.of(ownSoldiers, everyone));
        }).toList();
    }

    @Test
    void sixteenArticlesAtOnceEndAsTheSameArticlesOneByOne() throws Exception {
        List<Map<String, Object>> bodies = sixteenVoicesAboutTwoCounts();
        String atOnce = "concurrent-" + UUID.randomUUID();
        assertThat(sendAtOnce(atOnce, bodies)).containsOnly(201);
        String oneByOne = "sequential-" + UUID.randomUUID();
        for (Map<String, Object> body : bodies) {
            given().contentType(ContentType.JSON).body(body).when().post("/stories/{id}/articles", oneByOne)
                    .then().statusCode(201);
        }

        List<Map<String, Object>> expected = discrepanciesOf(oneByOne);
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(discrepanciesOf(atOnce)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<Map<String, Object>> discrepanciesOf(String story) {
        return given().when().get("/stories/{id}/discrepancies", story)
                .then().statusCode(200).extract().jsonPath().getList("discrepancies");
    }

    @Test
    void theSameArticleSentSixteenTimesAtOnceIsStoredOnce() throws Exception {
        String story = "concurrent-" + UUID.randomUUID();
        Map<String, Object> body = articleWithClaim("same", 104, "Armenia");
        List<Integer> statuses = sendAtOnce(story, Collections.nCopies(CLIENTS, body));
        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        given().when().get("/stories/{id}", story)
                .then().statusCode(200)
                .body("articles", equalTo(1))
                .body("claims", equalTo(1));
    }
}
