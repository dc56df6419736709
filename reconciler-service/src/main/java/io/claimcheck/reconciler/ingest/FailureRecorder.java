package io.claimcheck.reconciler.ingest;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.claimcheck.reconciler.store.IngestionStore;
import io.smallrye.common.annotation.Blocking;

/**
 * Records every {@code article.failed} message as its article's failure, with the reason: the one a service gave
 * when it refused the article, or, for a message the broker dead-lettered after its delivery limit, the broker's.
 * It reads a queue of its own bound beside the dead-letter queue, which keeps the messages themselves.
 */
@ApplicationScoped
public class FailureRecorder {

    private static final Logger LOG = Logger.getLogger(FailureRecorder.class);

    private final IngestionStore ingestions;

    FailureRecorder(IngestionStore ingestions) {
        this.ingestions = ingestions;
    }

    @Incoming("ingestion-failures")
    @Blocking
    public CompletionStage<Void> record(Message<byte[]> message) {
        Optional<String> story = BrokerHeaders.of(message, BrokerHeaders.STORY);
        Optional<String> article = BrokerHeaders.of(message, BrokerHeaders.ARTICLE);
        if (story.isEmpty() || article.isEmpty() || story.get().isEmpty() || article.get().isEmpty()) {
            LOG.warn("A failed message names no story or article; the dead-letter queue keeps it");
            return message.ack();
        }
        ingestions.failed(story.get(), article.get(), reason(message));
        return message.ack();
    }

    private static String reason(Message<?> message) {
        return BrokerHeaders.of(message, BrokerHeaders.REASON).orElseGet(() -> "The broker dead-lettered it ("
                + BrokerHeaders.of(message, BrokerHeaders.FIRST_DEATH_REASON).orElse("unknown reason")
                + ") from queue " + BrokerHeaders.of(message, BrokerHeaders.FIRST_DEATH_QUEUE).orElse("unknown")
                + ": it could not be processed within its delivery limit.");
    }
}
