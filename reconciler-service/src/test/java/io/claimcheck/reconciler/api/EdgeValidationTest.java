package io.claimcheck.reconciler.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.claimcheck.reconciler.ClaimFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What the reconciler refuses at its edge, each with its status, problem type and the field it names: nothing a caller
 * sends reaches the database as an exception (the columns' lengths, NUL, lone surrogates) or the rules as an interval
 * that allows no amount.
 */
@QuarkusTest
class EdgeValidationTest {

    private static final String INVALID = "urn:claimcheck:problem:invalid-request";
    private static final String UNPROCESSABLE = "urn:claimcheck:problem:unprocessable-claim";
    private static final String MALFORMED = "urn:claimcheck:problem:malformed-json";

    /** One bad request: what it changes in a good one, and the answer it must get. */
    private record Case(String name, Consumer<Map<String, Object>> change, int status, String type, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> article(Map<String, Object> body) {
        return (Map<String, Object>) body.get("article");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claim(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("claims")).get(0);
    }

    private static Map<String, Object> goodBody() {
        Map<String, Object> article = new HashMap<>(Map.of("id", "a1", "publisher", "Wire", "publishedAt", "2020-10-01",
                "url", "https://example.org/a1", "text", ClaimFixtures.TEXT));
        Map<String, Object> claim = new HashMap<>(ClaimFixtures.armeniaReports104("a1"));
        claim.put("subject", new HashMap<>(Map.of("text", "soldiers", "party", "Armenia")));
        Map<String, Object> body = new HashMap<>();
        body.put("article", article);
        body.put("claims", new ArrayList<>(List.of(claim)));
        return body;
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                new Case("lower above upper", b -> { claim(b).put("lower", 200); claim(b).put("upper", 100); },
                        422, UNPROCESSABLE, "claims[0].lower"),
                new Case("NaN value", b -> claim(b).put("value", "NaN"), 422, UNPROCESSABLE, "claims[0].value"),
                new Case("infinite upper", b -> claim(b).put("upper", "Infinity"), 422, UNPROCESSABLE, "claims[0].upper"),
                new Case("infinite lower", b -> claim(b).put("lower", "-Infinity"), 422, UNPROCESSABLE, "claims[0].lower"),
                new Case("a number past double", b -> claim(b).put("upper", new java.math.BigDecimal("1e400")),
                        422, UNPROCESSABLE, "claims[0].upper"),
                new Case("span past the text", b -> claim(b).put("span", Map.of("start", 270, "end", 9000)),
                        422, UNPROCESSABLE, "claims[0].span"),
                new Case("span starting after its end", b -> claim(b).put("span", Map.of("start", 40, "end", 30)),
                        422, UNPROCESSABLE, "claims[0].span"),
                new Case("negative span", b -> claim(b).put("span", Map.of("start", -3, "end", 3)),
                        400, INVALID, "span.start"),
                new Case("duplicate claim ids", b -> ((List<Object>) b.get("claims")).add(new HashMap<>(claim(b))),
                        422, UNPROCESSABLE, "claims[1].id"),
                new Case("article id of 5,000 characters", b -> article(b).put("id", "x".repeat(5000)),
                        400, INVALID, "article.id"),
                new Case("publisher over 500", b -> article(b).put("publisher", "p".repeat(501)), 400, INVALID,
                        "article.publisher"),
                new Case("url over 2000", b -> article(b).put("url", "https://example.org/" + "u".repeat(2000)),
                        400, INVALID, "article.url"),
                new Case("mention over 500", b -> claim(b).put("mention", "m".repeat(501)), 400, INVALID, "mention"),
                new Case("party name over 200", b -> claim(b).put("subject", Map.of("text", "t", "party", "P".repeat(201))),
                        400, INVALID, "subject.party"),
                new Case("claimant text over 500", b -> claim(b).put("claimant", Map.of("text", "c".repeat(501))),
                        400, INVALID, "claimant.text"),
                new Case("counted noun over 200", b -> claim(b).put("object", "o".repeat(201)), 400, INVALID, "object"),
                new Case("claim id over 300", b -> claim(b).put("id", "i".repeat(301)), 400, INVALID, "id"),
                new Case("metric over 30", b -> claim(b).put("metric", "K".repeat(31)), 400, INVALID, "metric"),
                new Case("NUL in the text", b -> article(b).put("text", ClaimFixtures.TEXT + "\u0000"), 400, MALFORMED,
                        "article.text"),
                new Case("NUL in the publisher", b -> article(b).put("publisher", "Wi\u0000re"), 400, MALFORMED,
                        "article.publisher"),
                new Case("lone surrogate in the text", b -> article(b).put("text", ClaimFixtures.TEXT + "\uD800"),
                        400, MALFORMED, "article.text"),
                new Case("lone low surrogate in a sentence", b -> claim(b).put("sentence", "\uDC00 said"), 400,
                        MALFORMED, "claims[0].sentence"),
                new Case("text as an array", b -> article(b).put("text", List.of("a", "b")), 400, MALFORMED,
                        "article.text"),
                new Case("claims not a list", b -> b.put("claims", "none"), 400, MALFORMED, "claims"),
                new Case("span as a string", b -> claim(b).put("span", "0-3"), 400, MALFORMED, "claims[0].span"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedNamingTheField(Case bad) {
        Map<String, Object> body = goodBody();
        bad.change().accept(body);
        String story = "edge-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(body)
                .when().post("/stories/{id}/articles", story)
                .then().statusCode(bad.status())
                .contentType("application/problem+json")
                .body("type", equalTo(bad.type()))
                .body("detail", containsString(bad.field()));
        given().when().get("/stories/{id}/claims", story).then().statusCode(404);
    }

    @Test
    void theGoodBodyIsStored() {
        given().contentType(ContentType.JSON).body(goodBody())
                .when().post("/stories/{id}/articles", "edge-" + UUID.randomUUID())
                .then().statusCode(201);
    }

    @Test
    void anIdempotencyKeyReusedWithOtherTextIsRefused() {
        String story = "edge-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k1").body(goodBody())
                .when().post("/stories/{id}/articles", story).then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k1").body(goodBody())
                .when().post("/stories/{id}/articles", story).then().statusCode(200);
        Map<String, Object> otherText = goodBody();
        article(otherText).put("text", ClaimFixtures.TEXT + " A sentence more.");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k1").body(otherText)
                .when().post("/stories/{id}/articles", story)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimcheck:problem:idempotency-key-reused"));
    }

    @Test
    void aComparisonRefusesAnImpossibleInterval() {
        Map<String, Object> claim = new HashMap<>(ClaimFixtures.armeniaReports104("a1"));
        claim.put("lower", 5);
        claim.put("upper", 2);
        given().contentType(ContentType.JSON).body(Map.of("claims", List.of(claim)))
                .when().post("/comparisons")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("claims[0].lower"));
    }

    @Test
    void aLimitThatIsNoNumberIsABadRequest() {
        given().when().get("/discrepancies?limit=abc")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
