package io.claimcheck.reconciler.store;

import static io.claimcheck.reconciler.ClaimFixtures.addArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A story keeps the version of the rules its conflicts were judged under. A story judged under other rules (an older
 * release, other thresholds, another object-class table) is judged afresh, every pair, when it is next read or
 * changed; a new article need not even touch the counts that change.
 */
@QuarkusTest
class RulesVersionTest {

    @Inject
    StoryRepository stories;

    @Inject
    DiscrepancyRepository discrepancies;

    @Inject
    Reconcilers reconcilers;


    private static List<String> discrepancyIds(String story) {
        return given().when().get("/stories/{id}/discrepancies", story)
                .then().statusCode(200).extract().jsonPath().getList("discrepancies.id", String.class);
    }

    @Test
    void aStoryJudgedUnderOtherRulesIsJudgedAfreshWhenRead() {
        String story = "rules-read-" + UUID.randomUUID();
        List<String> underTheseRules = twoSourcesJudgedByAnEarlierRelease(story);

        assertThat(discrepancyIds(story)).isEqualTo(underTheseRules);
        assertThat(judgedWith(story)).isEqualTo(DiscrepancyKeeper.judgedWith(reconcilers.current()));
    }

    @Test
    void aStoryJudgedUnderOtherRulesIsJudgedAfreshOnItsNextChange() {
        String story = "rules-change-" + UUID.randomUUID();
        List<String> underTheseRules = twoSourcesJudgedByAnEarlierRelease(story);

        Map<String, Object> wounded = ClaimFixtures.killed("wounded", 10, "12", 12, "soldier", "Armenia", null, null);
        wounded.put("metric", "WOUNDED");
        addArticle(story, "wounded", wounded);

        assertThat(judgedWith(story)).isEqualTo(DiscrepancyKeeper.judgedWith(reconcilers.current()));
        assertThat(discrepancyIds(story)).isEqualTo(underTheseRules);
    }

    @Test
    void aStoryUnderTheCurrentRulesIsReadAsItIs() {
        String story = "rules-current-" + UUID.randomUUID();
        addArticle(story, "az", ClaimFixtures.azerbaijanClaims2300("az"));
        addArticle(story, "am", ClaimFixtures.armeniaReports104("am"));
        long version = QuarkusTransaction.requiringNew().call(() -> stories.findById(story).version);

        assertThat(discrepancyIds(story)).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> stories.findById(story).version)).isEqualTo(version);
    }

    // The seed's two sources stored, then made to look as if an earlier release had judged them and found nothing;
    // what these rules find in them.
    private List<String> twoSourcesJudgedByAnEarlierRelease(String story) {
        addArticle(story, "az", ClaimFixtures.azerbaijanClaims2300("az"));
        addArticle(story, "am", ClaimFixtures.armeniaReports104("am"));
        List<String> underTheseRules = discrepancyIds(story);
        assertThat(underTheseRules).hasSize(1);
        QuarkusTransaction.requiringNew().run(() -> {
            discrepancies.delete("storyId", story);
            stories.update("judgedWith = ?1 where id = ?2", "r0 rules of an earlier release", story);
        });
        return underTheseRules;
    }

    private String judgedWith(String story) {
        return QuarkusTransaction.requiringNew().call(() -> stories.findById(story).judgedWith);
    }
}
