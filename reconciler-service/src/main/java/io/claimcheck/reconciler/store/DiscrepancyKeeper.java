package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.claimcheck.reconciler.domain.ClaimReading;
import io.claimcheck.reconciler.domain.Discrepancy;
import io.claimcheck.reconciler.domain.JudgedConflict;
import io.claimcheck.reconciler.domain.Reconciler;
import io.claimcheck.reconciler.domain.ReportedClaim;
import io.claimcheck.reconciler.domain.StoryChange;
import io.claimcheck.reconciler.domain.StoryUpdate;

/**
 * Keeps a story's stored discrepancies current as articles arrive. The new claims are judged against the story's
 * claims that share a bucket with them (one metric, one family of object classes), the conflicts found before are
 * read back from the discrepancies that rest on them, and only the groups in those buckets are formed again: the work
 * grows with the comparable claims, not with the table, and not with their square. A discrepancy whose claims did not
 * change keeps its row and its detection time.
 */
@ApplicationScoped
public class DiscrepancyKeeper {

    /**
     * Names how a story's judgement is kept: its conflicts as {@link DiscrepancyCodec#writeConflicts} writes them, its
     * claims' readings in their columns. A story records it with the rules, so that a build that keeps them otherwise
     * (an older replica during a rolling update, say) judges the story afresh instead of misreading them.
     */
    private static final String STORED_FORMAT = "conflict-lines/2 claim-readings/1";

    private final Reconcilers reconcilers;
    private final StoryRepository stories;
    private final ClaimRepository claims;
    private final ArticleRepository articles;
    private final DiscrepancyRepository discrepancies;
    private final DiscrepancyPartyRepository parties;
    private final DiscrepancyCodec codec;

    DiscrepancyKeeper(Reconcilers reconcilers, StoryRepository stories, ClaimRepository claims,
            ArticleRepository articles, DiscrepancyRepository discrepancies, DiscrepancyPartyRepository parties,
            DiscrepancyCodec codec) {
        this.reconcilers = reconcilers;
        this.stories = stories;
        this.claims = claims;
        this.articles = articles;
        this.discrepancies = discrepancies;
        this.parties = parties;
        this.codec = codec;
    }

    /**
     * Call inside the transaction that added the article, with the story locked.
     *
     * @param judgedWith what the story's stored conflicts were judged and written under ({@link #judgedWith}), if any
     */
    void articleAdded(String storyId, Optional<String> judgedWith, String articleId, Set<String> metrics) {
        Reconciler reconciler = reconcilers.current();
        if (judgedWith.isPresent() && judgedWith.get().equals(judgedWith(reconciler))) {
            update(storyId, reconciler, Set.of(articleId), metrics);
        } else {
            judgeAfresh(storyId, reconciler);
        }
    }

    private void update(String storyId, Reconciler reconciler, Set<String> newArticleIds, Set<String> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        Map<String, DiscrepancyRepository.Judged> stored = discrepancies.judgedInStory(storyId, metrics).stream()
                .collect(Collectors.toMap(DiscrepancyRepository.Judged::discrepancyId, Function.identity()));
        Map<String, List<JudgedConflict>> earlier = new HashMap<>();
        stored.forEach((id, row) -> earlier.put(id, codec.readConflicts(row.conflicts())));
        List<ClaimRepository.StoredClaim> comparable = claims.comparableInStory(storyId, metrics);
        Map<String, ClaimReading> readings = new HashMap<>();
        comparable.forEach(claim -> claim.reading().ifPresent(reading -> readings.put(claim.claimId(), reading)));
        StoryUpdate update = reconciler.update(
                new StoryChange(reported(storyId, comparable), newArticleIds, earlier, readings));
        discrepancies.deleteAll(update.retired().stream().map(id -> stored.get(id).pk()).toList());
        long now = Instant.now().toEpochMilli();
        update.found().forEach(finding -> insert(storyId, finding, now));
    }

    // Under other rules every claim may read and every pair judge otherwise: read the claims again and keep their
    // readings, judge every pair, keep the rows whose claims still disagree.
    private void judgeAfresh(String storyId, Reconciler reconciler) {
        List<ReportedClaim> storyClaims = reported(storyId, claims.comparableInStory(storyId));
        Map<String, List<ReportedClaim>> byArticle = storyClaims.stream()
                .collect(Collectors.groupingBy(ReportedClaim::articleId, LinkedHashMap::new, Collectors.toList()));
        Map<String, ClaimReading> readings = new HashMap<>();
        byArticle.values().forEach(article -> readings.putAll(reconciler.read(article)));
        claims.managedInStory(storyId).forEach(row -> ClaimReadings.write(readings.get(row.claimId), row));
        StoryUpdate update = reconciler.update(new StoryChange(storyClaims, byArticle.keySet(), Map.of(), readings));
        Map<String, DiscrepancyEntity> stored = byId(discrepancies.inStory(storyId));
        Set<String> found = new HashSet<>();
        long now = Instant.now().toEpochMilli();
        update.found().forEach(finding -> {
            found.add(finding.discrepancy().id());
            DiscrepancyEntity row = stored.get(finding.discrepancy().id());
            if (row == null) {
                insert(storyId, finding, now);
            } else {
                write(row, finding);
            }
        });
        stored.values().stream().filter(row -> !found.contains(row.discrepancyId)).forEach(discrepancies::delete);
        stories.markJudgedWith(storyId, judgedWith(reconciler));
    }

    /**
     * Reads the article's claims before they are stored ({@link ClaimReading}), so that no later addition to the
     * story reads their sentences again. Their story and article columns must be filled in.
     */
    void read(StoredArticle article) {
        ArticleRepository.Provenance provenance = new ArticleRepository.Provenance(article.articleId(),
                article.publisher(), article.publishedAt());
        Map<String, ClaimReading> readings = reconcilers.current().read(article.claims().stream()
                .map(row -> ClaimRepository.StoredClaim.of(row).reported(provenance))
                .toList());
        article.claims().forEach(row -> ClaimReadings.write(readings.get(row.claimId), row));
    }

    /** The rules a story's conflicts are judged under and the format they are kept in: both must match to read them. */
    static String judgedWith(Reconciler reconciler) {
        return reconciler.rulesVersion() + " " + STORED_FORMAT;
    }

    private List<ReportedClaim> reported(String storyId, List<ClaimRepository.StoredClaim> rows) {
        Map<String, ArticleRepository.Provenance> articleById = articles.provenanceInStory(storyId).stream()
                .collect(Collectors.toMap(ArticleRepository.Provenance::articleId, Function.identity()));
        return rows.stream().map(claim -> claim.reported(articleById.get(claim.articleId()))).toList();
    }

    private static Map<String, DiscrepancyEntity> byId(List<DiscrepancyEntity> rows) {
        return rows.stream().collect(Collectors.toMap(row -> row.discrepancyId, Function.identity()));
    }

    private void write(DiscrepancyEntity row, StoryUpdate.Finding finding) {
        Discrepancy discrepancy = finding.discrepancy();
        row.metric = discrepancy.metric();
        row.severity = discrepancy.severity().name();
        row.ratio = discrepancy.ratio();
        row.body = codec.write(discrepancy);
        row.conflicts = codec.writeConflicts(finding.conflicts());
    }

    private void insert(String storyId, StoryUpdate.Finding finding, long detectedAt) {
        Discrepancy discrepancy = finding.discrepancy();
        DiscrepancyEntity row = new DiscrepancyEntity();
        row.pk = UUID.randomUUID();
        row.storyId = storyId;
        row.discrepancyId = discrepancy.id();
        row.detectedAt = detectedAt;
        write(row, finding);
        discrepancies.persist(row);
        involvedParties(discrepancy).forEach(party -> {
            DiscrepancyPartyEntity involved = new DiscrepancyPartyEntity();
            involved.pk = UUID.randomUUID();
            involved.discrepancyPk = row.pk;
            involved.party = party;
            parties.persist(involved);
        });
    }

    /** The subject's party and every claimant's: a desk following one side sees both what it says and what is said of it. */
    private static Set<String> involvedParties(Discrepancy discrepancy) {
        return Stream.concat(Stream.of(discrepancy.subjectParty()),
                        discrepancy.sides().stream().map(side -> side.claimantParty()))
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
