package io.claimcheck.reconciler.store;

import static io.claimcheck.reconciler.ClaimFixtures.addArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.claimcheck.reconciler.domain.ClaimReading;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A replica keeps the stories it changed in memory, and uses its copy only while the story's row still holds the
 * version it made: a change through another replica is read back from the database.
 */
@QuarkusTest
class StoryCacheIntegrationTest {

    @Inject
    StoryCache cache;

    @Inject
    StoryRepository stories;

    @Inject
    ArticleRepository articles;

    @Inject
    ClaimRepository claims;

    @Test
    void aStoryChangedThroughAnotherReplicaIsReadFromTheDatabase() {
        String story = "replicas-" + UUID.randomUUID();
        addArticle(story, "az", ClaimFixtures.azerbaijanClaims2300("az"));
        assertThat(cache.at(story, version(story))).as("kept after the change it made").isPresent();

        // another replica stores Armenia's own figure: the story moves on a version this replica did not make
        QuarkusTransaction.requiringNew().run(() -> {
            storeAsAnotherReplica(story, "am", 40, "104", 104);
            stories.update("version = version + 1 where id = ?1", story);
        });
        assertThat(cache.at(story, version(story))).isEmpty();

        // the ministry says it again: judged against the other replica's claim, which only the database knows of
        addArticle(story, "az-again", ClaimFixtures.azerbaijanClaims2300("az-again"));

        List<List<String>> claimIds = given().when().get("/stories/{id}/discrepancies", story)
                .then().statusCode(200).extract().jsonPath().getList("discrepancies.claimIds");
        assertThat(claimIds).hasSize(1);
        assertThat(claimIds.get(0)).contains("am@40", "az-again@120");
        assertThat(cache.at(story, version(story))).isPresent();
    }

    private long version(String story) {
        return QuarkusTransaction.requiringNew().call(() -> stories.findById(story).version);
    }

    private void storeAsAnotherReplica(String story, String articleId, int start, String mention, double value) {
        ArticleEntity article = new ArticleEntity();
        article.pk = UUID.randomUUID();
        article.storyId = story;
        article.articleId = articleId;
        article.publishedAt = Instant.parse("2020-10-01T00:00:00Z");
        article.body = "Our own words.";
        article.receivedAt = Instant.now();
        articles.persist(article);
        ClaimEntity claim = new ClaimEntity();
        claim.pk = UUID.randomUUID();
        claim.storyId = story;
        claim.articleId = articleId;
        claim.claimId = articleId + "@" + start;
        claim.mention = mention;
        claim.spanStart = start;
        claim.spanEnd = start + mention.length();
        claim.value = value;
        claim.lower = value;
        claim.upper = value;
        claim.bound = "EXACT";
        claim.metric = "KILLED";
        claim.object = "soldier";
        claim.subjectText = "soldiers";
        claim.subjectParty = "Armenia";
        claim.claimantText = "Armenia";
        claim.claimantParty = "Armenia";
        ClaimReadings.write(new ClaimReading(Set.of(), Optional.empty(), false), claim);
        claims.persist(claim);
    }
}
