package io.claimcheck.reconciler.api;

import static io.claimcheck.reconciler.ClaimFixtures.addArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Per-claimant figures across stories, on the real PostgreSQL. */
@QuarkusTest
class ClaimantResourceTest {

    @Test
    void aVoiceAtOddsWithTwoOthersAgainAndAgainWeighsLess() {
        String outlier = "Outlier-" + UUID.randomUUID();
        String steady = "Steady-" + UUID.randomUUID();
        String other = "Other-" + UUID.randomUUID();
        for (int story = 0; story < 3; story++) {
            String id = "claimants-" + UUID.randomUUID();
            addArticle(id, "a", ClaimFixtures.killed("a", 10, "100", 100, "civilian", "Land", steady, steady));
            addArticle(id, "b", ClaimFixtures.killed("b", 10, "104", 104, "civilian", "Land", other, other));
            addArticle(id, "c", ClaimFixtures.killed("c", 10, "900", 900, "civilian", "Land", outlier, outlier));
        }
        JsonPath figures = given().when().get("/claimants").then().statusCode(200).extract().jsonPath();
        double outlierWeight = figures.getDouble("claimants.find { it.party == '" + outlier + "' }.weight");
        double steadyWeight = figures.getDouble("claimants.find { it.party == '" + steady + "' }.weight");
        assertThat(outlierWeight).isLessThan(steadyWeight);
        assertThat(figures.getInt("claimants.find { it.party == '" + outlier + "' }.claims")).isEqualTo(3);

        // the weights just learned weigh the next story's consensus: its best estimate sides with the steady voice
        String next = "claimants-" + UUID.randomUUID();
        addArticle(next, "a", ClaimFixtures.killed("a", 10, "100", 100, "civilian", "Land", steady, steady));
        addArticle(next, "c", ClaimFixtures.killed("c", 10, "900", 900, "civilian", "Land", outlier, outlier));
        double best = given().when().get("/stories/{id}/discrepancies", next).then().statusCode(200)
                .extract().jsonPath().getDouble("discrepancies[0].consensus.best");
        assertThat(best).isEqualTo(100.0);
    }

}
