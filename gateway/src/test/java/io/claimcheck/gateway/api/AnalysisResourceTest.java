package io.claimcheck.gateway.api;

import static io.claimcheck.gateway.ApiCalls.asClient;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimcheck.gateway.RealServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The public analysis call, through the real extractor and reconciler. */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class AnalysisResourceTest {

    /** The seed's facts and figures, told in our own words. */
    private static final String STORY = """
            Fighting over Karabakh went on for a fifth day. Armenian officials counted 104 military deaths and \
            23 civilian deaths in Armenia. Baku's Defense Ministry said that its troops had killed 2,300 Karabakh \
            soldiers.""";

    private static final Map<String, Object> PARTIES = Map.of(
            "Armenia", List.of("Armenian", "Karabakh", "Yerevan"),
            "Azerbaijan", List.of("Azerbaijani", "Baku"));

    @Test
    void findsTheClaimsAndTheDiscrepancy() {
        asClient().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("id", "a1", "text", STORY, "publisher", "Wire",
                        "publishedAt", "2020-10-01")), "parties", PARTIES))
                .when().post("/api/v1/analyses")
                .then().statusCode(200)
                .body("claims.mention", hasItems("104", "23", "2,300"))
                .body("claims.find { it.mention == '2,300' }.articleId", equalTo("a1"))
                .body("claims.find { it.mention == '2,300' }.metric", equalTo("KILLED"))
                .body("claims.find { it.mention == '2,300' }.value", equalTo(2300))
                .body("claims.find { it.mention == '2,300' }.subject.party", equalTo("Armenia"))
                .body("claims.find { it.mention == '2,300' }.claimant.party", equalTo("Azerbaijan"))
                .body("claims.find { it.mention == '2,300' }.span.start", equalTo(STORY.indexOf("2,300")))
                .body("discrepancies", hasSize(1))
                .body("discrepancies[0].metric", equalTo("KILLED"))
                .body("discrepancies[0].ratio", greaterThan(20f))
                .body("discrepancies[0].severity", equalTo("HIGH"))
                .body("discrepancies[0].explanation", allOf(containsString("2,300"), containsString("104")))
                .body("discrepancies[0].claimIds", hasItem("a1@" + STORY.indexOf("2,300")));
    }

    @Test
    void figuresOfTwoIncidentsAreNoDiscrepancyAndOneIncidentsSayWhichAndHowSure() {
        String watch = "The Watch said rebel rockets killed 6 people in west Dorva on Friday.";
        String radio = "State radio said government raids killed 21 people in east Dorva on Friday. "
                + "It said 40 people were killed in west Dorva on Friday.";
        asClient().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(
                        Map.of("id", "w1", "text", watch, "publishedAt", "2026-05-16"),
                        Map.of("id", "r1", "text", radio, "publishedAt", "2026-05-16"))))
                .when().post("/api/v1/analyses")
                .then().statusCode(200)
                .body("claims.find { it.mention == '6' }.incident.place", equalTo("west Dorva"))
                .body("claims.find { it.mention == '6' }.incident.placeWithin", equalTo(List.of("Dorva")))
                .body("claims.find { it.mention == '6' }.incident.day", equalTo("2026-05-15"))
                .body("claims.find { it.mention == '6' }.incident.attacker", equalTo("insurgents"))
                .body("claims.find { it.mention == '21' }.incident.attacker", equalTo("government"))
                .body("discrepancies", hasSize(1))
                .body("discrepancies[0].claimIds", hasItems("w1@" + watch.indexOf("6"), "r1@" + radio.indexOf("40")))
                .body("discrepancies[0].confidence", equalTo(0.75f))
                .body("discrepancies[0].explanation", containsString("in west Dorva, Dorva on 15 May 2026"));
    }

    @Test
    void agreeingClaimsAreNoDiscrepancy() {
        String text = "Officials said the death toll has passed 100. Medics counted 104 soldiers and 23 civilians dead.";
        asClient().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("id", "b1", "text", text))))
                .when().post("/api/v1/analyses")
                .then().statusCode(200)
                .body("claims", not(empty()))
                .body("discrepancies", empty());
    }

    @Test
    void malformedJsonIsAProblem() {
        asClient().contentType(ContentType.JSON).body("{\"articles\": [")
                .when().post("/api/v1/analyses")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:malformed-json"))
                .body("status", equalTo(400));
    }

    @Test
    void missingArticlesIsAProblem() {
        asClient().contentType(ContentType.JSON).body(Map.of("articles", List.of()))
                .when().post("/api/v1/analyses")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:invalid-request"))
                .body("detail", containsString("articles"));
    }

    @Test
    void anArticleWithoutTextIsAProblem() {
        asClient().contentType(ContentType.JSON).body(Map.of("articles", List.of(Map.of("id", "x"))))
                .when().post("/api/v1/analyses")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("text"));
    }

    @Test
    void repeatedArticleIdsAreAProblem() {
        Map<String, String> article = Map.of("id", "same", "text", "Five people were hurt.");
        asClient().contentType(ContentType.JSON).body(Map.of("articles", List.of(article, article)))
                .when().post("/api/v1/analyses")
                .then().statusCode(400)
                .body("detail", containsString("more than once"));
    }

    @Test
    void aTextOverTheLimitIsRejectedWith413() {
        String longText = "word ".repeat(40_001);
        asClient().contentType(ContentType.JSON).body(Map.of("articles", List.of(Map.of("id", "long", "text", longText))))
                .when().post("/api/v1/analyses")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:text-too-long"));
    }

    @Test
    void anUnknownPathIsAProblem() {
        asClient().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", startsWith("urn:claimcheck:problem:"));
    }
}
