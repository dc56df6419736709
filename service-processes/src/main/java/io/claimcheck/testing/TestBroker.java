package io.claimcheck.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/**
 * The test RabbitMQ (127.0.0.1:5672, guest/guest), reached with the plain AMQP client: to publish a message as a
 * service would, to read what a queue holds, and to delete a test run's queues. Each run names its exchange and queues
 * with a suffix of its own ({@link #newSuffix}), which the services take as {@code claimcheck.messaging.suffix}, so
 * that runs on one broker never share a queue.
 */
public final class TestBroker implements AutoCloseable {

    /** A message as a queue held it. */
    public record Delivery(Map<String, Object> headers, byte[] body) {

        /** A header as text (the broker gives strings as its own type), or null. */
        public String header(String name) {
            Object value = headers == null ? null : headers.get(name);
            return value == null ? null : value.toString();
        }
    }

    private final Connection connection;
    private final Channel channel;

    private TestBroker(Connection connection, Channel channel) {
        this.connection = connection;
        this.channel = channel;
    }

    public static TestBroker connect() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        try {
            Connection connection = factory.newConnection("claimcheck-test");
            Channel channel = connection.createChannel();
            channel.confirmSelect();
            return new TestBroker(connection, channel);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("The test RabbitMQ at 127.0.0.1:5672 cannot be reached", e);
        }
    }

    /** A suffix for one test run's exchange and queues. */
    public static String newSuffix(String run) {
        return "." + run + "-" + UUID.randomUUID();
    }

    /** The settings that put a service on the test broker under {@code suffix}. */
    public static List<String> serviceSettings(String suffix) {
        return List.of("-Drabbitmq-host=127.0.0.1", "-Drabbitmq-port=5672",
                "-Dclaimcheck.messaging.suffix=" + suffix);
    }

    /** Publishes a JSON body as a service would, and waits until the broker confirms it. */
    public void publish(String exchange, String routingKey, Map<String, Object> headers, byte[] body) {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .contentType("application/json").deliveryMode(2).headers(headers).build();
        try {
            channel.basicPublish(exchange, routingKey, true, properties, body);
            channel.waitForConfirmsOrDie(10_000);
        } catch (IOException | InterruptedException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + exchange + " with key " + routingKey, e);
        }
    }

    /**
     * A queue of the test's own (named by the broker, gone with this connection) that receives what is published on
     * the exchange with these routing keys: to see what a service published.
     */
    public String listen(String exchange, String... routingKeys) {
        try {
            String queue = channel.queueDeclare().getQueue();
            for (String key : routingKeys) {
                channel.queueBind(queue, exchange, key);
            }
            return queue;
        } catch (IOException e) {
            throw new IllegalStateException("Could not listen on " + exchange, e);
        }
    }

    /** Takes every message the queue holds now, acknowledging each. */
    public List<Delivery> drain(String queue) {
        List<Delivery> deliveries = new ArrayList<>();
        try {
            for (GetResponse got = channel.basicGet(queue, true); got != null; got = channel.basicGet(queue, true)) {
                deliveries.add(new Delivery(got.getProps().getHeaders(), got.getBody()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read queue " + queue, e);
        }
        return deliveries;
    }

    /** The exchange the services of a run under {@code suffix} publish to. */
    public static String exchange(String suffix) {
        return "claimcheck" + suffix;
    }

    /** The dead-letter queue of a run under {@code suffix}. */
    public static String deadLetterQueue(String suffix) {
        return "claimcheck.dead-letters" + suffix;
    }

    /** Deletes the queues and the exchange of a run under {@code suffix} (the services' defaults, suffixed). */
    public void deleteRun(String suffix) {
        try {
            for (String queue : List.of("claimcheck.article-submitted", "claimcheck.article-extracted",
                    "claimcheck.ingestion-failures", "claimcheck.dead-letters")) {
                channel.queueDelete(queue + suffix);
            }
            channel.exchangeDelete(exchange(suffix));
        } catch (IOException e) {
            throw new IllegalStateException("Could not delete the test queues of " + suffix, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
