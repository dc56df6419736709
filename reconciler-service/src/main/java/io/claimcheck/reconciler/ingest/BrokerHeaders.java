package io.claimcheck.reconciler.ingest;

import java.util.Optional;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * The headers every claimcheck message carries, so that a message can be told apart (and its failure recorded)
 * without reading its body, which may be what is wrong with it; the broker keeps them when it dead-letters a message.
 */
final class BrokerHeaders {

    static final String STORY = "claimcheck-story";
    static final String ARTICLE = "claimcheck-article";
    /** On article.failed messages: why the article was refused. */
    static final String REASON = "claimcheck-reason";
    /** Set by the broker on a message it dead-lettered: why, and from which queue. */
    static final String FIRST_DEATH_REASON = "x-first-death-reason";
    static final String FIRST_DEATH_QUEUE = "x-first-death-queue";
    /** Set by a quorum queue on each delivery: how often the message went back to it before (0 the first time). */
    static final String DELIVERY_COUNT = "x-delivery-count";

    private BrokerHeaders() {
    }

    /** How often the message was handed back to its queue before this delivery. */
    static long deliveryCount(Message<?> message) {
        return of(message, DELIVERY_COUNT).map(Long::parseLong).orElse(0L);
    }

    static Optional<String> of(Message<?> message, String header) {
        return message.getMetadata(IncomingRabbitMQMetadata.class)
                .flatMap(metadata -> Optional.ofNullable(metadata.getHeaders().get(header)))
                .map(Object::toString);
    }
}
