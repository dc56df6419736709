package io.claimcheck.reconciler.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Stories stored in the real PostgreSQL (see the test profile in application.properties). */
@QuarkusTest
class StoryResourceTest {

    private static Map<String, Object> article(String id, String publishedAt, List<Map<String, Object>> claims) {
        return Map.of("article", Map.of("id", id, "publisher", "Wire", "publishedAt", publishedAt,
                "text", ClaimFixtures.TEXT), "claims", claims);
    }

    private static String newStory() {
        return "story-" + UUID.randomUUID();
    }

    @Test
    void storesAnArticleOnceHoweverOftenItIsSent() {
        String story = newStory();
        Map<String, Object> body = article("a1", "2020-10-01", List.of(ClaimFixtures.armeniaReports104("a1")));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/stories/{id}/articles", story)
                .then().statusCode(201).body("created", equalTo(true)).body("claims", equalTo(1));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/stories/{id}/articles", story)
                .then().statusCode(200).body("created", equalTo(false)).body("claims", equalTo(1));
        given().when().get("/stories/{id}/claims", story)
                .then().statusCode(200)
                .body("claims", hasSize(1))
                .body("claims[0].id", equalTo("a1@40"))
                .body("claims[0].subject.party", equalTo("Armenia"));
    }

    @Test
    void comparesClaimsAcrossTheStorysArticles() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(article("yerevan", "2020-10-01", List.of(ClaimFixtures.armeniaReports104("yerevan"))))
                .when().post("/stories/{id}/articles", story).then().statusCode(201);
        given().contentType(ContentType.JSON).body(article("baku", "2020-10-01", List.of(ClaimFixtures.azerbaijanClaims2300("baku"))))
                .when().post("/stories/{id}/articles", story).then().statusCode(201);
        given().when().get("/stories/{id}/discrepancies", story)
                .then().statusCode(200)
                .body("discrepancies", hasSize(1))
                .body("discrepancies[0].claimIds", containsInAnyOrder("yerevan@40", "baku@120"));
    }

    @Test
    void keepsEachClaimsIncidentAndComparesOnlyOneIncidentsFigures() {
        String story = newStory();
        // one district's figure, another town's, and then the city-wide figure, below the district's
        Map<String, Object> hara = ClaimFixtures.inIncident(ClaimFixtures.azerbaijanClaims2300("hara"), "Hara",
                List.of("Dorva"), "2020-09-30");
        Map<String, Object> selm = ClaimFixtures.inIncident(ClaimFixtures.armeniaReports104("selm"), "Selm",
                List.of(), "2020-09-30");
        Map<String, Object> dorva = ClaimFixtures.inIncident(ClaimFixtures.armeniaReports104("dorva"), "Dorva",
                List.of(), "2020-09-30");
        given().contentType(ContentType.JSON).body(article("hara", "2020-10-01", List.of(hara)))
                .when().post("/stories/{id}/articles", story).then().statusCode(201);
        given().contentType(ContentType.JSON).body(article("selm", "2020-10-01", List.of(selm)))
                .when().post("/stories/{id}/articles", story).then().statusCode(201);
        given().when().get("/stories/{id}/discrepancies", story)
                .then().statusCode(200).body("discrepancies", hasSize(0));
        given().contentType(ContentType.JSON).body(article("dorva", "2020-10-01", List.of(dorva)))
                .when().post("/stories/{id}/articles", story).then().statusCode(201);
        given().when().get("/stories/{id}/claims", story)
                .then().statusCode(200)
                .body("claims.find { it.id == 'hara@120' }.incident.place", equalTo("Hara"))
                .body("claims.find { it.id == 'hara@120' }.incident.placeWithin", equalTo(List.of("Dorva")))
                .body("claims.find { it.id == 'hara@120' }.incident.day", equalTo("2020-09-30"));
        given().when().get("/stories/{id}/discrepancies", story)
                .then().statusCode(200)
                .body("discrepancies", hasSize(1))
                .body("discrepancies[0].claimIds", containsInAnyOrder("hara@120", "dorva@40"))
                .body("discrepancies[0].confidence", equalTo(0.75f))
                .body("discrepancies[0].explanation", endsWith("Both count the incident in Dorva on 30 September 2020."));
    }

    @Test
    void anIncidentDayThatIsNoDateIsAProblem() {
        Map<String, Object> claim = ClaimFixtures.inIncident(ClaimFixtures.armeniaReports104("a1"), "Hara", List.of(),
                "last Friday");
        given().contentType(ContentType.JSON).body(article("a1", "2020-10-01", List.of(claim)))
                .when().post("/stories/{id}/articles", newStory())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("last Friday"));
    }

    @Test
    void anUnknownStoryIsNotFound() {
        given().when().get("/stories/{id}/claims", newStory())
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/stories/{id}/articles", newStory())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no story"));
    }

    @Test
    void listsTheArticlesInPublicationOrderPageByPageWithoutTheirTexts() {
        String story = newStory();
        // added out of order: the undated one first, then the later ones before the earliest; two at the same minute
        addWithClaims(story, "undated", null, List.of(ClaimFixtures.armeniaReports104("undated")));
        addWithClaims(story, "evening", "2020-10-02T18:00:00Z", List.of(ClaimFixtures.armeniaReports104("evening"),
                ClaimFixtures.azerbaijanClaims2300("evening")));
        addWithClaims(story, "noon-b", "2020-10-02T12:00:00Z", List.of());
        addWithClaims(story, "noon-a", "2020-10-02T12:00:00+00:00", List.of(ClaimFixtures.armeniaReports104("noon-a")));
        addWithClaims(story, "first", "2020-10-01", List.of(ClaimFixtures.azerbaijanClaims2300("first")));

        List<Map<String, Object>> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/stories/{id}/articles", story)
                    .then().statusCode(200).body("storyId", equalTo(story)).extract().jsonPath();
            assertThat(page.getList("articles")).hasSizeLessThanOrEqualTo(2);
            listed.addAll(page.getList("articles"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(listed).extracting(article -> article.get("id"))
                .containsExactly("first", "noon-a", "noon-b", "evening", "undated");
        assertThat(listed).extracting(article -> article.get("claims")).containsExactly(1, 1, 0, 2, 1);
        assertThat(listed).extracting(article -> article.get("publishedAt")).containsExactly("2020-10-01T00:00:00Z",
                "2020-10-02T12:00:00Z", "2020-10-02T12:00:00Z", "2020-10-02T18:00:00Z", null);
        assertThat(listed.get(0)).containsEntry("publisher", "Wire")
                .containsEntry("url", "https://example.org/first")
                .doesNotContainKeys("text", "body");
    }

    @Test
    void aCursorTheListingDidNotGiveIsAProblem() {
        String story = newStory();
        addWithClaims(story, "a1", "2020-10-01", List.of());
        given().queryParam("cursor", "not a cursor").when().get("/stories/{id}/articles", story)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("cursor 'not a cursor'"));
        given().queryParam("limit", 101).when().get("/stories/{id}/articles", story)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static void addWithClaims(String story, String id, String publishedAt, List<Map<String, Object>> claims) {
        Map<String, Object> article = new HashMap<>(Map.of("id", id, "publisher", "Wire",
                "url", "https://example.org/" + id, "text", ClaimFixtures.TEXT));
        article.put("publishedAt", publishedAt);
        given().contentType(ContentType.JSON).body(Map.of("article", article, "claims", claims))
                .when().post("/stories/{id}/articles", story)
                .then().statusCode(201);
    }

    @Test
    void aClaimFromAnotherArticleIsRefusedAndNothingIsStored() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(article("a1", "2020-10-01", List.of(ClaimFixtures.armeniaReports104("other"))))
                .when().post("/stories/{id}/articles", story)
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/stories/{id}/claims", story).then().statusCode(404);
    }
}
