package io.claimcheck.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One of claimcheck's services as the build packaged it ({@code <root>/<module>/target/quarkus-app/quarkus-run.jar}),
 * run in a JVM of its own on a port, its output in a log file: for tests that cross real HTTP to the real service.
 * It can be stopped and started again on the same port with the same settings (the log goes on).
 */
public final class ServiceProcess {

    private final String module;
    /** Where {@link #freePort} looks: below the ephemeral range, above the well-known and the common services' ports. */
    private static final int LOWEST_PORT = 20_000;
    private static final int HIGHEST_PORT = 32_000;
    private static final int PORT_ATTEMPTS = 100;
    private static final int MANAGEMENT_PORT_RETRIES = 3;

    private final int port;
    /** Chosen again when another process took it between {@link #freePort} and the service's start. */
    private volatile int managementPort;
    private final List<String> command;
    private final Path log;
    private Process process;

    private ServiceProcess(String module, int port, int managementPort, List<String> command, Path log) {
        this.module = module;
        this.port = port;
        this.managementPort = managementPort;
        this.command = List.copyOf(command);
        this.log = log;
    }

    /**
     * Starts {@code module} on {@code port} with these {@code -D} settings, its log (started afresh) in {@code logs};
     * its management interface (health, metrics) on a free port of its own.
     * Does not wait: call {@link #awaitReady} once everything that may start in parallel has been started.
     */
    public static ServiceProcess start(Path root, String module, int port, List<String> properties, Path logs) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the whole project (./mvnw verify) so that "
                    + module + " is packaged before the tests that start it");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        int managementPort = freePort();
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        command.addAll(properties);
        command.add("-jar");
        command.add(jar.toString());
        Path log = logs.resolve(module + ".log").toAbsolutePath();
        try {
            Files.createDirectories(logs);
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare the log of " + module + " at " + log, e);
        }
        ServiceProcess service = new ServiceProcess(module, port, managementPort, command, log);
        service.launch(List.of());
        return service;
    }

    /** Starts it again after {@link #stop}, on its port, with its settings, and waits until it is ready. */
    public void restart(Duration timeout) {
        restart(timeout, List.of());
    }

    /**
     * Starts it again with these {@code -D} settings over its own (a later {@code -D} wins): to keep what a first start
     * was told to clean, say.
     */
    public void restart(Duration timeout, List<String> overrides) {
        launch(overrides);
        awaitReady(timeout);
    }

    /**
     * Waits until {@code /q/health/ready} on the management port answers 200; fails with the log's tail if it stops or
     * takes too long.
     */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        int managementRetries = MANAGEMENT_PORT_RETRIES;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = tail();
                // a free port can be taken by another process before the service binds it: the management port is
                // the service's own business, so it starts again on another one
                if (managementRetries-- > 0 && tail.contains("management interface on")
                        && tail.contains("Address already in use")) {
                    managementPort = freePort();
                    launch(List.of());
                    continue;
                }
                throw new IllegalStateException(module + " stopped while starting (exit " + process.exitValue()
                        + "):\n" + tail);
            }
            HttpRequest ready = HttpRequest.newBuilder(
                    URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
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
            pause();
        }
        throw new IllegalStateException(module + " was not ready on port " + port + " within " + timeout + ":\n"
                + tail());
    }

    /** Stops it and waits until it is gone (forcibly after 20 s). */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills it at once (SIGKILL), as a crash or an evicted pod would: nothing in flight is finished. */
    public synchronized void crash() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /**
     * Freezes it (SIGSTOP): the process holds its sockets open and answers nothing, as a service stuck in a long pause
     * would; {@link #thaw} lets it go on.
     */
    public void freeze() {
        signal("STOP");
    }

    public void thaw() {
        signal("CONT");
    }

    private synchronized void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not signal " + module, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Where its health and metrics are. */
    public int managementPort() {
        return managementPort;
    }

    /**
     * A port free now, below the range Linux hands out to outgoing connections (32768 and up): a port from that range,
     * free when chosen, may be taken by a client connection (to the broker, the database) before the service binds it.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST_PORT, HIGHEST_PORT);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST_PORT + " and " + HIGHEST_PORT);
    }

    private synchronized void launch(List<String> overrides) {
        List<String> withOverrides = new ArrayList<>(command);
        List<String> settings = new ArrayList<>(overrides);
        settings.add("-Dquarkus.management.port=" + managementPort); // the port chosen last
        withOverrides.addAll(withOverrides.indexOf("-jar"), settings);
        try {
            process = new ProcessBuilder(withOverrides).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + module, e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
