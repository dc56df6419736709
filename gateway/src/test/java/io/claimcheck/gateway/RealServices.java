package io.claimcheck.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the real extractor and reconciler, as packaged by the build (they come before the gateway in the reactor),
 * on free ports, so that the gateway's tests cross real HTTP to real services. The reconciler stores into its own
 * schema of the test PostgreSQL, started afresh.
 */
public class RealServices implements QuarkusTestResourceLifecycleManager {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /** The running services by module, with how each was started so that it can be started again. */
    private final Map<String, Process> processes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> commands = new ConcurrentHashMap<>();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        int extractorPort = freePort();
        int reconcilerPort = freePort();
        start("extractor-service", extractorPort, List.of());
        start("reconciler-service", reconcilerPort, List.of(
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=claimcheck_gateway_test",
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.flyway.schemas=claimcheck_gateway_test",
                "-Dquarkus.flyway.clean-disabled=false",
                "-Dquarkus.flyway.clean-at-start=true"));
        awaitReady(extractorPort);
        awaitReady(reconcilerPort);
        return Map.of(
                "quarkus.rest-client.extractor.url", "http://localhost:" + extractorPort,
                "quarkus.rest-client.reconciler.url", "http://localhost:" + reconcilerPort);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this,
                new TestInjector.AnnotatedAndMatchesType(InjectRealServices.class, RealServices.class));
    }

    @Override
    public void stop() {
        processes.keySet().forEach(this::stop);
    }

    /** Stops one service and waits until it is gone. */
    public void stop(String module) {
        Process process = processes.remove(module);
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a stopped service again, on its port, and waits until it is ready. */
    public void restart(String module) {
        launch(module, commands.get(module));
        awaitReady(ports.get(module));
    }

    private void start(String module, int port, List<String> properties) {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the whole project (./mvnw verify) so that "
                    + module + " is packaged before the gateway is tested");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(properties);
        command.add("-jar");
        command.add(jar.toString());
        commands.put(module, command);
        ports.put(module, port);
        launch(module, command);
    }

    private void launch(String module, List<String> command) {
        try {
            Path log = Files.createDirectories(Path.of("target", "real-services")).resolve(module + ".log");
            processes.put(module, new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + module, e);
        }
    }

    private static void awaitReady(int port) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("The service on port " + port + " was not ready within " + START_TIMEOUT
                + "; see target/real-services/");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
