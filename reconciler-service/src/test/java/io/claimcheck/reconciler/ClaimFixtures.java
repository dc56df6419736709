package io.claimcheck.reconciler;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Claims as the gateway sends them, built from the seed's facts, and the request that adds them to a story. */
public final class ClaimFixtures {

    /**
     * An article's text in our own words, long enough for every span the fixtures give (the reconciler refuses a span
     * past its text).
     */
    public static final String TEXT = "Our own words about a war between two invented states, written for these tests "
            + "alone: the ministries of both sides gave their figures for the dead and the wounded, and the monitors "
            + "gave theirs, and none of the three agreed with the others on any day of the fighting that week.";

    private ClaimFixtures() {
    }

    public static Map<String, Object> killed(String articleId, int start, String mention, double value, String object,
            String subjectParty, String claimantText, String claimantParty) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("id", articleId + "@" + start);
        claim.put("articleId", articleId);
        claim.put("mention", mention);
        claim.put("span", Map.of("start", start, "end", start + mention.length()));
        claim.put("value", value);
        claim.put("lower", value);
        claim.put("upper", value);
        claim.put("bound", "EXACT");
        claim.put("metric", "KILLED");
        claim.put("object", object);
        if (subjectParty != null) {
            claim.put("subject", Map.of("text", object + "s", "party", subjectParty));
        }
        if (claimantParty != null) {
            claim.put("claimant", Map.of("text", claimantText, "party", claimantParty));
        }
        return claim;
    }

    /** Azerbaijan's 2,300 Karabakh soldiers against Armenia's own 104. */
    public static Map<String, Object> azerbaijanClaims2300(String articleId) {
        return killed(articleId, 120, "2,300", 2300, "soldier", "Armenia", "Azerbaijan's Defense Ministry", "Azerbaijan");
    }

    public static Map<String, Object> armeniaReports104(String articleId) {
        return killed(articleId, 40, "104", 104, "soldier", "Armenia", "Armenia", "Armenia");
    }

    /** The claim with the incident the extractor read for it. */
    public static Map<String, Object> inIncident(Map<String, Object> claim, String place, List<String> within,
            String day) {
        Map<String, Object> withIncident = new HashMap<>(claim);
        Map<String, Object> incident = new HashMap<>();
        incident.put("place", place);
        incident.put("placeWithin", within);
        incident.put("day", day);
        incident.put("cues", List.of());
        withIncident.put("incident", incident);
        return withIncident;
    }

    /** Adds an article of our own words, published on 1 October 2020, with one claim; expects it stored anew. */
    public static void addArticle(String story, String articleId, Map<String, Object> claim) {
        given().contentType(ContentType.JSON)
                .body(Map.of("article", Map.of("id", articleId, "publishedAt", "2020-10-01", "text", TEXT),
                        "claims", List.of(claim)))
                .when().post("/stories/{id}/articles", story)
                .then().statusCode(201);
    }
}
