package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One article of a story, as received. */
@Entity
@Table(name = "article")
public class ArticleEntity {

    @Id
    public UUID pk;

    @Column(name = "story_id", nullable = false)
    public String storyId;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    public String publisher;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String url;

    @Column(nullable = false)
    public String body;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The Idempotency-Key of the request that added the article, if the client sent one. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** {@link StoredArticle#contentHash()} of the request that added it; null for articles stored before V9. */
    @Column(name = "content_hash")
    public String contentHash;
}
