package io.claimcheck.gateway;

import static io.claimcheck.gateway.ApiCalls.asClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The standing suite of hostile and sloppy input, through the gateway to the real extractor and reconciler: each kind
 * of bad request, one after another, must get its status and, for a 4xx, an {@code application/problem+json} of its
 * type, within 5 s; and after all of them an ordinary request must still be served (no breaker opened by anyone's
 * input).
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {

    private static final String PROBLEM = "urn:claimcheck:problem:";
    private static final String ANALYSES = "/api/v1/analyses";
    private static final String STORY = "/api/v1/stories/hostile-story/articles";
    private static final String OK = null;

    /** A sentence of our own with a claim in it. */
    private static final String SENTENCE = "The ministry said 12 soldiers were killed near the river.";

    /** One bad request and the answer it must get; {@code type} is null for a 2xx. */
    private record Case(String name, String method, String path, String contentType, String body, boolean keyed,
                        int status, String type) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case post(String name, String path, String body, int status, String type) {
        return new Case(name, "POST", path, "application/json", body, true, status, type);
    }

    private static Case analysis(String name, String body, int status, String type) {
        return post(name, ANALYSES, body, status, type);
    }

    /** An analysis of one article whose fields are these JSON members. */
    private static Case article(String name, String members, int status, String type) {
        return analysis(name, "{\"articles\": [{" + members + "}]}", status, type);
    }

    private static Case text(String name, String text, int status, String type) {
        return article(name, "\"id\": \"a1\", \"text\": " + json(text), status, type);
    }

    private static Case get(String name, String path, int status, String type) {
        return new Case(name, "GET", path, null, null, true, status, type);
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String articles(int count, int length) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add("{\"id\": \"a" + i + "\", \"text\": " + json("x".repeat(length)) + "}");
        }
        return "{\"articles\": [" + String.join(",", all) + "]}";
    }

    static Stream<Case> hostileRequests() {
        String good = "\"id\": \"a1\", \"text\": " + json(SENTENCE);
        return Stream.of(
                // ---- bodies that are no request at all
                analysis("unclosed JSON", "{\"articles\": [", 400, "malformed-json"),
                analysis("not JSON", "articles=a1", 400, "malformed-json"),
                analysis("an empty array", "[]", 400, "malformed-json"),
                analysis("a string", "\"hi\"", 400, "malformed-json"),
                analysis("a number", "42", 400, "malformed-json"),
                analysis("true", "true", 400, "malformed-json"),
                analysis("JSON null", "null", 400, "invalid-request"),
                analysis("an empty body", "", 400, "invalid-request"),
                analysis("an empty object", "{}", 400, "invalid-request"),
                analysis("trailing garbage", "{\"articles\": []} }}", 400, "malformed-json"),
                analysis("a comment", "/* hi */ {\"articles\": []}", 400, "malformed-json"),
                analysis("a single-quoted string", "{'articles': []}", 400, "malformed-json"),
                analysis("deep nesting in an unknown field",
                        "{\"x\": " + "[".repeat(5000) + "]".repeat(5000) + ", \"articles\": [{" + good + "}]}",
                        400, "malformed-json"),
                analysis("deep nesting in the parties", "{\"articles\": [{" + good + "}], \"parties\": "
                        + "{\"A\": ".repeat(3000) + "1" + "}".repeat(3000) + "}", 400, "malformed-json"),
                // ---- the wrong types
                analysis("articles a string", "{\"articles\": \"a1\"}", 400, "malformed-json"),
                analysis("articles an object", "{\"articles\": {\"id\": \"a1\"}}", 400, "malformed-json"),
                analysis("an article a string", "{\"articles\": [\"a1\"]}", 400, "malformed-json"),
                analysis("an article an array", "{\"articles\": [[]]}", 400, "malformed-json"),
                article("text an array", "\"id\": \"a1\", \"text\": [\"a\", \"b\"]", 400, "malformed-json"),
                article("text an object", "\"id\": \"a1\", \"text\": {\"en\": \"b\"}", 400, "malformed-json"),
                article("id an object", "\"id\": {}, \"text\": \"b\"", 400, "malformed-json"),
                analysis("parties a list", "{\"articles\": [{" + good + "}], \"parties\": [\"A\"]}", 400,
                        "malformed-json"),
                analysis("a party's aliases a string", "{\"articles\": [{" + good + "}], \"parties\": {\"A\": \"B\"}}",
                        400, "malformed-json"),
                analysis("a party's aliases objects", "{\"articles\": [{" + good + "}], \"parties\": {\"A\": [{}]}}",
                        400, "malformed-json"),
                // ---- a party table past its limits
                analysis("a party name of 201 characters", "{\"articles\": [{" + good + "}], \"parties\": {\""
                        + "P".repeat(201) + "\": [\"a\"]}}", 400, "invalid-request"),
                analysis("an alias of 201 characters", "{\"articles\": [{" + good + "}], \"parties\": {\"P\": [\""
                        + "a".repeat(201) + "\"]}}", 400, "invalid-request"),
                analysis("a party with 201 aliases", "{\"articles\": [{" + good + "}], \"parties\": {\"P\": ["
                        + String.join(", ", Collections.nCopies(201, "\"a\"")) + "]}}", 400,
                        "invalid-request"),
                analysis("a table of 101 parties", "{\"articles\": [{" + good + "}], \"parties\": {"
                        + IntStream.range(0, 101).mapToObj(i -> "\"P" + i + "\": []")
                                .collect(Collectors.joining(", ")) + "}}", 400, "invalid-request"),
                // ---- missing, empty and out-of-bounds fields
                analysis("no articles", "{\"articles\": []}", 400, "invalid-request"),
                analysis("articles null", "{\"articles\": null}", 400, "invalid-request"),
                analysis("an article null", "{\"articles\": [null]}", 400, "invalid-request"),
                article("no id", "\"text\": \"b\"", 400, "invalid-request"),
                article("no text", "\"id\": \"a1\"", 400, "invalid-request"),
                article("text null", "\"id\": \"a1\", \"text\": null", 400, "invalid-request"),
                article("an id with a space", "\"id\": \"a 1\", \"text\": \"b\"", 400, "invalid-request"),
                article("an id of 201 characters", "\"id\": \"" + "i".repeat(201) + "\", \"text\": \"b\"", 400,
                        "invalid-request"),
                article("an id of 5,000 characters", "\"id\": \"" + "i".repeat(5000) + "\", \"text\": \"b\"", 400,
                        "invalid-request"),
                article("a publisher of 501 characters", good + ", \"publisher\": \"" + "p".repeat(501) + "\"", 400,
                        "invalid-request"),
                article("a date of 41 characters", good + ", \"publishedAt\": \"" + "2".repeat(41) + "\"", 400,
                        "invalid-request"),
                article("a date that is no date", good + ", \"publishedAt\": \"yesterday\"", 400, "invalid-date"),
                article("a url of 2,001 characters", good + ", \"url\": \"" + "u".repeat(2001) + "\"", 400,
                        "invalid-request"),
                analysis("the same article id twice", "{\"articles\": [{" + good + "}, {" + good + "}]}", 400,
                        "invalid-request"),
                analysis("51 articles", articles(51, 10), 400, "invalid-request"),
                analysis("an article over 200,000 characters", articles(1, 200_001), 413, "text-too-long"),
                analysis("over 1,000,000 characters in all", articles(6, 180_000), 413, "request-too-large"),
                text("more claims than an article may hold", "The ministry said 12 soldiers were killed. ".repeat(1100),
                        422, "too-many-claims"),
                // ---- text the databases store differently
                text("a NUL in the text", SENTENCE + "\u0000", 400, "malformed-json"),
                text("a lone high surrogate", SENTENCE + "\uD800", 400, "malformed-json"),
                text("a lone low surrogate", "\uDC00" + SENTENCE, 400, "malformed-json"),
                article("a NUL in the publisher", good + ", \"publisher\": \"Wi\\u0000re\"", 400, "malformed-json"),
                // ---- text that once gave impossible intervals or infinite amounts: served
                text("a football score", "United beat Charlton 2-1 and 12 fans were hurt.", 200, OK),
                text("a range with a scale word", "The flood drove 2-3 million people from their homes.", 200, OK),
                text("a descending pair of years", "The report for 2019-2018 says 40 soldiers died.", 200, OK),
                text("a chain of millions", "They said " + "million ".repeat(80) + "people died.", 200, OK),
                text("the word Infinity", "Infinity and NaN people were killed, said -Infinity.", 200, OK),
                text("a formula as text", "=HYPERLINK(\"http://example.org\") said 12 soldiers were killed.", 200, OK),
                text("a paired surrogate", "\uD83D\uDE00 The ministry said 12 soldiers were killed.", 200, OK),
                // ---- HTTP itself
                new Case("text/plain", "POST", ANALYSES, "text/plain", "hello", true, 415, "unsupported-media-type"),
                new Case("form encoding", "POST", ANALYSES, "application/x-www-form-urlencoded", "a=1", true, 415,
                        "unsupported-media-type"),
                new Case("GET on a POST-only path", "GET", ANALYSES, null, null, true, 405, "method-not-allowed"),
                new Case("PUT on a POST-only path", "PUT", ANALYSES, "application/json", "{}", true, 405,
                        "method-not-allowed"),
                get("an unknown path", "/api/v1/nothing-here", 404, "not-found"),
                new Case("no API key", "POST", ANALYSES, "application/json", "{}", false, 401, "unauthorized"),
                // ---- stories
                post("a story id with a slash-like character", "/api/v1/stories/bad%20id/articles",
                        "{\"article\": {" + good + "}}", 400, "invalid-request"),
                post("a story id of 300 characters", "/api/v1/stories/" + "s".repeat(300) + "/articles",
                        "{\"article\": {" + good + "}}", 400, "invalid-request"),
                post("a story body that is an array", STORY, "[]", 400, "malformed-json"),
                post("a story body without its article", STORY, "{\"parties\": {}}", 400, "invalid-request"),
                post("a story article with a NUL", STORY, "{\"article\": {\"id\": \"a1\", \"text\": \"a\\u0000b\"}}",
                        400, "malformed-json"),
                get("an unknown story", "/api/v1/stories/no-such-story", 404, "not-found"),
                get("an unknown story's claims", "/api/v1/stories/no-such-story/claims", 404, "not-found"),
                get("an unknown story's CSV", "/api/v1/stories/no-such-story/claims.csv", 404, "not-found"),
                get("an unknown story's discrepancies", "/api/v1/stories/no-such-story/discrepancies", 404,
                        "not-found"),
                // ---- the feed's parameters
                get("a limit that is no number", "/api/v1/discrepancies?limit=abc", 400, "invalid-request"),
                get("a limit of 0", "/api/v1/discrepancies?limit=0", 400, "invalid-request"),
                get("a limit of 101", "/api/v1/discrepancies?limit=101", 400, "invalid-request"),
                get("a limit past int", "/api/v1/discrepancies?limit=99999999999", 400, "invalid-request"),
                get("an unknown severity", "/api/v1/discrepancies?severity=EXTREME", 400, "invalid-request"),
                get("a confidence above 1", "/api/v1/discrepancies?minConfidence=2", 400, "invalid-request"),
                get("a date that is no date", "/api/v1/discrepancies?since=yesterday", 400, "invalid-request"),
                get("a cursor we never gave", "/api/v1/discrepancies?cursor=bm90LWEtY3Vyc29y", 400,
                        "invalid-request"),
                get("a cursor of 501 characters", "/api/v1/discrepancies?cursor=" + "c".repeat(501), 400,
                        "invalid-request"),
                get("a party of 201 characters", "/api/v1/discrepancies?party=" + "p".repeat(201), 400,
                        "invalid-request"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    @Order(1)
    void isAnsweredWithItsStatusAndProblem(Case hostile) {
        RequestSpecification request = hostile.keyed() ? asClient() : given();
        if (hostile.contentType() != null) {
            request = request.contentType(hostile.contentType()).body(hostile.body());
        }
        // a bound against hangs, not a speed figure: the "answered within 5 s"
        ValidatableResponse answer = request.when().request(hostile.method(), hostile.path())
                .then().statusCode(hostile.status()).time(lessThan(5000L));
        if (hostile.type() != null) {
            answer.contentType(startsWith("application/problem+json"))
                    .body("type", equalTo(PROBLEM + hostile.type()))
                    .body("status", equalTo(hostile.status()));
        }
    }

    @Test
    @Order(2)
    void anIdempotencyKeyReusedWithOtherTextIsRefused() {
        String story = "/api/v1/stories/hostile-" + UUID.randomUUID() + "/articles";
        String key = UUID.randomUUID().toString();
        asClient().contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("article", Map.of("id", "a1", "text", SENTENCE)))
                .when().post(story).then().statusCode(201);
        asClient().contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("article", Map.of("id", "a1", "text", SENTENCE + " Nothing else happened.")))
                .when().post(story).then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo(PROBLEM + "idempotency-key-reused"));
    }

    @Test
    @Order(3)
    void afterAllOfThemAnOrdinaryRequestIsServed() {
        asClient().contentType("application/json")
                .body(Map.of("articles", List.of(Map.of("id", "a1", "text", SENTENCE))))
                .when().post(ANALYSES)
                .then().statusCode(200)
                .body("claims[0].mention", equalTo("12"));
        asClient().when().get("/api/v1/discrepancies").then().statusCode(200);
    }
}
