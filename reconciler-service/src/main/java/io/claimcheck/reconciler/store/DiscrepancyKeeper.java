package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
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
     * @param judgedWith the rules version the story's stored conflicts were judged under, if any
     */
    void articleAdded(String storyId, Optional<String> judgedWith, String articleId, Set<String> metrics) {
        Reconciler reconciler = reconcilers.current();
        if (judgedWith.isPresent() && judgedWith.get().equals(reconciler.rulesVersion())) {
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
        StoryUpdate update = reconciler.update(
                new StoryChange(reported(storyId, claims.comparableInStory(storyId, metrics)), newArticleIds, earlier));
        discrepancies.deleteAll(update.retired().stream().map(id -> stored.get(id).pk()).toList());
        long now = Instant.now().toEpochMilli();
        update.found().forEach(finding -> insert(storyId, finding, now));
    }

    // Under other rules every pair may judge otherwise: judge them all, keep the rows whose claims still disagree.
    private void judgeAfresh(String storyId, Reconciler reconciler) {
        List<ClaimRepository.StoredClaim> storyClaims = claims.comparableInStory(storyId);
        Set<String> articleIds = storyClaims.stream().map(ClaimRepository.StoredClaim::articleId)
                .collect(Collectors.toSet());
        StoryUpdate update = reconciler.update(new StoryChange(reported(storyId, storyClaims), articleIds, Map.of()));
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
        stories.markJudgedWith(storyId, reconciler.rulesVersion());
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
