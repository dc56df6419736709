package io.claimcheck.extractor.ingest;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.extractor.api.Extractions;
import io.claimcheck.extractor.parties.PartyTable;
import io.claimcheck.http.ProblemException;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;

/**
 * Reads the articles submitted through the broker ({@code article.submitted}) and publishes each with its claims
 * ({@code article.extracted}), or, when the extractor refuses it (too long, too many claims, a date that is no date,
 * a message that is no article), as {@code article.failed} with the reason in a header, where the dead-letter queue
 * keeps it. A message is acknowledged only after the broker confirmed what it became, so one taken by a consumer that
 * dies is delivered again; the queue's prefetch bounds how many a consumer holds at once. Any number of extractors may
 * consume the queue: extraction is a pure function of the message.
 */
@ApplicationScoped
public class SubmittedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(SubmittedArticleConsumer.class);

    static final String STORY = "claimcheck-story";
    static final String ARTICLE = "claimcheck-article";
    static final String REASON = "claimcheck-reason";

    private final Extractions extractions;
    private final Validator validator;
    private final ObjectMapper json;
    private final MutinyEmitter<byte[]> results;

    SubmittedArticleConsumer(Extractions extractions, Validator validator, ObjectMapper json,
            @Channel("article-results") MutinyEmitter<byte[]> results) {
        this.extractions = extractions;
        this.validator = validator;
        this.json = json;
        this.results = results;
    }

    @Incoming("article-submitted")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        String story = header(message, STORY);
        String article = header(message, ARTICLE);
        byte[] result;
        try {
            SubmittedArticle submitted = json.readValue(message.getPayload(), SubmittedArticle.class);
            String violations = validator.validate(submitted).stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted().collect(Collectors.joining("; "));
            if (!violations.isEmpty()) {
                return publishThenAck(message, "article.failed", story, article, message.getPayload(),
                        "The article.submitted message breaks its contract: " + violations);
            }
            SubmittedArticle.Article text = submitted.article();
            result = json.writeValueAsBytes(new ExtractedArticle(submitted.storyId(), submitted.idempotencyKey(), text,
                    extractions.read(text.id(), text.text(), text.publishedAt(), new PartyTable(submitted.parties()),
                            submitted.maxClaims()).claims()));
        } catch (IOException e) {
            return publishThenAck(message, "article.failed", story, article, message.getPayload(),
                    "The article.submitted message cannot be read: " + e.getMessage());
        } catch (ProblemException e) {
            return publishThenAck(message, "article.failed", story, article, message.getPayload(), e.getMessage());
        } catch (RuntimeException e) {
            // not the article's fault as far as we can tell: the queue delivers it again, up to its delivery limit
            LOG.warnf(e, "Article '%s' of story '%s' was not read; it goes back to the queue", article, story);
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
        }
        return publishThenAck(message, "article.extracted", story, article, result, null);
    }

    private CompletionStage<Void> publishThenAck(Message<byte[]> message, String routingKey, String story,
            String article, byte[] body, String reason) {
        OutgoingRabbitMQMetadata.Builder metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(routingKey)
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withHeader(STORY, story)
                .withHeader(ARTICLE, article);
        if (reason != null) {
            LOG.infof("Article '%s' of story '%s' refused: %s", article, story, reason);
            metadata.withHeader(REASON, reason);
        }
        return results.sendMessage(Message.of(body, Metadata.of(metadata.build())))
                .subscribeAsCompletionStage()
                .thenCompose(published -> message.ack());
    }

    private static String header(Message<?> message, String name) {
        return message.getMetadata(IncomingRabbitMQMetadata.class)
                .flatMap(metadata -> Optional.ofNullable(metadata.getHeaders().get(name)))
                .map(Object::toString).orElse("");
    }
}
