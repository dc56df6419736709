package io.claimcheck.gateway.api;

import static io.claimcheck.gateway.ApiCalls.asClient;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.gateway.RealServices;
import io.claimcheck.testing.DiscrepancyScore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Discrepancy precision, recall and F1 on the annotated dev set end to end, through the real extractor and
 * reconciler, counted as {@code shared/eval/score.py} counts them: predicted claims matched to annotated ones by
 * overlapping spans in the same article, then pairs of disagreeing annotated claims put in one discrepancy; a group
 * without a truly disagreeing pair is one false discrepancy. This is where the incident rules show: the claims carry
 * the incidents the extractor reads. Skipped when the evaluation set is absent (system property
 * {@code claimcheck.eval.dir}, else {@code ../../shared/eval} from the module).
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class DiscrepancyEvaluationTest {

    // What the system reaches on all 28 dev stories; a change that lowers them needs a reason.
    private static final double PRECISION_FLOOR = 0.97;
    private static final double F1_FLOOR = 0.89;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void discrepanciesEndToEndReachTheFloors() throws IOException {
        Path dev = evaluationDirectory().resolve("dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "no evaluation set at " + dev.toAbsolutePath());
        List<Path> items;
        try (Stream<Path> files = Files.list(dev)) {
            items = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        DiscrepancyScore total = DiscrepancyScore.NONE;
        for (Path item : items) {
            total = total.plus(evaluate(json.readTree(item.toFile())));
        }
        System.out.println("discrepancy, end to end: " + total);
        DiscrepancyScore score = total;
        assertAll(() -> assertTrue(score.precision() >= PRECISION_FLOOR, score.toString()),
                () -> assertTrue(score.f1() >= F1_FLOOR, score.toString()));
    }

    private DiscrepancyScore evaluate(JsonNode item) throws IOException {
        List<Map<String, Object>> articles = new ArrayList<>();
        item.get("articles").forEach(article -> {
            Map<String, Object> input = new HashMap<>();
            input.put("id", article.get("id").asText());
            input.put("text", article.get("text").asText());
            input.put("publisher", article.path("publisher").asText(null));
            input.put("publishedAt", article.path("publishedAt").asText(null));
            articles.add(input);
        });
        Map<String, Object> body = new HashMap<>();
        body.put("articles", articles);
        body.put("parties", json.convertValue(item.path("parties"), Map.class));
        String answer = asClient().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/analyses")
                .then().statusCode(200).extract().asString();
        JsonNode analysed = json.readTree(answer);
        JsonNode gold = item.get("claims");
        Map<String, Integer> goldOfPredicted = matched(gold, analysed.get("claims"));

        Set<List<Integer>> goldPairs = new HashSet<>();
        item.path("discrepancies").forEach(group -> {
            List<Integer> members = new ArrayList<>();
            group.get("claims").forEach(member -> members.add(member.asInt()));
            goldPairs.addAll(disagreeingPairs(members, gold));
        });
        Set<List<Integer>> predictedPairs = new HashSet<>();
        int emptyGroups = 0;
        for (JsonNode discrepancy : analysed.get("discrepancies")) {
            List<Integer> members = new ArrayList<>();
            discrepancy.get("claimIds").forEach(id -> {
                Integer annotated = goldOfPredicted.get(id.asText());
                if (annotated != null) {
                    members.add(annotated);
                }
            });
            Set<List<Integer>> pairs = disagreeingPairs(members, gold);
            emptyGroups += pairs.isEmpty() ? 1 : 0;
            predictedPairs.addAll(pairs);
        }
        Set<List<Integer>> found = new HashSet<>(predictedPairs);
        found.retainAll(goldPairs);
        return new DiscrepancyScore(goldPairs.size(), predictedPairs.size() + emptyGroups, found.size());
    }

    // One to one, in annotated order: an annotated claim takes the first unused predicted claim whose span overlaps
    // its mention in the same article.
    private static Map<String, Integer> matched(JsonNode gold, JsonNode predicted) {
        Map<String, Integer> goldOf = new HashMap<>();
        for (int g = 0; g < gold.size(); g++) {
            JsonNode annotated = gold.get(g);
            for (JsonNode claim : predicted) {
                String id = claim.get("id").asText();
                JsonNode span = claim.get("span");
                if (!goldOf.containsKey(id) && claim.get("articleId").asText().equals(annotated.get("article").asText())
                        && span.get("start").asInt() < annotated.get("end").asInt()
                        && annotated.get("start").asInt() < span.get("end").asInt()) {
                    goldOf.put(id, g);
                    break;
                }
            }
        }
        return goldOf;
    }

    /** The pairs of annotated claims among the members whose stated intervals do not meet. */
    private static Set<List<Integer>> disagreeingPairs(List<Integer> members, JsonNode gold) {
        Set<List<Integer>> pairs = new HashSet<>();
        for (int a : members) {
            for (int b : members) {
                if (a < b && disagree(gold.get(a), gold.get(b))) {
                    pairs.add(List.of(a, b));
                }
            }
        }
        return pairs;
    }

    private static boolean disagree(JsonNode first, JsonNode second) {
        return end(first, "upper", Double.POSITIVE_INFINITY) < end(second, "lower", Double.NEGATIVE_INFINITY)
                || end(second, "upper", Double.POSITIVE_INFINITY) < end(first, "lower", Double.NEGATIVE_INFINITY);
    }

    private static double end(JsonNode claim, String field, double unbounded) {
        JsonNode value = claim.get(field);
        return value == null || value.isNull() ? unbounded : value.asDouble();
    }

    private static Path evaluationDirectory() {
        String configured = System.getProperty("claimcheck.eval.dir");
        return configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "eval");
    }
}
