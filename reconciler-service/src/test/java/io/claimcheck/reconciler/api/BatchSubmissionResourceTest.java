package io.claimcheck.reconciler.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The batches the gateway queues under an Idempotency-Key, on the real PostgreSQL: the first request under a key
 * decides what it means, a confirmed batch stays queued, and the key with another batch is refused.
 */
@QuarkusTest
class BatchSubmissionResourceTest {

    private static final String HASH = "a".repeat(64);
    private static final String OTHER_HASH = "b".repeat(64);

    @Test
    void aBatchIsRecordedOnceAndStaysQueuedOnceConfirmed() {
        String story = "batch-" + UUID.randomUUID();
        record(story, "k-1", HASH, false).statusCode(200).body("contentHash", equalTo(HASH))
                .body("queued", equalTo(false));
        // a retry before the broker confirmed the first attempt: not queued yet, so the gateway queues it again
        record(story, "k-1", HASH, false).statusCode(200).body("queued", equalTo(false));
        record(story, "k-1", HASH, true).statusCode(200).body("queued", equalTo(true));
        record(story, "k-1", HASH, false).statusCode(200).body("queued", equalTo(true));
        // keys are the story's own
        record("other-" + story, "k-1", OTHER_HASH, false).statusCode(200).body("queued", equalTo(false));
    }

    @Test
    void theKeyWithAnotherBatchIsRefused() {
        String story = "batch-" + UUID.randomUUID();
        record(story, "k-1", HASH, true).statusCode(200);
        record(story, "k-1", OTHER_HASH, false).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:idempotency-key-reused"))
                .body("detail", containsString("another batch"));
    }

    @Test
    void aBatchWithoutItsKeyOrHashIsBadInput() {
        String story = "batch-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("contentHash", HASH, "queued", false))
                .when().put("/stories/{story}/batches", story)
                .then().statusCode(400).contentType("application/problem+json");
        record(story, "k-1", "not-a-hash", false).statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse record(String story, String key, String hash, boolean queued) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("contentHash", hash, "queued", queued))
                .when().put("/stories/{story}/batches", story)
                .then();
    }
}
