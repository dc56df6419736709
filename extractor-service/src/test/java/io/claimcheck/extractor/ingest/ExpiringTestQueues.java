package io.claimcheck.extractor.ingest;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.smallrye.common.annotation.Identifier;

/**
 * The arguments the RabbitMQ connector adds to every queue it declares in the tests (it looks them up by this name):
 * a test run's queues go away ten minutes after its last consumer, so runs leave nothing on the shared broker.
 */
@ApplicationScoped
class ExpiringTestQueues {

    @Produces
    @Identifier("rabbitmq-queue-arguments")
    Map<String, Object> arguments() {
        return Map.of("x-expires", 600_000);
    }
}
