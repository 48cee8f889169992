package io.strata.examples.bookstore.drills;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster that one drill owns: initialised in a temporary directory, listening on
 * 127.0.0.1 on a free port (never the machine's shared server), stopped and started at will, and
 * removed by {@link #close()}. PostgreSQL refuses to run as root: as root the server programs run as
 * the {@code postgres} OS user ({@code runuser -u postgres --}) in a directory it owns.
 *
 * <p>The programs are found in {@code $PG_BINDIR}, else the newest {@code /usr/lib/postgresql/<v>/bin},
 * else {@code pg_config --bindir}. When they or the {@code postgres} user are missing the drill fails
 * under {@code CI=true} and is skipped otherwise, saying what is missing.
 */
final class ThrowawayPostgres implements AutoCloseable {

    /** The database the drill's application uses. */
    static final String DATABASE = "bookstore";

    private final Path bin;
    private final Path dir;
    private final List<String> runAs;
    private final int port;

    private ThrowawayPostgres(Path bin, Path dir, List<String> runAs, int port) {
        this.bin = bin;
        this.dir = dir;
        this.runAs = runAs;
        this.port = port;
    }

    /** Initialises and starts a cluster with an empty {@value #DATABASE} database. */
    static ThrowawayPostgres start() {
        Path bin = findBin().orElse(null);
        if (bin == null) {
            unavailable("the PostgreSQL server programs (initdb, pg_ctl) were not found in $PG_BINDIR,"
                    + " /usr/lib/postgresql/<version>/bin or 'pg_config --bindir'. Install the server package"
                    + " (apt-get install -y postgresql) or set PG_BINDIR.");
        }
        List<String> runAs = List.of();
        UserPrincipal owner = null;
        if (isRoot()) {
            try {
                owner = Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            } catch (IOException e) {
                unavailable("the tests run as root, PostgreSQL refuses to run as root, and there is no 'postgres' OS"
                        + " user to run it as (" + e.getMessage() + "). Create one (useradd --system postgres) or run"
                        + " the tests as another user.");
            }
            runAs = List.of("runuser", "-u", "postgres", "--");
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("strata-drill-pg-");
            if (owner != null) {
                Files.setOwner(dir, owner);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ThrowawayPostgres cluster = new ThrowawayPostgres(bin, dir, runAs, freePort());
        try {
            cluster.run(60, bin.resolve("initdb").toString(), "-D", cluster.data().toString(), "-U", "postgres",
                    "--auth=trust", "--no-sync", "--encoding=UTF8", "--locale=C");
            cluster.startServer();
            try (Connection c = cluster.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
            return cluster;
        } catch (SQLException e) {
            cluster.close();
            throw new IllegalStateException("cannot create the drill's database: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** The port it listens on (127.0.0.1 only). */
    int port() {
        return port;
    }

    /** The Strata URL of the {@value #DATABASE} database. */
    String url() {
        return "postgresql://postgres@127.0.0.1:" + port + "/" + DATABASE;
    }

    /** A new connection as the superuser to a database of this cluster. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database
                + "?connectTimeout=5&ApplicationName=drill", "postgres", null);
    }

    /** Starts the server and waits until it accepts connections. */
    void startServer() {
        run(60, bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "30", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=40"
                        + " -c shared_buffers=16MB",
                "start");
    }

    /** Stops the server at once, as a crash would ({@code pg_ctl stop -m immediate}): sessions are cut. */
    void stopImmediately() {
        run(60, bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "-t", "30", "stop");
    }

    /**
     * Freezes the server as a hung host would: {@code SIGSTOP} to the postmaster and every backend and
     * helper process it has (connections stay open; nothing answers). Returns the process ids frozen.
     */
    List<Long> pause() {
        List<Long> pids = serverProcesses();
        signal("-STOP", pids);
        return pids;
    }

    /** Lets processes {@link #pause()} froze run again ({@code SIGCONT}). */
    void resume(List<Long> pids) {
        signal("-CONT", pids);
    }

    private List<Long> serverProcesses() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid"), StandardCharsets.UTF_8)
                    .get(0).strip());
            List<Long> pids = new ArrayList<>();
            pids.add(postmaster);
            ProcessHandle.of(postmaster).orElseThrow(() -> new IllegalStateException("no postmaster " + postmaster))
                    .descendants().forEach(p -> pids.add(p.pid()));
            return pids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server if it runs (killing it if it must) and deletes the directory. */
    @Override
    public void close() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                try {
                    stopImmediately();
                } catch (RuntimeException e) {
                    killPostmaster();
                }
            }
        } finally {
            delete(dir);
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void killPostmaster() {
        try {
            String first = Files.readAllLines(data().resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0).strip();
            ProcessHandle.of(Long.parseLong(first)).ifPresent(postmaster -> {
                postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.destroyForcibly();
            });
        } catch (IOException | RuntimeException ignored) {
            // nothing more can be done; the directory goes away below
        }
    }

    /** Runs a server program (as the postgres user when root) in the cluster's directory; fails on a non-zero exit. */
    private void run(int timeoutSeconds, String... command) {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(List.of(command));
        Path out = dir.resolve("command.log");
        try {
            Files.deleteIfExists(out);
            // Output to a file, not a pipe: pg_ctl's server may keep inherited descriptors open.
            Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish within " + timeoutSeconds
                        + " s:\n" + read(out));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " exited with " + process.exitValue() + ":\n"
                        + read(out) + "\nserver log:\n" + read(dir.resolve("server.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", full), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no " + file.getFileName() + ")";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static Optional<Path> findBin() {
        String configured = System.getenv("PG_BINDIR");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(ThrowawayPostgres::hasPrograms);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(ThrowawayPostgres::hasPrograms)
                        .max(Comparator.comparing(p -> versionOf(p.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall through to pg_config
            }
        }
        try {
            Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return Optional.of(Path.of(out)).filter(ThrowawayPostgres::hasPrograms);
            }
        } catch (IOException e) {
            // no pg_config
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static boolean hasPrograms(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unavailable(String what) {
        String message = "The database-stopped drill needs a PostgreSQL cluster of its own, but " + what;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and " + message);
        }
        Assumptions.abort(message);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
