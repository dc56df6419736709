package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.claimcheck.reconciler.domain.Discrepancy;
import io.claimcheck.reconciler.domain.DismissalReason;
import io.claimcheck.reconciler.domain.VerdictKind;

/** Adds articles to stories and reads them back; the one place that writes articles, claims and discrepancies. */
@ApplicationScoped
public class StoryStore {

    /** What adding an article did: whether it was new, and how many claims the story holds for it. */
    public record Added(boolean created, long claims) {
    }

    /** A request's Idempotency-Key that already added another article, or the same article with other content. */
    public static class IdempotencyKeyReusedException extends RuntimeException {

        IdempotencyKeyReusedException(String key, String what) {
            super("Idempotency-Key '" + key + "' was already used to add " + what + "; a new article needs a new key.");
        }
    }

    /** How much a story holds. */
    public record Summary(String storyId, Instant createdAt, long articles, long claims, long discrepancies) {
    }

    /** A page of a story's articles, and where the next page starts (null on the last page). */
    public record ArticlePage(List<ArticleEntry> articles, ArticleRepository.Position next) {
    }

    /** An article of a story, without its text, and how many claims it holds. */
    public record ArticleEntry(String articleId, String publisher, Instant publishedAt, String url, long claims) {
    }

    /** A page of the feed: each row with the story it belongs to, and where the next page starts. */
    public record FeedPage(List<FeedEntry> entries, FeedQuery.Position next) {
    }

    /** A discrepancy in the feed, with its latest verdict under its current id (null when it has none). */
    public record FeedEntry(String storyId, Instant detectedAt, Discrepancy discrepancy, LatestVerdict latestVerdict) {
    }

    /** A discrepancy's latest verdict as the feed shows it: what was decided, why if dismissed, and when. */
    public record LatestVerdict(VerdictKind verdict, DismissalReason reason, Instant recordedAt) {
    }

    private final StoryRepository stories;
    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final DiscrepancyRepository discrepancies;
    private final DiscrepancyKeeper keeper;
    private final DiscrepancyCodec codec;

    StoryStore(StoryRepository stories, ArticleRepository articles, ClaimRepository claims,
            DiscrepancyRepository discrepancies, DiscrepancyKeeper keeper, DiscrepancyCodec codec) {
        this.stories = stories;
        this.articles = articles;
        this.claims = claims;
        this.discrepancies = discrepancies;
        this.keeper = keeper;
        this.codec = codec;
    }

    /**
     * Stores the article with its claims, whole or not at all. The same article id twice changes nothing, and so does
     * a retried request with the same Idempotency-Key.
     */
    @Transactional
    public Added add(String storyId, StoredArticle article) {
        StoryRepository.Locked story = stories.lockOrCreate(storyId);
        String contentHash = article.contentHash();
        if (article.idempotencyKey() != null) {
            Optional<ArticleEntity> earlier = articles.findByIdempotencyKey(storyId, article.idempotencyKey());
            if (earlier.isPresent() && !earlier.get().articleId.equals(article.articleId())) {
                throw new IdempotencyKeyReusedException(article.idempotencyKey(),
                        "article '" + earlier.get().articleId + "'");
            }
            if (earlier.isPresent() && earlier.get().contentHash != null
                    && !earlier.get().contentHash.equals(contentHash)) {
                throw new IdempotencyKeyReusedException(article.idempotencyKey(),
                        "article '" + article.articleId() + "' with other content");
            }
        }
        if (articles.findInStory(storyId, article.articleId()).isPresent()) {
            return new Added(false, claims.countInArticle(storyId, article.articleId()));
        }
        ArticleEntity row = new ArticleEntity();
        row.pk = UUID.randomUUID();
        row.storyId = storyId;
        row.articleId = article.articleId();
        row.publisher = article.publisher();
        row.publishedAt = article.publishedAt();
        row.url = article.url();
        row.body = article.text();
        row.receivedAt = Instant.now();
        row.idempotencyKey = article.idempotencyKey();
        row.contentHash = contentHash;
        articles.persist(row);
        for (ClaimEntity claim : article.claims()) {
            claim.pk = UUID.randomUUID();
            claim.storyId = storyId;
            claim.articleId = article.articleId();
        }
        DiscrepancyKeeper.ReadArticle read = keeper.read(article);
        article.claims().forEach(claims::persist);
        claims.flush();
        keeper.articleAdded(storyId, story, read);
        return new Added(true, article.claims().size());
    }

    /** Whether the story exists: one look-up by its key. */
    @Transactional
    public boolean exists(String storyId) {
        return stories.findByIdOptional(storyId).isPresent();
    }

    @Transactional
    public Optional<Summary> summary(String storyId) {
        keeper.judgeAgainIfStale(storyId);
        return stories.findByIdOptional(storyId).map(story -> new Summary(storyId, story.createdAt,
                articles.countInStory(storyId), claims.count("storyId", storyId),
                discrepancies.countInStory(storyId)));
    }

    /**
     * The story's current discrepancies, most severe first, judged afresh first if they were judged under other
     * rules; empty when there is no such story.
     */
    @Transactional
    public Optional<List<Discrepancy>> discrepancies(String storyId) {
        keeper.judgeAgainIfStale(storyId);
        List<String> bodies = discrepancies.bodiesInStory(storyId);
        if (bodies.isEmpty() && stories.findByIdOptional(storyId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(bodies.stream().map(codec::read).toList());
    }

    /**
     * A page of the story's articles in publication order ({@link ArticleRepository#page}), each with its claims
     * counted; empty when there is no such story.
     */
    @Transactional
    public Optional<ArticlePage> articles(String storyId, ArticleRepository.Position after, int limit) {
        if (stories.findByIdOptional(storyId).isEmpty()) {
            return Optional.empty();
        }
        List<ArticleRepository.Listed> rows = articles.page(storyId, after, limit);
        List<ArticleRepository.Listed> page = rows.subList(0, Math.min(rows.size(), limit));
        Map<String, Long> claimCounts = claims.countByArticle(storyId,
                page.stream().map(ArticleRepository.Listed::articleId).toList());
        ArticleRepository.Position next = rows.size() > limit
                ? positionOf(page.get(page.size() - 1))
                : null;
        return Optional.of(new ArticlePage(page.stream()
                .map(row -> new ArticleEntry(row.articleId(), row.publisher(), row.publishedAt(), row.url(),
                        claimCounts.getOrDefault(row.articleId(), 0L)))
                .toList(), next));
    }

    private static ArticleRepository.Position positionOf(ArticleRepository.Listed row) {
        return new ArticleRepository.Position(row.publishedAt(), row.articleId());
    }

    @Transactional
    public FeedPage feed(FeedQuery query) {
        List<DiscrepancyRepository.FeedRow> rows = discrepancies.page(query);
        List<DiscrepancyRepository.FeedRow> page = rows.subList(0, Math.min(rows.size(), query.limit()));
        FeedQuery.Position next = rows.size() > query.limit()
                ? positionOf(page.get(page.size() - 1).discrepancy())
                : null;
        return new FeedPage(page.stream()
                .map(row -> new FeedEntry(row.discrepancy().storyId, Instant.ofEpochMilli(row.discrepancy().detectedAt),
                        codec.read(row.discrepancy()), latestVerdict(row)))
                .toList(), next);
    }

    private static LatestVerdict latestVerdict(DiscrepancyRepository.FeedRow row) {
        if (row.verdict() == null) {
            return null;
        }
        return new LatestVerdict(VerdictKind.valueOf(row.verdict()),
                row.reason() == null ? null : DismissalReason.valueOf(row.reason()),
                Instant.ofEpochMilli(row.recordedAt()));
    }

    private static FeedQuery.Position positionOf(DiscrepancyEntity row) {
        return new FeedQuery.Position(row.detectedAt, row.storyId, row.discrepancyId);
    }

    @Transactional
    public List<ClaimEntity> claims(String storyId) {
        return claims.inStory(storyId);
    }
}
