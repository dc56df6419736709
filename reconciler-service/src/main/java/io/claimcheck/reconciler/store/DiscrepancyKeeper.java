package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.claimcheck.reconciler.domain.Discrepancy;
import io.claimcheck.reconciler.domain.ReportedClaim;

/**
 * Keeps a story's stored discrepancies current as its claims change. Only the metrics the change touched are
 * reconciled again, over the story's claims of those metrics: the work grows with the comparable claims, not with
 * the table. A discrepancy whose members did not change keeps its row and its detection time.
 */
@ApplicationScoped
public class DiscrepancyKeeper {

    private final Reconcilers reconcilers;
    private final ClaimRepository claims;
    private final ArticleRepository articles;
    private final DiscrepancyRepository discrepancies;
    private final DiscrepancyPartyRepository parties;
    private final DiscrepancyCodec codec;

    DiscrepancyKeeper(Reconcilers reconcilers, ClaimRepository claims, ArticleRepository articles,
            DiscrepancyRepository discrepancies, DiscrepancyPartyRepository parties, DiscrepancyCodec codec) {
        this.reconcilers = reconcilers;
        this.claims = claims;
        this.articles = articles;
        this.discrepancies = discrepancies;
        this.parties = parties;
        this.codec = codec;
    }

    /** Call inside the transaction that changed the story's claims, with the story locked. */
    void refresh(String storyId, Set<String> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        Map<String, ArticleEntity> articleById = articles.inStory(storyId).stream()
                .collect(Collectors.toMap(a -> a.articleId, Function.identity()));
        List<ReportedClaim> comparable = claims.inStoryWithMetrics(storyId, metrics).stream()
                .map(claim -> StoredClaims.reported(claim, articleById.get(claim.articleId)))
                .toList();
        Map<String, Discrepancy> current = reconcilers.current().reconcile(comparable).stream()
                .collect(Collectors.toMap(Discrepancy::id, Function.identity()));
        Map<String, DiscrepancyEntity> stored = discrepancies.inStoryForMetrics(storyId, metrics).stream()
                .collect(Collectors.toMap(row -> row.discrepancyId, Function.identity()));

        stored.values().stream().filter(row -> !current.containsKey(row.discrepancyId)).forEach(discrepancies::delete);
        long now = Instant.now().toEpochMilli();
        current.values().forEach(discrepancy -> {
            DiscrepancyEntity row = stored.get(discrepancy.id());
            if (row == null) {
                insert(storyId, discrepancy, now);
            } else {
                // same members; the figures' reading (sides, consensus, wording) may still have been refined
                row.severity = discrepancy.severity().name();
                row.ratio = discrepancy.ratio();
                row.body = codec.write(discrepancy);
            }
        });
    }

    private void insert(String storyId, Discrepancy discrepancy, long detectedAt) {
        DiscrepancyEntity row = new DiscrepancyEntity();
        row.pk = UUID.randomUUID();
        row.storyId = storyId;
        row.discrepancyId = discrepancy.id();
        row.metric = discrepancy.metric();
        row.severity = discrepancy.severity().name();
        row.ratio = discrepancy.ratio();
        row.detectedAt = detectedAt;
        row.body = codec.write(discrepancy);
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
