package io.claimcheck.extractor.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.testing.TestBroker;
import io.quarkus.test.junit.QuarkusTest;

/**
 * article.submitted messages on the real RabbitMQ (this run's own exchange and queues): the extractor publishes each
 * as article.extracted with its claims, or, when it refuses the article, as article.failed with the reason, which the
 * dead-letter queue keeps.
 */
@QuarkusTest
class SubmittedArticleConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBroker broker;

    @ConfigProperty(name = "claimcheck.messaging.exchange")
    String exchange;

    @ConfigProperty(name = "claimcheck.messaging.dead-letter-queue")
    String deadLetters;

    @BeforeAll
    static void connect() {
        broker = TestBroker.connect();
    }

    @AfterAll
    static void disconnect() {
        broker.close();
    }

    @Test
    void publishesTheArticleWithItsClaims() throws Exception {
        String results = broker.listen(exchange, "article.extracted", "article.failed");
        String story = "story-" + UUID.randomUUID();
        publish(story, "a1", Map.of("storyId", story, "idempotencyKey", "key-a1",
                "article", Map.of("id", "a1", "publisher", "Wire", "publishedAt", "2020-10-01",
                        "text", "The ministry said 31 soldiers were killed near the dam on Tuesday."),
                "parties", Map.of(), "maxClaims", 100));

        TestBroker.Delivery delivery = awaitOne(results);
        assertEquals(story, delivery.header(SubmittedArticleConsumer.STORY));
        assertEquals("a1", delivery.header(SubmittedArticleConsumer.ARTICLE));
        JsonNode extracted = JSON.readTree(delivery.body());
        assertEquals(story, extracted.path("storyId").asText());
        assertEquals("key-a1", extracted.path("idempotencyKey").asText());
        assertEquals("Wire", extracted.path("article").path("publisher").asText());
        assertEquals(1, extracted.path("claims").size(), extracted.toString());
        assertEquals("a1@18", extracted.path("claims").get(0).path("id").asText());
        assertEquals(31, extracted.path("claims").get(0).path("value").asInt());
        assertEquals("KILLED", extracted.path("claims").get(0).path("metric").asText());
    }

    @Test
    void anArticleOverTheClaimsLimitGoesToTheDeadLetterQueueWithTheReason() throws Exception {
        String results = broker.listen(exchange, "article.extracted", "article.failed");
        String story = "story-" + UUID.randomUUID();
        publish(story, "crowded", Map.of("storyId", story,
                "article", Map.of("id", "crowded", "text", "Officials counted 4 tanks, 9 trucks and 12 guns lost."),
                "maxClaims", 1));

        TestBroker.Delivery failed = awaitOne(results);
        assertTrue(failed.header(SubmittedArticleConsumer.REASON).contains("the limit is 1"),
                failed.header(SubmittedArticleConsumer.REASON));
        List<TestBroker.Delivery> dead = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            dead.addAll(broker.drain(deadLetters));
            return dead.stream().anyMatch(d -> story.equals(d.header(SubmittedArticleConsumer.STORY)));
        });
        TestBroker.Delivery kept = dead.stream().filter(d -> story.equals(d.header(SubmittedArticleConsumer.STORY)))
                .findFirst().orElseThrow();
        assertEquals("crowded", kept.header(SubmittedArticleConsumer.ARTICLE));
        // the submitted message itself, to be sent again once its fault is mended
        assertEquals("crowded", JSON.readTree(kept.body()).path("article").path("id").asText());
    }

    @Test
    void aMessageWithoutItsTextIsRefusedWithTheField() throws Exception {
        String results = broker.listen(exchange, "article.failed");
        String story = "story-" + UUID.randomUUID();
        publish(story, "empty", Map.of("storyId", story, "article", Map.of("id", "empty")));

        TestBroker.Delivery failed = awaitOne(results);
        assertTrue(failed.header(SubmittedArticleConsumer.REASON).contains("article.text"),
                failed.header(SubmittedArticleConsumer.REASON));
    }

    private void publish(String story, String article, Map<String, Object> message) throws Exception {
        broker.publish(exchange, "article.submitted",
                Map.of(SubmittedArticleConsumer.STORY, story, SubmittedArticleConsumer.ARTICLE, article),
                JSON.writeValueAsBytes(message));
    }

    private static TestBroker.Delivery awaitOne(String queue) {
        List<TestBroker.Delivery> received = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            received.addAll(broker.drain(queue));
            return !received.isEmpty();
        });
        assertEquals(1, received.size());
        return received.get(0);
    }
}
