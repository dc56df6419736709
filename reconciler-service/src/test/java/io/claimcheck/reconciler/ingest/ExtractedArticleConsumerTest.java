package io.claimcheck.reconciler.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.reconciler.ClaimFixtures;
import io.claimcheck.testing.TestBroker;
import io.quarkus.test.junit.QuarkusTest;

/**
 * article.extracted messages published on the real RabbitMQ (this run's own exchange and queues) and stored in the real
 * PostgreSQL: each once, however often it is delivered; a message the reconciler refuses lands in the dead-letter
 * queue with its reason, and its article's status says failed with that reason; so does one the database refuses on
 * every delivery the queue allows (the test profile's delivery limit, 2: three deliveries).
 */
@QuarkusTest
class ExtractedArticleConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static TestBroker broker;

    @ConfigProperty(name = "claimcheck.messaging.exchange")
    String exchange;

    @ConfigProperty(name = "claimcheck.messaging.dead-letter-queue")
    String deadLetters;

    @ConfigProperty(name = "claimcheck.messaging.delivery-limit")
    int deliveryLimit;

    @Inject
    DataSource database;

    @BeforeAll
    static void connect() {
        broker = TestBroker.connect();
    }

    @AfterAll
    static void disconnect() {
        broker.close();
    }

    @Test
    void storesAnArticleDeliveredTwiceOnceAndSaysItIsReconciled() throws Exception {
        String story = "async-" + UUID.randomUUID();
        byte[] message = extracted(story, "a1", List.of(ClaimFixtures.armeniaReports104("a1"),
                ClaimFixtures.azerbaijanClaims2300("a1")));
        given().when().put("/stories/{story}/articles/{article}/ingestion", story, "a1")
                .then().statusCode(200).body("state", equalTo("QUEUED"));

        publish(story, "a1", message);
        awaitState(story, "a1", "RECONCILED");
        String firstReconciled = updatedAt(story, "a1");
        publish(story, "a1", message);
        // the second copy is consumed too (it records the article reconciled again): wait for it, then count
        await().atMost(PATIENCE).until(() -> !updatedAt(story, "a1").equals(firstReconciled));
        awaitState(story, "a1", "RECONCILED");

        given().when().get("/stories/{id}", story)
                .then().statusCode(200).body("articles", equalTo(1)).body("claims", equalTo(2));
        given().when().get("/stories/{id}/claims", story)
                .then().statusCode(200).body("claims.id", equalTo(List.of("a1@40", "a1@120")));
    }

    @Test
    void aRefusedArticleGoesToTheDeadLetterQueueWithItsReason() throws Exception {
        String story = "async-" + UUID.randomUUID();
        Map<String, Object> pastTheText = ClaimFixtures.killed("bad", 5000, "12", 12, "soldier", null, null, null);
        publish(story, "bad", extracted(story, "bad", List.of(pastTheText)));

        awaitState(story, "bad", "FAILED");
        given().when().get("/stories/{story}/articles/{article}/ingestion", story, "bad")
                .then().statusCode(200).body("reason", containsString("span"));
        given().when().get("/ingestions/failures")
                .then().statusCode(200).body("failures.articleId", hasItem("bad"));
        given().when().get("/stories/{id}", story).then().statusCode(404);

        List<TestBroker.Delivery> dead = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            dead.addAll(broker.drain(deadLetters));
            return dead.stream().anyMatch(d -> "bad".equals(d.header(BrokerHeaders.ARTICLE)));
        });
        TestBroker.Delivery refused = dead.stream().filter(d -> "bad".equals(d.header(BrokerHeaders.ARTICLE)))
                .findFirst().orElseThrow();
        assertEquals(story, refused.header(BrokerHeaders.STORY));
        assertNotNull(refused.header(BrokerHeaders.REASON));
        assertTrue(refused.header(BrokerHeaders.REASON).contains("span"), refused.header(BrokerHeaders.REASON));
        // the dead-letter queue keeps the message itself, for a replay once the fault is mended
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("\"storyId\":\"" + story + "\""));
    }

    @Test
    void anArticleTheDatabaseRefusesOnEveryDeliveryIsDeadLetteredWithTheCauseAndNeverDeliveredAgain() throws Exception {
        String story = "async-" + UUID.randomUUID();
        String refusal = "refuses_" + story.replace('-', '_');
        given().when().put("/stories/{story}/articles/{article}/ingestion", story, "doomed")
                .then().statusCode(200).body("state", equalTo("QUEUED"));
        // a real refusal by the database, on every delivery, of this story's articles only
        sql("ALTER TABLE article ADD CONSTRAINT " + refusal + " CHECK (story_id <> '" + story + "') NOT VALID");
        List<TestBroker.Delivery> dead = new ArrayList<>();
        try {
            publish(story, "doomed", extracted(story, "doomed", List.of(ClaimFixtures.armeniaReports104("doomed"))));

            awaitState(story, "doomed", "FAILED");
            String reason = given().when().get("/stories/{story}/articles/{article}/ingestion", story, "doomed")
                    .then().statusCode(200).extract().path("reason");
            assertTrue(reason.contains("any of its " + (deliveryLimit + 1) + " deliveries"), reason);
            assertTrue(reason.contains(refusal), reason);
            given().when().get("/ingestions/failures")
                    .then().statusCode(200).body("failures.reason", hasItem(reason));
            await().atMost(PATIENCE).until(() -> {
                dead.addAll(broker.drain(deadLetters));
                return dead.stream().anyMatch(d -> story.equals(d.header(BrokerHeaders.STORY)));
            });
        } finally {
            sql("ALTER TABLE article DROP CONSTRAINT " + refusal);
        }

        // the database takes the article now: a message that came back would be stored, and dead-lettered twice
        Thread.sleep(3 * ExtractedArticleConsumer.REQUEUE_PAUSE_MILLIS);
        dead.addAll(broker.drain(deadLetters));
        List<TestBroker.Delivery> kept = dead.stream().filter(d -> story.equals(d.header(BrokerHeaders.STORY))).toList();
        assertEquals(1, kept.size(), "copies in the dead-letter queue");
        assertTrue(kept.get(0).header(BrokerHeaders.REASON).contains(refusal), kept.get(0).header(BrokerHeaders.REASON));
        assertTrue(new String(kept.get(0).body(), StandardCharsets.UTF_8).contains("\"id\":\"doomed\""));
        given().when().get("/stories/{id}", story).then().statusCode(404);
        awaitState(story, "doomed", "FAILED");
    }

    @Test
    void aMessageThatIsNoArticleFailsWithTheReason() {
        String story = "async-" + UUID.randomUUID();
        publish(story, "garbled", "{\"storyId\": 12".getBytes(StandardCharsets.UTF_8));

        awaitState(story, "garbled", "FAILED");
        given().when().get("/stories/{story}/articles/{article}/ingestion", story, "garbled")
                .then().statusCode(200).body("reason", containsString("cannot be read"));
    }

    @Test
    void aQueuedRecordIsWithdrawnWhenTheBrokerNeverTookItsMessage() {
        String story = "async-" + UUID.randomUUID();
        given().when().put("/stories/{story}/articles/{article}/ingestion", story, "never-sent")
                .then().statusCode(200).body("state", equalTo("QUEUED"));
        given().when().delete("/stories/{story}/articles/{article}/ingestion", story, "never-sent")
                .then().statusCode(204);
        given().when().get("/stories/{story}/articles/{article}/ingestion", story, "never-sent")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/ingestions/failures?limit=0")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private void awaitState(String story, String article, String state) {
        await().atMost(PATIENCE).untilAsserted(() -> given()
                .when().get("/stories/{story}/articles/{article}/ingestion", story, article)
                .then().statusCode(200).body("state", equalTo(state)));
    }

    private static String updatedAt(String story, String article) {
        return given().when().get("/stories/{story}/articles/{article}/ingestion", story, article)
                .then().statusCode(200).extract().path("updatedAt");
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private void publish(String story, String article, byte[] body) {
        broker.publish(exchange, "article.extracted",
                Map.of(BrokerHeaders.STORY, story, BrokerHeaders.ARTICLE, article), body);
    }

    private static byte[] extracted(String story, String articleId, List<Map<String, Object>> claims)
            throws JsonProcessingException {
        List<Map<String, Object>> withoutArticle = claims.stream().map(claim -> {
            Map<String, Object> copy = new HashMap<>(claim);
            copy.remove("articleId");
            return copy;
        }).toList();
        Map<String, Object> message = Map.of("storyId", story, "article", Map.of("id", articleId, "publisher", "Wire",
                "publishedAt", "2020-10-01", "text", ClaimFixtures.TEXT), "claims", withoutArticle);
        return new ObjectMapper().writeValueAsBytes(message);
    }
}
