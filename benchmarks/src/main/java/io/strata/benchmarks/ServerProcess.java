package io.strata.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server the benchmarks start as a child JVM (the bookstore jar, or the twin from the benchmarks jar),
 * its output going to a log file. {@link #start} notes the time just before the process is created, and
 * {@link #awaitReady} polls {@code GET /healthz/ready} over plain sockets until the first 200, so that
 * {@link #startToReadyNanos()} is JVM start to ready as a load balancer would see it.
 */
public final class ServerProcess implements AutoCloseable {

    private static final List<ServerProcess> RUNNING = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (RUNNING) {
                new ArrayList<>(RUNNING).forEach(ServerProcess::close);
            }
        }, "server-processes-cleanup"));
    }

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final long started;
    private long ready;

    private ServerProcess(String name, int port, Process process, Path log, long started) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.started = started;
    }

    /**
     * Starts {@code java <jvmOptions> <arguments>} with {@code environment} added to this process's, output
     * (stdout and stderr) to {@code log}. The java binary is the one running this process.
     */
    public static ServerProcess start(String name, int port, List<String> jvmOptions, List<String> arguments,
            Map<String, String> environment, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        ServerProcess server = new ServerProcess(name, port, process, log, started);
        synchronized (RUNNING) {
            RUNNING.add(server);
        }
        return server;
    }

    /** A port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code java} options from a whitespace-separated environment variable (none when unset). */
    public static List<String> jvmOptions(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    /**
     * Polls {@code GET /healthz/ready} every millisecond until it answers 200; throws, with the log's end,
     * when the process exits or {@code timeoutMillis} pass.
     */
    public ServerProcess awaitReady(long timeoutMillis) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready; "
                        + tail());
            }
            if (readyStatus() == 200) {
                ready = System.nanoTime();
                return this;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException(name + " was not ready within " + timeoutMillis + " ms; " + tail());
    }

    /** The status of one {@code GET /healthz/ready}, or {@code -1} when nothing listens yet. */
    private int readyStatus() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /healthz/ready HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            String status = new String(head, StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.1 ") && status.length() == 12 ? Integer.parseInt(status.substring(9)) : -1;
        } catch (ConnectException e) {
            return -1;
        }
    }

    /** Nanoseconds from just before the process was created to the first 200 of the readiness route. */
    public long startToReadyNanos() {
        if (ready == 0) {
            throw new IllegalStateException(name + " is not ready yet");
        }
        return ready - started;
    }

    /** The port it serves. */
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The process id (for {@code jcmd}). */
    public long pid() {
        return process.pid();
    }

    /** What the process wrote so far. */
    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /**
     * Waits up to {@code timeoutMillis} until the output contains {@code text} (log lines written just after
     * the server became ready); returns whether it did.
     */
    public boolean awaitOutput(String text, long timeoutMillis) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    private String tail() {
        try {
            String out = output();
            return "its log (" + log + ") ends: " + out.substring(Math.max(0, out.length() - 2000));
        } catch (IOException e) {
            return "its log " + log + " cannot be read: " + e.getMessage();
        }
    }

    /** Asks the process to stop (SIGTERM: shutdown hooks run), kills it after 10 s, waits for it to exit. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        synchronized (RUNNING) {
            RUNNING.remove(this);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ")";
    }
}
