package io.claimcheck.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The whole of claimcheck, for tests that cross real HTTP to it: the extractor and the reconciler, then the gateway
 * pointed at them, each in its own JVM on a free port ({@link ServiceProcess}). The reconciler stores into a schema of
 * its own in the test PostgreSQL ({@link #reconcilerOnTestDatabase}), cleaned at its start; all three use an exchange and
 * queues of this run's own on the test RabbitMQ ({@link TestBroker}). Closing it stops the gateway first, so that
 * nothing calls a service that is already gone, then deletes the run's queues.
 */
public final class RunningSystem implements AutoCloseable {

    private final List<ServiceProcess> processes = new ArrayList<>();
    /** The run's own exchange and queues on the test broker. */
    private final String messagingSuffix = TestBroker.newSuffix("system");
    private ServiceProcess gateway;

    private RunningSystem() {
    }

    /**
     * The settings that put the reconciler on {@code schema} of the test PostgreSQL (127.0.0.1:5432, user postgres,
     * database test), cleaned when it starts.
     */
    public static List<String> reconcilerOnTestDatabase(String schema) {
        return List.of(
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.flyway.schemas=" + schema,
                "-Dquarkus.flyway.clean-disabled=false",
                "-Dquarkus.flyway.clean-at-start=true");
    }

    /**
     * Starts the three services from the build under {@code root} and waits until each is ready; their logs go to
     * {@code logs}. {@code gatewaySettings} are the gateway's own ({@code -Dquarkus.profile=local} opens the API).
     */
    public static RunningSystem start(Path root, Path logs, String schema, List<String> gatewaySettings,
                                      Duration timeout) {
        RunningSystem system = new RunningSystem();
        try {
            List<String> messaging = TestBroker.serviceSettings(system.messagingSuffix);
            ServiceProcess extractor = system.launch(root, logs, "extractor-service", messaging);
            List<String> reconcilerSettings = new ArrayList<>(reconcilerOnTestDatabase(schema));
            reconcilerSettings.addAll(messaging);
            ServiceProcess reconciler = system.launch(root, logs, "reconciler-service", reconcilerSettings);
            extractor.awaitReady(timeout);
            reconciler.awaitReady(timeout);
            List<String> settings = new ArrayList<>(List.of(
                    "-Dquarkus.rest-client.extractor.url=http://localhost:" + extractor.port(),
                    "-Dquarkus.rest-client.reconciler.url=http://localhost:" + reconciler.port()));
            settings.addAll(messaging);
            settings.addAll(gatewaySettings);
            system.gateway = system.launch(root, logs, "gateway", settings);
            system.gateway.awaitReady(timeout);
            return system;
        } catch (RuntimeException | Error e) {
            system.close();
            throw e;
        }
    }

    private ServiceProcess launch(Path root, Path logs, String module, List<String> settings) {
        ServiceProcess service = ServiceProcess.start(root, module, ServiceProcess.freePort(), settings, logs);
        processes.add(service);
        return service;
    }

    /** The gateway's base URL, {@code http://localhost:<port>}. */
    public String gatewayUrl() {
        return "http://localhost:" + gateway.port();
    }

    @Override
    public synchronized void close() {
        List<ServiceProcess> started = new ArrayList<>(processes);
        Collections.reverse(started);
        started.forEach(ServiceProcess::stop);
        processes.clear();
        try (TestBroker broker = TestBroker.connect()) {
            broker.deleteRun(messagingSuffix);
        } catch (IllegalStateException noBroker) {
            // nothing was declared on a broker that cannot be reached
        }
    }
}
