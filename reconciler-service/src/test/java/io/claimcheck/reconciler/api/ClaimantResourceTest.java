package io.claimcheck.reconciler.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
            add(id, "a", ClaimFixtures.killed("a", 10, "100", 100, "civilian", "Land", steady, steady));
            add(id, "b", ClaimFixtures.killed("b", 10, "104", 104, "civilian", "Land", other, other));
            add(id, "c", ClaimFixtures.killed("c", 10, "900", 900, "civilian", "Land", outlier, outlier));
        }
        JsonPath figures = given().when().get("/claimants").then().statusCode(200).extract().jsonPath();
        double outlierWeight = figures.getDouble("claimants.find { it.party == '" + outlier + "' }.weight");
        double steadyWeight = figures.getDouble("claimants.find { it.party == '" + steady + "' }.weight");
        assertThat(outlierWeight).isLessThan(steadyWeight);
        assertThat(figures.getInt("claimants.find { it.party == '" + outlier + "' }.claims")).isEqualTo(3);

        // the weights just learned weigh the next story's consensus: its best estimate sides with the steady voice
        String next = "claimants-" + UUID.randomUUID();
        add(next, "a", ClaimFixtures.killed("a", 10, "100", 100, "civilian", "Land", steady, steady));
        add(next, "c", ClaimFixtures.killed("c", 10, "900", 900, "civilian", "Land", outlier, outlier));
        double best = given().when().get("/stories/{id}/discrepancies", next).then().statusCode(200)
                .extract().jsonPath().getDouble("discrepancies[0].consensus.best");
        assertThat(best).isEqualTo(100.0);
    }

    private static void add(String story, String articleId, Map<String, Object> claim) {
        given().contentType(ContentType.JSON)
                .body(Map.of("article", Map.of("id", articleId, "publishedAt", "2020-10-01", "text", "Our own words."),
                        "claims", List.of(claim)))
                .when().post("/stories/{id}/articles", story)
                .then().statusCode(201);
    }
}
