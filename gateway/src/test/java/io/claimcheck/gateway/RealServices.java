package io.claimcheck.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.claimcheck.testing.RunningSystem;
import io.claimcheck.testing.ServiceProcess;
import io.claimcheck.testing.TestBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the real extractor and reconciler, as packaged by the build (they come before the gateway in the reactor),
 * on free ports, so that the gateway's tests cross real HTTP to real services. The reconciler stores into its own
 * schema of the test PostgreSQL, started afresh; the gateway and both services use an exchange and queues of this
 * run's own on the test RabbitMQ, deleted when the run ends.
 */
public class RealServices implements QuarkusTestResourceLifecycleManager {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    // surefire runs in the module's folder, gateway/; the services' logs go to target/real-services/
    private static final Path ROOT = Path.of("..");
    private static final Path LOGS = Path.of("target", "real-services");

    private static final String RECONCILER = "reconciler-service";
    private static final List<String> KEEP_DATA = List.of("-Dquarkus.flyway.clean-at-start=false");

    /** The services by module; a stopped one can be started again. */
    private final Map<String, ServiceProcess> services = new ConcurrentHashMap<>();

    /** This run's own exchange and queues on the test RabbitMQ, shared by the gateway and the two services. */
    private final String messagingSuffix = TestBroker.newSuffix("gateway-test");

    @Override
    public Map<String, String> start() {
        List<String> messaging = TestBroker.serviceSettings(messagingSuffix);
        ServiceProcess extractor = start("extractor-service", messaging);
        List<String> reconcilerSettings = new ArrayList<>(
                RunningSystem.reconcilerOnTestDatabase("claimcheck_gateway_test"));
        reconcilerSettings.addAll(messaging);
        ServiceProcess reconciler = start(RECONCILER, reconcilerSettings);
        extractor.awaitReady(START_TIMEOUT);
        reconciler.awaitReady(START_TIMEOUT);
        return Map.of(
                "quarkus.rest-client.extractor.url", "http://localhost:" + extractor.port(),
                "quarkus.rest-client.reconciler.url", "http://localhost:" + reconciler.port(),
                "claimcheck.messaging.suffix", messagingSuffix);
    }

    /** The suffix of this run's exchange and queues ({@link TestBroker#deleteRun}). */
    public String messagingSuffix() {
        return messagingSuffix;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this,
                new TestInjector.AnnotatedAndMatchesType(InjectRealServices.class, RealServices.class));
    }

    @Override
    public void stop() {
        services.values().forEach(ServiceProcess::stop);
        try (TestBroker broker = TestBroker.connect()) {
            broker.deleteRun(messagingSuffix);
        }
    }

    /** Stops one service and waits until it is gone. */
    public void stop(String module) {
        services.get(module).stop();
    }

    /** Kills one service at once (SIGKILL), mid-request. */
    public void crash(String module) {
        services.get(module).crash();
    }

    /** Freezes one service (SIGSTOP): connections stay open, nothing is answered. */
    public void freeze(String module) {
        services.get(module).freeze();
    }

    public void thaw(String module) {
        services.get(module).thaw();
    }

    /**
     * Starts a stopped service again, on its port, and waits until it is ready. The reconciler keeps what it stored:
     * only its first start cleans its schema.
     */
    public void restart(String module) {
        services.get(module).restart(START_TIMEOUT, module.equals(RECONCILER) ? KEEP_DATA : List.of());
    }

    private ServiceProcess start(String module, List<String> properties) {
        ServiceProcess service = ServiceProcess.start(ROOT, module, ServiceProcess.freePort(), properties, LOGS);
        services.put(module, service);
        return service;
    }
}
