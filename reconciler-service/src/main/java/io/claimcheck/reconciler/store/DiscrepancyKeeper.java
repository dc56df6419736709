package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import jakarta.enterprise.event.Event;

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
 * carried over from the discrepancies that rest on them, and only the groups in those buckets are formed again: the
 * work grows with the comparable claims, not with the table, and not with their square. A discrepancy whose claims
 * did not change keeps its row and its detection time. What an addition reads of its story comes from the
 * {@link StoryCache} when this replica made the story's current version, else from the database.
 */
@ApplicationScoped
public class DiscrepancyKeeper {

    /**
     * Names how a story's judgement is kept: its conflicts as {@link DiscrepancyCodec#writeConflicts} writes them, its
     * claims' readings in their columns. A story records it with the rules, so that a build that keeps them otherwise
     * (an older replica during a rolling update, say) judges the story afresh instead of misreading them.
     */
    private static final String STORED_FORMAT = "conflict-lines/2 claim-readings/1";

    /** An article's claims as the rules read them, with their readings ({@link ClaimReading}). */
    record ReadArticle(String articleId, List<ReportedClaim> claims, Map<String, ClaimReading> readings) {
    }

    private final Reconcilers reconcilers;
    private final StoryRepository stories;
    private final ClaimRepository claims;
    private final ArticleRepository articles;
    private final DiscrepancyRepository discrepancies;
    private final DiscrepancyPartyRepository parties;
    private final VerdictRepository verdicts;
    private final DiscrepancyCodec codec;
    private final StoryCache cache;
    private final Event<StoryCache.Committed> committed;

    DiscrepancyKeeper(Reconcilers reconcilers, StoryRepository stories, ClaimRepository claims,
            ArticleRepository articles, DiscrepancyRepository discrepancies, DiscrepancyPartyRepository parties,
            VerdictRepository verdicts, DiscrepancyCodec codec, StoryCache cache, Event<StoryCache.Committed> committed) {
        this.reconcilers = reconcilers;
        this.stories = stories;
        this.claims = claims;
        this.articles = articles;
        this.discrepancies = discrepancies;
        this.parties = parties;
        this.verdicts = verdicts;
        this.codec = codec;
        this.cache = cache;
        this.committed = committed;
    }

    /**
     * Reads the article's claims before they are stored ({@link ClaimReading}) and writes the readings into their
     * rows, so that no later addition to the story reads their sentences again. Their story and article columns must
     * be filled in.
     */
    ReadArticle read(StoredArticle article) {
        ArticleRepository.Provenance provenance = new ArticleRepository.Provenance(article.articleId(),
                article.publisher(), article.publishedAt());
        List<ReportedClaim> articleClaims = article.claims().stream()
                .map(row -> ClaimRepository.StoredClaim.of(row).reported(provenance))
                .toList();
        Map<String, ClaimReading> readings = reconcilers.current().read(articleClaims);
        article.claims().forEach(row -> ClaimReadings.write(readings.get(row.claimId), row));
        return new ReadArticle(article.articleId(), articleClaims, readings);
    }

    /** Call inside the transaction that stored the article's claims, with the story locked. */
    void articleAdded(String storyId, StoryRepository.Locked story, ReadArticle article) {
        Reconciler reconciler = reconcilers.current();
        String judgedWith = judgedWith(reconciler);
        // a story this transaction created holds nothing to read or judge again: its first article is judged alone
        boolean judgedUnderTheseRules = story.created() || story.judgedWith().filter(judgedWith::equals).isPresent();
        // A release before story versions leaves its own rules version on every story it changes: a story under other
        // rules is always read from the database.
        StoryState before = story.created() ? StoryState.empty(story.version())
                : judgedUnderTheseRules
                ? cache.at(storyId, story.version())
                        .orElseGet(() -> load(storyId, story.version(), article.articleId(), true))
                : load(storyId, story.version(), article.articleId(), false);
        StoryState withArticle = before.withArticle(article.claims(), article.readings());
        StoryState after = judgedUnderTheseRules
                ? update(storyId, reconciler, withArticle, article.articleId())
                : judgeAfresh(storyId, reconciler, withArticle);
        long version = story.version() + 1;
        stories.markChanged(storyId, version, judgedWith);
        committed.fire(new StoryCache.Committed(storyId, after.at(version)));
    }

    /**
     * Judges a story afresh, every pair, when its conflicts were judged under other rules (an earlier release, other
     * thresholds, another object-class table), so that what is read of it is what these rules say; a story under the
     * current rules is left as it is, at the cost of one look-up. Stories nobody reads are judged afresh on their next
     * change.
     */
    void judgeAgainIfStale(String storyId) {
        Reconciler reconciler = reconcilers.current();
        String judgedWith = judgedWith(reconciler);
        if (stories.judgedWith(storyId).filter(recorded -> !recorded.equals(judgedWith)).isEmpty()) {
            return;
        }
        stories.lock(storyId)
                .filter(story -> story.judgedWith().filter(judgedWith::equals).isEmpty())
                .ifPresent(story -> {
                    StoryState after = judgeAfresh(storyId, reconciler, load(storyId, story.version(), null, false));
                    long version = story.version() + 1;
                    stories.markChanged(storyId, version, judgedWith);
                    committed.fire(new StoryCache.Committed(storyId, after.at(version)));
                });
    }

    /**
     * The story as the database holds it, without the article being added (its rows may already be flushed; null when
     * none is).
     *
     * @param withJudgements whether to read the stored conflicts: only those judged under the current rules and
     *                       format can be read
     */
    private StoryState load(String storyId, long version, String newArticleId, boolean withJudgements) {
        Map<String, ArticleRepository.Provenance> articleById = articles.provenanceInStory(storyId).stream()
                .collect(Collectors.toMap(ArticleRepository.Provenance::articleId, Function.identity()));
        List<ReportedClaim> storyClaims = new ArrayList<>();
        Map<String, ClaimReading> readings = new HashMap<>();
        for (ClaimRepository.StoredClaim claim : claims.storedInStory(storyId)) {
            if (!claim.articleId().equals(newArticleId)) {
                storyClaims.add(claim.reported(articleById.get(claim.articleId())));
                claim.reading().ifPresent(reading -> readings.put(claim.claimId(), reading));
            }
        }
        storyClaims.sort(StoryState.IN_ARTICLE_ORDER);
        Map<String, StoryState.Judgement> judgements = new HashMap<>();
        if (withJudgements) {
            discrepancies.judgedInStory(storyId).forEach(row -> judgements.put(row.discrepancyId(),
                    new StoryState.Judgement(row.pk(), codec.readConflicts(row.conflicts()))));
        }
        return new StoryState(version, storyClaims, readings, judgements);
    }

    private StoryState update(String storyId, Reconciler reconciler, StoryState story, String newArticleId) {
        Map<String, List<JudgedConflict>> earlier = new HashMap<>();
        story.judgements().forEach((id, judgement) -> earlier.put(id, judgement.conflicts()));
        StoryUpdate update = reconciler.update(
                new StoryChange(story.claims(), Set.of(newArticleId), earlier, story.readings()));
        Map<String, StoryState.Judgement> judgements = new HashMap<>(story.judgements());
        discrepancies.deleteAll(update.retired().stream().map(id -> judgements.remove(id).pk()).toList());
        long now = Instant.now().toEpochMilli();
        Map<String, String> reviews = verdicts.latestVerdicts(storyId, idsOf(update));
        update.found().forEach(finding -> judgements.put(finding.discrepancy().id(),
                insert(storyId, finding, now, reviews)));
        return story.judged(story.readings(), judgements);
    }

    // Under other rules every claim may read and every pair judge otherwise: read the claims again and keep their
    // readings, judge every pair, keep the rows whose claims still disagree.
    private StoryState judgeAfresh(String storyId, Reconciler reconciler, StoryState story) {
        Map<String, List<ReportedClaim>> byArticle = story.claims().stream()
                .collect(Collectors.groupingBy(ReportedClaim::articleId, LinkedHashMap::new, Collectors.toList()));
        Map<String, ClaimReading> readings = new HashMap<>();
        byArticle.values().forEach(article -> readings.putAll(reconciler.read(article)));
        claims.managedInStory(storyId).forEach(row -> ClaimReadings.write(readings.get(row.claimId), row));
        StoryUpdate update = reconciler.update(new StoryChange(story.claims(), byArticle.keySet(), Map.of(), readings));
        Map<String, DiscrepancyEntity> stored = discrepancies.inStory(storyId).stream()
                .collect(Collectors.toMap(row -> row.discrepancyId, Function.identity()));
        Map<String, StoryState.Judgement> judgements = new HashMap<>();
        long now = Instant.now().toEpochMilli();
        Map<String, String> reviews = verdicts.latestVerdicts(storyId, idsOf(update));
        update.found().forEach(finding -> {
            DiscrepancyEntity row = stored.remove(finding.discrepancy().id());
            if (row == null) {
                judgements.put(finding.discrepancy().id(), insert(storyId, finding, now, reviews));
            } else {
                write(row, finding);
                judgements.put(finding.discrepancy().id(), new StoryState.Judgement(row.pk, finding.conflicts()));
            }
        });
        stored.values().forEach(discrepancies::delete);
        return story.judged(readings, judgements);
    }

    /** The rules a story's conflicts are judged under and the format they are kept in: both must match to read them. */
    static String judgedWith(Reconciler reconciler) {
        return reconciler.rulesVersion() + " " + STORED_FORMAT;
    }

    private void write(DiscrepancyEntity row, StoryUpdate.Finding finding) {
        Discrepancy discrepancy = finding.discrepancy();
        row.metric = discrepancy.metric();
        row.severity = discrepancy.severity().name();
        row.ratio = discrepancy.ratio();
        row.confidence = discrepancy.confidence();
        row.body = codec.write(discrepancy);
        row.conflicts = codec.writeConflicts(finding.conflicts());
    }

    private static List<String> idsOf(StoryUpdate update) {
        return update.found().stream().map(finding -> finding.discrepancy().id()).toList();
    }

    /** @param reviews the kind of the latest verdict of each new discrepancy's id that has verdicts */
    private StoryState.Judgement insert(String storyId, StoryUpdate.Finding finding, long detectedAt,
            Map<String, String> reviews) {
        Discrepancy discrepancy = finding.discrepancy();
        DiscrepancyEntity row = new DiscrepancyEntity();
        row.pk = UUID.randomUUID();
        row.storyId = storyId;
        row.discrepancyId = discrepancy.id();
        row.detectedAt = detectedAt;
        // an id comes back only with the same claims (it hashes them), e.g. judged afresh; its verdicts come with it
        row.review = reviews.get(discrepancy.id());
        write(row, finding);
        discrepancies.persist(row);
        involvedParties(discrepancy).forEach(party -> {
            DiscrepancyPartyEntity involved = new DiscrepancyPartyEntity();
            involved.pk = UUID.randomUUID();
            involved.discrepancyPk = row.pk;
            involved.party = party;
            parties.persist(involved);
        });
        return new StoryState.Judgement(row.pk, finding.conflicts());
    }

    /** The subject's party and every claimant's: a desk following one side sees both what it says and what is said of it. */
    private static Set<String> involvedParties(Discrepancy discrepancy) {
        return Stream.concat(Stream.of(discrepancy.subjectParty()),
                        discrepancy.sides().stream().map(side -> side.claimantParty()))
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
