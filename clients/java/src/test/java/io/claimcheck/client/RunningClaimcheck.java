package io.claimcheck.client;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.claimcheck.testing.RunningSystem;

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

    /** The running system; JUnit closes it (an AutoCloseable in the root store) at the end, the JVM at exit. */
    static final class Services implements AutoCloseable {

        private final Thread shutdownHook;
        private final RunningSystem system;
        private final Gateway gateway;

        private Services(RunningSystem system, Gateway gateway) {
            this.system = system;
            this.gateway = gateway;
            this.shutdownHook = new Thread(system::close, "claimcheck-services-stop");
        }

        static Services start() {
            String apiKey = "client-test-" + UUID.randomUUID();
            RunningSystem system = RunningSystem.start(root(), Path.of("target", "claimcheck-services"), SCHEMA,
                    List.of("-Dgateway.security.keys.client-test.sha256=" + sha256Hex(apiKey),
                            "-Dgateway.security.keys.client-test.requests-per-minute=600"),
                    START_TIMEOUT);
            Services services = new Services(system, new Gateway(system.gatewayUrl(), apiKey));
            Runtime.getRuntime().addShutdownHook(services.shutdownHook);
            return services;
        }

        @Override
        public void close() {
            system.close();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }

        private static Path root() {
            String root = System.getProperty("claimcheck.root");
            // surefire runs in the module's folder, clients/java
            return (root == null || root.isBlank() ? Path.of("..", "..") : Path.of(root)).toAbsolutePath().normalize();
        }

        private static String sha256Hex(String key) {
            try {
                return HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
