package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * A story that receives its articles one at a time, each judged against the conflicts kept from before, ends with
 * exactly the discrepancies of judging all its claims at once: the promise that lets the reconciler judge each pair of
 * claims only once. The stories are random, over a small vocabulary, so that conflicts, totals and parts, growing
 * tolls, restatements and merging groups all turn up.
 */
class IncrementalReconciliationTest {

    private static final Comparator<ReportedClaim> STORED_ORDER = Comparator
            .comparing(ReportedClaim::articleId)
            .thenComparing(ReportedClaim::mentionStart);

    private final Reconciler reconciler = new Reconciler(ReconciliationRules.defaults());

    /**
     * @param keepReadings whether each article's claims are read when it arrives and the readings kept, as the store
     *                     does, or read again from their sentences on every change
     */
    @Property(tries = 400)
    void addingArticlesOneByOneEndsAsJudgingTheWholeStory(@ForAll("stories") List<List<ReportedClaim>> articles,
            @ForAll boolean keepReadings) {
        Map<String, StoryUpdate.Finding> stored = new HashMap<>();
        Map<String, ClaimReading> readings = new HashMap<>();
        List<ReportedClaim> arrived = new ArrayList<>();
        for (List<ReportedClaim> article : articles) {
            arrived.addAll(article);
            if (keepReadings) {
                readings.putAll(reconciler.read(article));
            }
            addArticle(stored, arrived, article, readings);
        }

        List<Discrepancy> wholeStory = reconciler.reconcile(arrived.stream().sorted(STORED_ORDER).toList());
        // the generator must give the property something to hold: stories with discrepancies, and with several
        Statistics.label("discrepancies").collect(Math.min(wholeStory.size(), 2));
        Statistics.label("discrepancies").coverage(coverage -> {
            coverage.check(1).percentage(percent -> percent > 10);
            coverage.check(2).percentage(percent -> percent > 10);
        });
        assertThat(stored.values().stream().map(StoryUpdate.Finding::discrepancy))
                .containsExactlyInAnyOrderElementsOf(wholeStory);
    }

    // What the store does: the story's claims of the article's metrics, the discrepancies kept for those metrics.
    private void addArticle(Map<String, StoryUpdate.Finding> stored, List<ReportedClaim> arrived,
            List<ReportedClaim> article, Map<String, ClaimReading> readings) {
        Set<String> metrics = article.stream().map(ReportedClaim::metric).collect(Collectors.toSet());
        Map<String, List<JudgedConflict>> earlier = new HashMap<>();
        stored.forEach((id, finding) -> {
            if (metrics.contains(finding.discrepancy().metric())) {
                earlier.put(id, finding.conflicts());
            }
        });
        List<ReportedClaim> comparable = arrived.stream()
                .filter(claim -> metrics.contains(claim.metric()))
                .sorted(STORED_ORDER)
                .toList();
        StoryUpdate update = reconciler.update(
                new StoryChange(comparable, Set.of(article.get(0).articleId()), earlier, readings));

        assertThat(earlier.keySet()).containsAll(update.retired());
        update.retired().forEach(stored::remove);
        update.found().forEach(finding -> {
            assertThat(stored).doesNotContainKey(finding.discrepancy().id());
            stored.put(finding.discrepancy().id(), finding);
        });
    }

    @Provide
    Arbitrary<List<List<ReportedClaim>>> stories() {
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 8))
                .as(Tuple::of)
                .list().ofMinSize(2).ofMaxSize(8)
                .flatMap(shapes -> {
                    List<Arbitrary<List<ReportedClaim>>> articles = new ArrayList<>();
                    for (int no = 0; no < shapes.size(); no++) {
                        articles.add(article("art-" + no, shapes.get(no).get1(), shapes.get(no).get2()));
                    }
                    return Combinators.combine(articles).as(List::copyOf);
                });
    }

    // mostly one class, so that figures meet often; totals, parts, nested parts and an unrelated class besides
    private static Arbitrary<String> objects() {
        return Arbitraries.frequency(Tuple.of(5, "soldier"), Tuple.of(1, "serviceman"), Tuple.of(2, "civilian"),
                Tuple.of(2, "person"), Tuple.of(1, "child"), Tuple.of(1, "tank"));
    }

    private static final List<String> PARTIES = List.of("Armenia", "Azerbaijan", "");
    private static final List<Double> FIGURES = List.of(10.0, 12.0, 25.0, 100.0, 104.0, 127.0, 2300.0, 30000.0);
    private static final List<String> SENTENCES = List.of("", "Another {} were found.", "Since 2011, {} have died.",
            "Preliminary reports said {} died.", "The toll reached {}.", "In the village of Kafr Nabl, {} died.",
            "{} died in the town of Ariha.");

    private static Arbitrary<List<ReportedClaim>> article(String articleId, int day, int claims) {
        Arbitrary<String> publisher = Arbitraries.of("Wire A", "Wire B", "Daily C");
        Arbitrary<ReportedClaim> oneClaim = Combinators.combine(
                        Arbitraries.frequency(Tuple.of(3, "KILLED"), Tuple.of(1, "WOUNDED")), objects(),
                        Arbitraries.frequency(Tuple.of(4, "Armenia"), Tuple.of(1, "Azerbaijan"), Tuple.of(1, "")),
                        Arbitraries.of(PARTIES), Arbitraries.of(FIGURES), Arbitraries.of(Bound.EXACT,
                                Bound.APPROXIMATE, Bound.AT_LEAST, Bound.MORE_THAN, Bound.AT_MOST),
                        Arbitraries.of(SENTENCES))
                .as((metric, object, subject, claimant, figure, bound, sentence) -> claim("")
                        .metric(metric).object(object).subjectParty(subject.isEmpty() ? null : subject)
                        .claimant(claimant.isEmpty() ? null : claimant + "'s ministry",
                                claimant.isEmpty() ? null : claimant)
                        .figure(bound, figure)
                        .sentence(sentence.replace("{}", String.valueOf(figure.longValue())))
                        .publishedAt("2020-10-0" + day + "T12:00:00Z").build());
        return Combinators.combine(publisher, oneClaim.list().ofSize(claims)).as((outlet, drafts) -> {
            List<ReportedClaim> placed = new ArrayList<>();
            for (int k = 0; k < drafts.size(); k++) {
                ReportedClaim draft = drafts.get(k);
                int start = 10 * (k + 1);
                placed.add(new ReportedClaim(articleId + "@" + start, articleId, outlet, draft.publishedAt(),
                        draft.mention(), draft.value(), draft.lower(), draft.upper(), draft.bound(), draft.metric(),
                        draft.object(), draft.subjectText(), draft.subjectParty(), draft.claimantText(),
                        draft.claimantParty(), draft.sentence(), start));
            }
            return List.copyOf(placed);
        });
    }
}
