package io.claimcheck.reconciler.ingest;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.http.ProblemException;
import io.claimcheck.reconciler.store.IngestionStore;
import io.claimcheck.reconciler.store.StoryStore;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;

/**
 * Stores the articles the extractor read ({@code article.extracted}) through the same addition as the HTTP API, so a
 * redelivered message stores nothing twice (an article id is stored once per story; its Idempotency-Key with other
 * content is refused). Several replicas may consume the queue: additions to one story take its row lock in turn.
 * <p>
 * A message is acknowledged only once its article is stored (or refused and the refusal published), so a replica
 * killed mid-message leaves it to be delivered again. Input the reconciler refuses goes to {@code article.failed}
 * with the reason, where the dead-letter queue keeps it; any other failure (the database away) is handed back to the
 * queue, up to its delivery limit. On the last delivery the limit allows, such a failure is published as
 * {@code article.failed} too, with its cause as the reason, which the broker's own dead-lettering would lose; the
 * broker still dead-letters a message whose every delivery was cut short (a replica killed while storing it).
 */
@ApplicationScoped
public class ExtractedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ExtractedArticleConsumer.class);

    /** How long a message that failed for want of the database waits before it goes back to the queue. */
    static final long REQUEUE_PAUSE_MILLIS = 1000;

    private final ExtractedArticleStore articles;
    private final IngestionStore ingestions;
    private final Validator validator;
    private final ObjectMapper json;
    private final MutinyEmitter<byte[]> failures;
    private final int deliveryLimit;

    ExtractedArticleConsumer(ExtractedArticleStore articles, IngestionStore ingestions, Validator validator,
            ObjectMapper json, @Channel("article-failed") MutinyEmitter<byte[]> failures,
            @ConfigProperty(name = "claimcheck.messaging.delivery-limit") int deliveryLimit) {
        this.articles = articles;
        this.ingestions = ingestions;
        this.validator = validator;
        this.json = json;
        this.failures = failures;
        this.deliveryLimit = deliveryLimit;
    }

    @Incoming("article-extracted")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        ExtractedArticle extracted;
        try {
            extracted = json.readValue(message.getPayload(), ExtractedArticle.class);
            refuseViolations(validator.validate(extracted));
            refuseViolations(validator.validate(extracted.addition()));
        } catch (IOException | RefusedException e) {
            return refuse(message, "The article.extracted message cannot be read: " + e.getMessage());
        }
        try {
            ingestions.extracted(extracted.storyId(), extracted.article().id());
            articles.store(extracted);
            return message.ack();
        } catch (ProblemException | StoryStore.IdempotencyKeyReusedException e) {
            return refuse(message, e.getMessage());
        } catch (RuntimeException e) {
            long redeliveries = BrokerHeaders.deliveryCount(message);
            if (redeliveries >= deliveryLimit) {
                return refuse(message, "Not stored on any of its " + (redeliveries + 1) + " deliveries; the last "
                        + "failed with: " + rootCause(e));
            }
            LOG.warnf(e, "Article '%s' of story '%s' was not stored; it goes back to the queue",
                    extracted.article().id(), extracted.storyId());
            pause();
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
        }
    }

    /** Publishes the refusal with its reason (the dead-letter queue keeps it), then lets the message go. */
    private CompletionStage<Void> refuse(Message<byte[]> message, String reason) {
        String story = BrokerHeaders.of(message, BrokerHeaders.STORY).orElse("");
        String article = BrokerHeaders.of(message, BrokerHeaders.ARTICLE).orElse("");
        LOG.infof("Article '%s' of story '%s' refused: %s", article, story, reason);
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withContentType("application/json")
                .withHeader(BrokerHeaders.STORY, story)
                .withHeader(BrokerHeaders.ARTICLE, article)
                .withHeader(BrokerHeaders.REASON, reason)
                .build();
        return failures.sendMessage(Message.of(message.getPayload(), Metadata.of(metadata)))
                .subscribeAsCompletionStage()
                .thenCompose(published -> message.ack());
    }

    private static void refuseViolations(Set<? extends ConstraintViolation<?>> violations) {
        if (!violations.isEmpty()) {
            throw new RefusedException(violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The innermost message, where the database says what it refused (the outer ones wrap it in their own words). */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    }

    private static void pause() {
        try {
            Thread.sleep(REQUEUE_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A message whose content breaks the contract. */
    private static final class RefusedException extends RuntimeException {

        RefusedException(String reason) {
            super(reason);
        }
    }
}
