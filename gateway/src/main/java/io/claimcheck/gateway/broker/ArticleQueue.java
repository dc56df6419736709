package io.claimcheck.gateway.broker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.gateway.clients.ReconcilerService;
import io.claimcheck.gateway.clients.Stories;
import io.claimcheck.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * Queues articles on the broker ({@code article.submitted}) for the extractor and the reconciler to take up. Each is
 * first recorded as queued with the reconciler, so that its status URL answers at once (when the reconciler can
 * answer), then published; a submission
 * counts as queued only once the broker confirmed every message of it (publisher confirms). When the broker does not
 * confirm in time, the records of the unconfirmed ones are withdrawn and the caller is told to try again: nothing the
 * client was told is queued is lost, and a message the broker took late is stored once (the article id is).
 */
@ApplicationScoped
public class ArticleQueue {

    private static final Logger LOG = Logger.getLogger(ArticleQueue.class);

    /** On every message, so that a service can record its failure without reading its body. */
    static final String STORY = "claimcheck-story";
    static final String ARTICLE = "claimcheck-article";

    private final MutinyEmitter<byte[]> submissions;
    private final ReconcilerService reconciler;
    private final ObjectMapper json;
    private final GatewayConfig config;

    ArticleQueue(@Channel("article-submitted") MutinyEmitter<byte[]> submissions, ReconcilerService reconciler,
            ObjectMapper json, GatewayConfig config) {
        this.submissions = submissions;
        this.reconciler = reconciler;
        this.json = json;
        this.config = config;
    }

    /** Queues the articles; returns once the broker has confirmed each, or throws {@link BrokerUnavailableException}. */
    public void submit(List<SubmittedArticle> articles) {
        articles.forEach(this::recordQueued);
        List<Uni<Boolean>> confirmations = new ArrayList<>();
        for (SubmittedArticle article : articles) {
            confirmations.add(publish(article).replaceWith(true)
                    .onFailure().invoke(e -> LOG.warnf("The broker did not take article '%s' of story '%s': %s",
                            article.article().id(), article.storyId(), e.toString()))
                    .onFailure().recoverWithItem(false));
        }
        List<Boolean> confirmed;
        try {
            confirmed = Uni.join().all(confirmations).andFailFast().await()
                    .atMost(Duration.ofMillis(config.brokerConfirmTimeoutMillis()));
        } catch (RuntimeException timedOut) {
            withdraw(articles);
            throw new BrokerUnavailableException("The broker did not confirm every article within "
                    + config.brokerConfirmTimeoutMillis() + " ms", timedOut);
        }
        List<SubmittedArticle> refused = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (!confirmed.get(i)) {
                refused.add(articles.get(i));
            }
        }
        if (!refused.isEmpty()) {
            withdraw(refused);
            throw new BrokerUnavailableException("The broker refused " + refused.size() + " of the articles", null);
        }
    }

    /**
     * Queues a batch sent with an Idempotency-Key once, however often it is sent. The reconciler records the key with
     * the batch's content hash before anything is published (the key with another batch is refused there, 422), and
     * marks it queued once the broker confirmed every article: a retry of a queued batch queues nothing. A batch never
     * marked queued (the broker did not confirm it, or this gateway stopped half-way) is queued again on a retry,
     * which stores nothing twice (each article id is stored once); so may two requests racing with one key.
     */
    public void submitOnce(String storyId, String idempotencyKey, String contentHash, List<SubmittedArticle> articles) {
        if (reconciler.recordBatch(storyId, idempotencyKey, new Stories.Batch(contentHash, false)).queued()) {
            return;
        }
        submit(articles);
        try {
            reconciler.recordBatch(storyId, idempotencyKey, new Stories.Batch(contentHash, true));
        } catch (RuntimeException e) {
            LOG.warnf("Batch '%s' of story '%s' is queued but not recorded so (%s); a retry queues it again",
                    idempotencyKey, storyId, e.toString());
        }
    }

    /**
     * Best effort: a reconciler too busy to answer (a burst is when it is) must not turn the burst away, since the
     * queue is there to absorb it. The article's status then appears once the reconciler takes up its message.
     */
    private void recordQueued(SubmittedArticle article) {
        try {
            reconciler.queueIngestion(article.storyId(), article.article().id());
        } catch (RuntimeException e) {
            LOG.warnf("Article '%s' of story '%s' is not recorded as queued (%s); it is queued all the same",
                    article.article().id(), article.storyId(), e.toString());
        }
    }

    private Uni<Void> publish(SubmittedArticle article) {
        byte[] body;
        try {
            body = json.writeValueAsString(article).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey("article.submitted")
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withHeader(STORY, article.storyId())
                .withHeader(ARTICLE, article.article().id())
                .build();
        try {
            return submissions.sendMessage(Message.of(body, Metadata.of(metadata)));
        } catch (RuntimeException bufferFull) {
            // the emitter's buffer is full while the broker is away
            return Uni.createFrom().failure(bufferFull);
        }
    }

    /** Best effort: a record left behind says queued for a message the broker may yet take and deliver. */
    private void withdraw(List<SubmittedArticle> articles) {
        for (SubmittedArticle article : articles) {
            try {
                reconciler.withdrawIngestion(article.storyId(), article.article().id());
            } catch (RuntimeException e) {
                LOG.warnf("Could not withdraw the queued record of article '%s' of story '%s': %s",
                        article.article().id(), article.storyId(), e.toString());
            }
        }
    }
}
