package io.claimcheck.reconciler.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.claimcheck.testing.DiscrepancyScore;

/**
 * Discrepancy precision, recall and F1 on the annotated dev set, counted exactly as {@code shared/eval/score.py}
 * counts them: pairs of disagreeing annotated claims put in one discrepancy; a predicted group without a truly
 * disagreeing pair is one false discrepancy.
 *
 * <p>The reconciler gets the annotated claims, so this measures the rules alone, not extraction. It runs twice:
 * with the claims as annotated (no sentence), and with each claim's sentence cut from the article text, as the
 * pipeline will deliver it. Skipped when the evaluation set is absent (system property {@code claimcheck.eval.dir},
 * else {@code ../../shared/eval} from the module).
 */
class DiscrepancyEvaluationTest {

    // The floors reached on all 28 dev stories; a change that lowers them needs a reason. (The earlier floors, 0.69
    // and 0.84, were set on the first 12 stories, which held one incident each.) The claims here carry no incident
    // key (the extractor reads those), so this measures the rules on sentences alone.
    private static final double ANNOTATED_F1_FLOOR = 0.53;
    private static final double WITH_SENTENCES_F1_FLOOR = 0.59;

    private final ObjectMapper json = new ObjectMapper();
    private final Reconciler reconciler = new Reconciler(ReconciliationRules.defaults());

    @Test
    void discrepancyF1OnAnnotatedClaims() throws IOException {
        DiscrepancyScore score = evaluate(false);
        System.out.println("discrepancy, annotated claims:      " + score);
        assertTrue(score.f1() >= ANNOTATED_F1_FLOOR, score.toString());
    }

    @Test
    void discrepancyF1WithSentences() throws IOException {
        DiscrepancyScore score = evaluate(true);
        System.out.println("discrepancy, claims with sentences: " + score);
        assertTrue(score.f1() >= WITH_SENTENCES_F1_FLOOR, score.toString());
    }

    private DiscrepancyScore evaluate(boolean withSentences) throws IOException {
        Path dev = evaluationDirectory().resolve("dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "no evaluation set at " + dev.toAbsolutePath());
        DiscrepancyScore total = DiscrepancyScore.NONE;
        List<Path> items;
        try (Stream<Path> files = Files.list(dev)) {
            items = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        for (Path item : items) {
            DiscrepancyScore score = evaluateItem(json.readTree(item.toFile()), withSentences,
                    item.getFileName().toString());
            total = total.plus(score);
        }
        return total;
    }

    private DiscrepancyScore evaluateItem(JsonNode item, boolean withSentences, String name) {
        Map<String, JsonNode> articles = new HashMap<>();
        item.get("articles").forEach(article -> articles.put(article.get("id").asText(), article));
        JsonNode annotated = item.get("claims");
        List<ReportedClaim> claims = new ArrayList<>();
        for (int index = 0; index < annotated.size(); index++) {
            claims.add(reported(index, annotated.get(index), articles, withSentences));
        }

        Set<List<Integer>> gold = new HashSet<>();
        for (JsonNode group : item.path("discrepancies")) {
            List<Integer> members = new ArrayList<>();
            group.get("claims").forEach(member -> members.add(member.asInt()));
            gold.addAll(disagreeingPairs(members, annotated));
        }
        Set<List<Integer>> predicted = new HashSet<>();
        int emptyGroups = 0;
        for (Discrepancy discrepancy : reconciler.reconcile(claims)) {
            List<Integer> members = discrepancy.claimIds().stream().map(id -> Integer.parseInt(id.substring(1))).toList();
            Set<List<Integer>> pairs = disagreeingPairs(members, annotated);
            if (pairs.isEmpty()) {
                emptyGroups++;
            }
            predicted.addAll(pairs);
            if (Boolean.getBoolean("claimcheck.eval.verbose")) {
                System.out.println(name + " " + members + " " + discrepancy.severity() + " " + discrepancy.explanation());
            }
        }
        Set<List<Integer>> found = new HashSet<>(predicted);
        found.retainAll(gold);
        return new DiscrepancyScore(gold.size(), predicted.size() + emptyGroups, found.size());
    }

    private static ReportedClaim reported(int index, JsonNode claim, Map<String, JsonNode> articles,
                                          boolean withSentences) {
        JsonNode article = articles.get(claim.get("article").asText());
        int start = claim.get("start").asInt();
        return new ReportedClaim("c" + index, article.get("id").asText(), text(article, "publisher"),
                publishedAt(article), text(claim, "mention"), number(claim, "value"), number(claim, "lower"),
                number(claim, "upper"), Bound.valueOf(claim.get("bound").asText()), claim.get("metric").asText(),
                text(claim, "object"), null, text(claim, "subject_party"), text(claim, "claimant_text"),
                text(claim, "claimant_party"),
                withSentences ? sentenceAround(article.get("text").asText(), start) : null, start);
    }

    /** The pairs of annotated claims in a group whose stated intervals do not meet, as score.py counts them. */
    private static Set<List<Integer>> disagreeingPairs(List<Integer> members, JsonNode annotated) {
        Set<List<Integer>> pairs = new HashSet<>();
        for (int a : members) {
            for (int b : members) {
                if (a < b && !stated(annotated.get(a)).meets(stated(annotated.get(b)))) {
                    pairs.add(List.of(a, b));
                }
            }
        }
        return pairs;
    }

    private static Interval stated(JsonNode claim) {
        Double lower = number(claim, "lower");
        Double upper = number(claim, "upper");
        return new Interval(lower == null ? Double.NEGATIVE_INFINITY : lower,
                upper == null ? Double.POSITIVE_INFINITY : upper);
    }

    /** The sentence around an offset: from after the previous full stop or line break to the next. */
    static String sentenceAround(String text, int offset) {
        int begin = offset;
        while (begin > 0 && !endsSentence(text, begin - 1)) {
            begin--;
        }
        int end = offset;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        return text.substring(begin, Math.min(text.length(), end + 1)).strip();
    }

    // A line break, or . ! ? followed by a space (so "2.5" and "U.S." mid-word do not end a sentence).
    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }

    private static Path evaluationDirectory() {
        String configured = System.getProperty("claimcheck.eval.dir");
        return configured != null ? Path.of(configured) : Path.of("../../shared/eval");
    }

    private static Instant publishedAt(JsonNode article) {
        String date = text(article, "publishedAt");
        return date == null ? null : LocalDate.parse(date.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }
}
