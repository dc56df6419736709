package io.claimcheck.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole system, for real: the extractor, the reconciler and the gateway as the reactor packaged them
 * ({@code <module>/target/quarkus-app/quarkus-run.jar}), each in its own JVM on a free port. The reconciler stores
 * into the schema {@value #SCHEMA} of the test PostgreSQL (127.0.0.1:5432, user postgres, database test), cleaned at
 * its start. The gateway is closed, as in production, and knows one API key, made up for this run.
 *
 * <p>Started once for all the test classes that use it (the root store closes it at the end of the run); a test
 * class gets the running system by declaring a {@link Gateway} parameter.
 */
public class RunningClaimcheck implements BeforeAllCallback, ParameterResolver {

    static final String SCHEMA = "claimcheck_client_test";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /** What a test needs of the running system: where the gateway is and the key it accepts. */
    public record Gateway(String url, String apiKey) {

        /** The generated client, pointed at the gateway and sending the API key on every call. */
        public ApiClient client() {
            return anonymousClient().setRequestInterceptor(request -> request.header("X-API-Key", apiKey));
        }

        /** The generated client without a key. */
        public ApiClient anonymousClient() {
            ApiClient client = new ApiClient();
            client.updateBaseUri(url);
            return client.setReadTimeout(Duration.ofSeconds(60));
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        system(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Gateway.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return system(context).gateway;
    }

    private static Services system(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(RunningClaimcheck.class))
                .getOrComputeIfAbsent(Services.class, type -> Services.start(), Services.class);
    }

    /** The three processes; JUnit closes them (an AutoCloseable in the root store) at the end, the JVM at exit. */
    static final class Services implements AutoCloseable {

        private final Map<String, Process> processes = new LinkedHashMap<>();
        private final Thread shutdownHook = new Thread(this::stopAll, "claimcheck-services-stop");
        private Gateway gateway;

        static Services start() {
            Services services = new Services();
            Runtime.getRuntime().addShutdownHook(services.shutdownHook);
            try {
                services.startAll();
                return services;
            } catch (RuntimeException | Error e) {
                services.close();
                throw e;
            }
        }

        private void startAll() {
            int extractorPort = freePort();
            int reconcilerPort = freePort();
            int gatewayPort = freePort();
            launch("extractor-service", extractorPort, List.of());
            launch("reconciler-service", reconcilerPort, List.of(
                    "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA,
                    "-Dquarkus.datasource.username=postgres",
                    "-Dquarkus.flyway.schemas=" + SCHEMA,
                    "-Dquarkus.flyway.clean-disabled=false",
                    "-Dquarkus.flyway.clean-at-start=true"));
            awaitReady("extractor-service", extractorPort);
            awaitReady("reconciler-service", reconcilerPort);

            String apiKey = "client-test-" + UUID.randomUUID();
            launch("gateway", gatewayPort, List.of(
                    "-Dquarkus.rest-client.extractor.url=http://localhost:" + extractorPort,
                    "-Dquarkus.rest-client.reconciler.url=http://localhost:" + reconcilerPort,
                    "-Dgateway.security.keys.client-test.sha256=" + sha256Hex(apiKey),
                    "-Dgateway.security.keys.client-test.requests-per-minute=600"));
            awaitReady("gateway", gatewayPort);
            gateway = new Gateway("http://localhost:" + gatewayPort, apiKey);
        }

        private void launch(String module, int port, List<String> properties) {
            Path jar = root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build the whole project (./mvnw verify), so that "
                        + module + " is packaged before the generated clients are tested");
            }
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("-Dquarkus.http.port=" + port);
            command.addAll(properties);
            command.add("-jar");
            command.add(jar.toString());
            try {
                Path log = logOf(module);
                Files.createDirectories(log.getParent());
                processes.put(module, new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start());
            } catch (IOException e) {
                throw new IllegalStateException("Could not start " + module, e);
            }
        }

        private void awaitReady(String module, int port) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                Process process = processes.get(module);
                if (!process.isAlive()) {
                    throw new IllegalStateException(module + " stopped while starting (exit " + process.exitValue()
                            + "):\n" + tail(module));
                }
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
                sleep(250);
            }
            throw new IllegalStateException(module + " was not ready on port " + port + " within " + START_TIMEOUT
                    + ":\n" + tail(module));
        }

        @Override
        public void close() {
            stopAll();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }

        /** The gateway first, so that nothing calls a service that is already gone. */
        private synchronized void stopAll() {
            List<String> modules = new ArrayList<>(processes.keySet());
            Collections.reverse(modules);
            for (String module : modules) {
                Process process = processes.remove(module);
                process.destroy();
                try {
                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static Path root() {
            String root = System.getProperty("claimcheck.root");
            // surefire runs in the module's folder, clients/java
            return (root == null || root.isBlank() ? Path.of("..", "..") : Path.of(root)).toAbsolutePath().normalize();
        }

        private static Path logOf(String module) {
            return Path.of("target", "claimcheck-services", module + ".log").toAbsolutePath();
        }

        private static String tail(String module) {
            try {
                List<String> lines = Files.readAllLines(logOf(module), StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        private static String sha256Hex(String key) {
            try {
                return HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
