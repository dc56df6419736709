package io.claimcheck.extractor.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.claims.PartyMention;
import io.claimcheck.extractor.parties.PartyTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The extractor, in process, against the annotated items of {@code shared/eval/dev}, scored the way
 * {@code shared/eval/score.py} scores the running system: one-to-one matching on overlapping spans, then
 * bound, value, metric and parties (where annotated). The floors are what the extractor reaches today,
 * rounded down a little: a change that loses ground fails the build. Skipped when the evaluation sets
 * are not beside the checkout. {@code -Dclaimcheck.eval.verbose=true} prints every miss, like
 * {@code score.py -v}.
 */
class EvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.load();
    }

    @Test
    void devSetScoresAtLeastTheFloors() throws IOException {
        Path dev = devDirectory();
        assumeTrue(dev != null, "no shared/eval/dev beside the checkout: evaluation skipped");
        List<Path> items;
        try (Stream<Path> files = Files.list(dev)) {
            items = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        Score all = new Score();
        Score seed = new Score();
        for (Path item : items) {
            Score itemScore = score(item, all);
            if (item.getFileName().toString().equals("seed.json")) {
                seed = itemScore;
            }
        }
        System.out.println("dev  " + all.summary());
        System.out.println("seed " + seed.summary());
        Score total = all;
        Score seedOnly = seed;
        assertAll(
                () -> assertTrue(total.detectionF1() >= 0.98, "detection F1 " + total.detectionF1()),
                () -> assertTrue(total.strictF1() >= 0.945, "strict F1 " + total.strictF1()),
                () -> assertTrue(total.valueAccuracy() >= 0.98, "value accuracy " + total.valueAccuracy()),
                () -> assertTrue(total.metricAccuracy() >= 0.98, "metric accuracy " + total.metricAccuracy()),
                () -> assertTrue(total.subjectAccuracy() >= 0.94, "subject accuracy " + total.subjectAccuracy()),
                () -> assertTrue(total.claimantAccuracy() >= 0.96, "claimant accuracy " + total.claimantAccuracy()),
                () -> assertTrue(seedOnly.detectionF1() >= 0.95, "seed detection F1 " + seedOnly.detectionF1()),
                () -> assertTrue(seedOnly.strictF1() >= 0.95, "seed strict F1 " + seedOnly.strictF1()));
    }

    /** The seed claims the reconciler flags must come out exactly right, whatever the totals. */
    @Test
    void seedClaimsThatDisagreeAreReadExactly() throws IOException {
        Path dev = devDirectory();
        assumeTrue(dev != null && Files.exists(dev.resolve("seed.json")), "no seed.json: skipped");
        JsonNode item = JSON.readTree(dev.resolve("seed.json").toFile());
        String text = item.path("articles").get(0).path("text").asText();
        Map<String, List<String>> parties = new LinkedHashMap<>();
        item.path("parties").fields().forEachRemaining(e -> {
            List<String> aliases = new ArrayList<>();
            e.getValue().forEach(a -> aliases.add(a.asText()));
            parties.put(e.getKey(), aliases);
        });
        List<Claim> claims = extractor.extract(text, new PartyTable(parties));
        int killed2300 = text.indexOf("2,300");
        int deaths104 = text.indexOf("104 military deaths");
        int recorded104 = text.indexOf("104", text.indexOf("has recorded"));
        int passed100 = text.indexOf("100", text.indexOf("has passed"));
        int topped100 = text.indexOf("100", text.indexOf("has topped"));
        assertAll(
                () -> assertClaim(claims, killed2300, "2,300", "EXACT", "KILLED", "soldier", "Armenia", "Azerbaijan"),
                () -> assertClaim(claims, deaths104, "104", "EXACT", "KILLED", "soldier", "Armenia", null),
                () -> assertClaim(claims, recorded104, "104", "EXACT", "KILLED", "soldier", "Armenia", "Armenia"),
                () -> assertClaim(claims, passed100, "100", "MORE_THAN", "KILLED", "person", null, null),
                () -> assertClaim(claims, topped100, "100", "MORE_THAN", "KILLED", "person", null, null));
    }

    private static void assertClaim(List<Claim> claims, int start, String mention, String bound, String metric,
                                    String object, String subject, String claimant) {
        Claim claim = claims.stream().filter(c -> c.start() == start).findFirst().orElse(null);
        assertTrue(claim != null, "no claim at " + start + " (" + mention + ")");
        String got = String.join(" | ", claim.mention(), claim.bound().name(), claim.metric().name(), claim.object(),
                String.valueOf(claim.subject() == null ? null : claim.subject().party()),
                String.valueOf(claim.claimant() == null ? null : claim.claimant().party()));
        String want = String.join(" | ", mention, bound, metric, object, String.valueOf(subject),
                String.valueOf(claimant));
        assertTrue(got.equals(want), "at " + start + ": got " + got + ", want " + want);
    }

    private static Path devDirectory() {
        String configured = System.getProperty("claimcheck.eval.dir");
        for (Path candidate : new Path[] {
                configured == null ? null : Path.of(configured, "dev"), Path.of("..", "..", "shared", "eval", "dev")}) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** One item, scored into its own figures and added to the running total. */
    private static Score score(Path file, Score total) throws IOException {
        JsonNode item = JSON.readTree(file.toFile());
        Map<String, List<String>> parties = new LinkedHashMap<>();
        item.path("parties").fields().forEachRemaining(e -> {
            List<String> aliases = new ArrayList<>();
            e.getValue().forEach(a -> aliases.add(a.asText()));
            parties.put(e.getKey(), aliases);
        });
        PartyTable table = new PartyTable(parties);
        List<Predicted> predicted = new ArrayList<>();
        for (JsonNode article : item.path("articles")) {
            for (Claim claim : extractor.extract(article.path("text").asText(), table)) {
                predicted.add(new Predicted(article.path("id").asText(), claim));
            }
        }
        List<JsonNode> gold = new ArrayList<>();
        item.path("claims").forEach(gold::add);
        Score score = new Score();
        score.add(file.getFileName().toString(), gold, predicted, parties);
        total.addAll(score);
        return score;
    }

    private record Predicted(String article, Claim claim) {
    }

    /** The counts score.py keeps, and its figures. */
    private static final class Score {
        int items;
        int gold;
        int pred;
        int match;
        int value;
        int metric;
        int subject;
        int subjectAnnotated;
        int claimant;
        int claimantAnnotated;
        int strict;

        void add(String name, List<JsonNode> goldClaims, List<Predicted> predicted, Map<String, List<String>> parties) {
            boolean verbose = Boolean.getBoolean("claimcheck.eval.verbose");
            items++;
            gold += goldClaims.size();
            pred += predicted.size();
            Map<Integer, Integer> matched = new LinkedHashMap<>();
            Set<Integer> used = new HashSet<>();
            for (int g = 0; g < goldClaims.size(); g++) {
                JsonNode want = goldClaims.get(g);
                for (int p = 0; p < predicted.size(); p++) {
                    Claim got = predicted.get(p).claim();
                    if (used.contains(p) || !predicted.get(p).article().equals(want.path("article").asText())) {
                        continue;
                    }
                    if (got.start() < want.path("end").asInt() && want.path("start").asInt() < got.end()) {
                        matched.put(g, p);
                        used.add(p);
                        break;
                    }
                }
            }
            for (int g = 0; g < goldClaims.size(); g++) {
                JsonNode want = goldClaims.get(g);
                if (!matched.containsKey(g)) {
                    if (verbose) {
                        System.out.printf("%s: missed '%s'@%d%n", name, want.path("mention").asText(),
                                want.path("start").asInt());
                    }
                    continue;
                }
                Claim got = predicted.get(matched.get(g)).claim();
                match++;
                boolean okValue = Objects.equals(got.bound().name(), want.path("bound").asText())
                        && sameNumber(got.value(), want.path("value")) && sameNumber(got.lower(), want.path("lower"))
                        && sameNumber(got.upper(), want.path("upper"));
                boolean okMetric = got.metric().name().equals(want.path("metric").asText());
                boolean okSubject = true;
                boolean okClaimant = true;
                if (!want.path("subject_party").isNull() && !want.path("subject_party").isMissingNode()) {
                    subjectAnnotated++;
                    okSubject = want.path("subject_party").asText().equals(partyOf(got.subject(), parties));
                    subject += okSubject ? 1 : 0;
                }
                if (!want.path("claimant_party").isNull() && !want.path("claimant_party").isMissingNode()) {
                    claimantAnnotated++;
                    okClaimant = want.path("claimant_party").asText().equals(partyOf(got.claimant(), parties));
                    claimant += okClaimant ? 1 : 0;
                }
                value += okValue ? 1 : 0;
                metric += okMetric ? 1 : 0;
                boolean ok = okValue && okMetric && okSubject && okClaimant;
                strict += ok ? 1 : 0;
                if (verbose && !ok) {
                    System.out.printf("%s: wrong '%s'@%d: value=%s metric=%s subject=%s claimant=%s got %s %s %s %s/%s/%s"
                                    + " subject=%s claimant=%s (want %s %s %s subject=%s claimant=%s)%n",
                            name, want.path("mention").asText(), want.path("start").asInt(), okValue, okMetric,
                            okSubject, okClaimant, got.bound(), got.metric(), got.object(), got.value(), got.lower(),
                            got.upper(), got.subject(), got.claimant(), want.path("bound").asText(),
                            want.path("metric").asText(), want.path("object").asText(),
                            want.path("subject_party").asText(), want.path("claimant_party").asText());
                }
            }
            if (verbose) {
                for (int p = 0; p < predicted.size(); p++) {
                    if (!used.contains(p)) {
                        Claim extra = predicted.get(p).claim();
                        System.out.printf("%s: extra '%s'@%d %s %s in: %s%n", name, extra.mention(), extra.start(),
                                extra.metric(), extra.object(), extra.sentence());
                    }
                }
            }
        }

        void addAll(Score other) {
            items += other.items;
            gold += other.gold;
            pred += other.pred;
            match += other.match;
            value += other.value;
            metric += other.metric;
            subject += other.subject;
            subjectAnnotated += other.subjectAnnotated;
            claimant += other.claimant;
            claimantAnnotated += other.claimantAnnotated;
            strict += other.strict;
        }

        /** score.py's {@code party_of}: the predicted party, as a key of the item's table where it names one. */
        private static String partyOf(PartyMention mention, Map<String, List<String>> parties) {
            if (mention == null || mention.party() == null || mention.party().isBlank()) {
                return null;
            }
            String wanted = mention.party().strip().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, List<String>> party : parties.entrySet()) {
                if (wanted.equals(party.getKey().toLowerCase(Locale.ROOT))
                        || party.getValue().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted))) {
                    return party.getKey();
                }
            }
            return mention.party();
        }

        private static boolean sameNumber(Double got, JsonNode want) {
            if (got == null || want == null || want.isNull() || want.isMissingNode()) {
                return got == null && (want == null || want.isNull() || want.isMissingNode());
            }
            double w = want.asDouble();
            return Math.abs(got - w) <= 1e-9 * Math.max(1.0, Math.abs(got));
        }

        private static double ratio(int num, int den) {
            return den == 0 ? 0.0 : (double) num / den;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        double detectionF1() {
            return f1(ratio(match, pred), ratio(match, gold));
        }

        double strictF1() {
            return f1(ratio(strict, pred), ratio(strict, gold));
        }

        double valueAccuracy() {
            return ratio(value, match);
        }

        double claimantAccuracy() {
            return ratio(claimant, claimantAnnotated);
        }

        double metricAccuracy() {
            return ratio(metric, match);
        }

        double subjectAccuracy() {
            return ratio(subject, subjectAnnotated);
        }

        /** score.py's summary line; discrepancies are the reconciler's, not scored here. */
        String summary() {
            double p = ratio(match, pred);
            double r = ratio(match, gold);
            return String.format(Locale.ROOT, "items %d errors 0 | strict F1 %.3f | detection P %.3f R %.3f F1 %.3f"
                            + " | value %.3f metric %.3f subject %.3f claimant %.3f | discrepancy n/a (reconciler)"
                            + " | claims gold %d predicted %d matched %d",
                    items, strictF1(), p, r, f1(p, r), valueAccuracy(), metricAccuracy(), subjectAccuracy(),
                    claimantAccuracy(), gold, pred, match);
        }
    }
}
