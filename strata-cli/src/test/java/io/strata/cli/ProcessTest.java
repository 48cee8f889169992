package io.strata.cli;

import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.MODELS;
import static io.strata.cli.Fixtures.R1;
import static io.strata.cli.Fixtures.R2;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.cli.testing.CliProcess;
import io.strata.core.Database;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * The command line as a real process: {@code java -cp … io.strata.cli.StrataCli …}, configured by
 * environment variables. Proves the exit codes and, from the JVM's class-loading log, that commands without
 * models load no Hibernate class and start no HikariCP pool, and that {@code heads} loads neither nor any JDBC
 * driver; the wall time is printed, not asserted.
 */
class ProcessTest {

    /** The classes of a running HikariCP pool (its configuration class alone carries the connection settings). */
    private static final java.util.function.Predicate<String> POOL = name -> name.startsWith("com.zaxxer.hikari.pool.")
            || name.equals("com.zaxxer.hikari.HikariDataSource");

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err, List<String> loadedClasses, long millis) {
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void upgradeRunsAsAProcessWithoutLoadingHibernate(DbKind kind, TestDatabase database) throws Exception {
        try (database) {
            Map<String, String> env = Map.of(Database.ENV_URL, database.url(), Database.ENV_MIGRATIONS, MIGRATIONS,
                    Database.ENV_MODELS, MODELS);

            Run upgrade = run(env, "upgrade");
            System.out.printf("db upgrade of 2 revisions on %s as a process: %d ms%n", kind, upgrade.millis());
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(upgrade.out()).contains("Running upgrade base -> " + R1, "Running upgrade " + R1 + " -> " + R2,
                    "Upgraded to " + R2);
            assertThat(upgrade.loadedClasses()).as("classes loaded by db upgrade").isNotEmpty()
                    .noneMatch(name -> name.startsWith("org.hibernate.")).noneMatch(POOL);
            assertThat(upgrade.out() + upgrade.err()).doesNotContain("org.hibernate", "HHH");

            Run status = run(env, "status");
            assertThat(status.exitCode()).as(status.toString()).isZero();
            assertThat(status.out()).startsWith("status: UP_TO_DATE");
            assertThat(status.loadedClasses()).noneMatch(name -> name.startsWith("org.hibernate.")).noneMatch(POOL);

            Run current = run(env, "current");
            assertThat(current.out()).isEqualTo(R2 + " (head)" + System.lineSeparator());
            assertThat(current.loadedClasses()).noneMatch(name -> name.startsWith("org.hibernate.")).noneMatch(POOL);

            // The contrast: a command that needs the models does boot Hibernate, over a pool.
            Run check = run(env, "check");
            assertThat(check.exitCode()).as(check.toString()).isZero();
            assertThat(check.loadedClasses()).anyMatch(name -> name.startsWith("org.hibernate.")).anyMatch(POOL);

            Run downgrade = run(env, "downgrade", "base");
            assertThat(downgrade.exitCode()).isZero();
            Run pending = run(env, "status");
            assertThat(pending.exitCode()).isEqualTo(ExitCode.DIFFERENCES);
        }
    }

    /**
     * {@code db heads}, {@code db history} and {@code db show --dialect} read the revisions alone: no URL needed,
     * and no pool, driver or Hibernate class loaded.
     */
    @Test
    void headsHistoryAndShowNeedNoUrlAndLoadNoDriverPoolOrHibernate() throws Exception {
        Map<String, String> env = Map.of(Database.ENV_MIGRATIONS, MIGRATIONS);
        Run heads = run(env, "heads");
        assertThat(heads.exitCode()).as(heads.toString()).isZero();
        assertThat(heads.out()).isEqualTo(R2 + " (head), books" + System.lineSeparator());
        assertThat(heads.loadedClasses()).as("classes loaded by db heads").isNotEmpty().noneMatch(ProcessTest::database);

        Run history = run(env, "history");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out().lines()).containsExactly(R1 + " -> " + R2 + " (head), books", "base -> " + R1 + ", authors");
        assertThat(history.loadedClasses()).as("classes loaded by db history").noneMatch(ProcessTest::database);

        Run show = run(env, "show", R2, "--dialect", "postgresql");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("Rev: " + R2 + " (head)", "Safety on PostgreSQL:");
        assertThat(show.loadedClasses()).as("classes loaded by db show").noneMatch(ProcessTest::database);
    }

    /** Whether a class is Hibernate's, HikariCP's or a JDBC driver's. */
    private static boolean database(String className) {
        return className.startsWith("org.hibernate.") || className.startsWith("com.zaxxer.hikari.")
                || className.startsWith("org.sqlite.") || className.startsWith("org.postgresql.")
                || className.startsWith("org.mariadb.") || className.startsWith("org.h2.");
    }

    @Test
    void exitCodesOfARealProcess() throws Exception {
        Run unreachable = run(Map.of(Database.ENV_URL, Fixtures.UNREACHABLE, Database.ENV_MIGRATIONS, MIGRATIONS),
                "upgrade");
        assertThat(unreachable.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(unreachable.err()).contains("Error: Cannot connect").doesNotContain("\tat ");
        assertThat(unreachable.out() + unreachable.err()).doesNotContain(TestDatabase.PASSWORD);

        Run usage = run(Map.of(), "upgrade", "--no-such-option");
        assertThat(usage.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(usage.err()).contains("Unknown option: '--no-such-option'");

        Run help = run(Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Exit codes:");
    }

    /**
     * A rolling deploy from the command line: builds v1 (r1 creates a table), v2 (+ r2 adds a nullable
     * column) and v3 (+ r3 drops a column). v1's {@code db status} exits 0 once v2 upgraded and its
     * {@code db sync} changes nothing; once v3 upgraded, its status exits 1 naming r3 and its sync refuses.
     */
    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL, DbKind.MARIADB})
    void statusExitCodesOfAnOldBuildDuringARollingDeploy(DbKind kind, TestDatabase database) throws Exception {
        try (database) {
            Map<String, String> v1 = build(database, "v1");
            assertThat(run(v1, "upgrade").exitCode()).isZero();
            assertThat(run(build(database, "v2"), "upgrade").exitCode()).isZero();

            Run compatible = run(v1, "status");
            assertThat(compatible.exitCode()).as(compatible.toString()).isZero();
            assertThat(compatible.out()).startsWith("status: AHEAD_COMPATIBLE")
                    .contains("unknown: d2c0ffee0002 (compatible: additive only)");
            Run sync = run(v1, "sync");
            assertThat(sync.exitCode()).as(sync.toString()).isZero();
            assertThat(sync.out()).startsWith("AHEAD_COMPATIBLE").contains("Nothing was done", "current: d2c0ffee0002");

            assertThat(run(build(database, "v3"), "upgrade").exitCode()).isZero();
            Run breaking = run(v1, "status");
            assertThat(breaking.exitCode()).as(breaking.toString()).isEqualTo(ExitCode.DIFFERENCES);
            assertThat(breaking.out()).startsWith("status: AHEAD_BREAKING")
                    .contains("unknown: d3c0ffee0003 (breaking: drops column widget.note)");
            Run refused = run(v1, "sync");
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
            assertThat(refused.err()).contains("Refusing to sync", "d3c0ffee0003", "breaking");
            assertThat(run(build(database, "v3"), "status").exitCode()).isZero();
        }
    }

    private static Map<String, String> build(TestDatabase database, String version) {
        return Map.of(Database.ENV_URL, database.url(), Database.ENV_MIGRATIONS, "io.strata.cli.test.deploy." + version);
    }

    /**
     * Three {@code db upgrade} processes at once, each on connections of its own (no pool): the migration lock
     * serializes them; one upgrades, the others find the database at the head.
     */
    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL, DbKind.MARIADB})
    void concurrentUpgradeProcessesSerializeUnderTheLock(DbKind kind, TestDatabase database) throws Exception {
        try (database) {
            CliProcess app = CliProcess.of(StrataCli.class, dir).env(Database.ENV_URL, database.url())
                    .env(Database.ENV_MIGRATIONS, MIGRATIONS);
            ExecutorService processes = Executors.newFixedThreadPool(3);
            List<String> lastLines = new ArrayList<>();
            try {
                List<Future<CliProcess.Run>> runs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    runs.add(processes.submit(() -> app.run("upgrade")));
                }
                for (Future<CliProcess.Run> run : runs) {
                    CliProcess.Run done = run.get();
                    assertThat(done.exitCode()).as(done.toString()).isZero();
                    lastLines.add(done.outWithoutTimes().lines().reduce((first, last) -> last).orElse(""));
                }
            } finally {
                processes.shutdownNow();
            }
            assertThat(lastLines).containsExactlyInAnyOrder("Upgraded to " + R2 + " (2 revisions, N ms).",
                    "Nothing to do: the database is at " + R2 + ".", "Nothing to do: the database is at " + R2 + ".");
            assertThat(run(Map.of(Database.ENV_URL, database.url(), Database.ENV_MIGRATIONS, MIGRATIONS), "current")
                    .out()).isEqualTo(R2 + " (head)" + System.lineSeparator());
        }
    }

    /** A server that refuses connections: {@code db status} gives up within the 3 s status bound, exit 3. */
    @Test
    void statusOfAnUnreachableDatabaseAnswersWithinTheStatusBound() throws Exception {
        Run status = run(Map.of(Database.ENV_URL, Fixtures.UNREACHABLE, Database.ENV_MIGRATIONS, MIGRATIONS), "status");
        System.out.printf("db status of a closed port as a process: %d ms%n", status.millis());
        assertThat(status.exitCode()).as(status.toString()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(status.err()).startsWith("Error: ").contains("127.0.0.1:1/nowhere").doesNotContain("\tat ");
        assertThat(status.out() + status.err()).doesNotContain(TestDatabase.PASSWORD);
        // 3 s of status bound plus the JVM's start; the unbounded connect took about 7 s.
        assertThat(status.millis()).isLessThan(5_500);
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path classLog = Files.createTempFile(dir, "classes", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xlog:class+load=info:file=" + classLog,
                "-Dorg.jboss.logging.provider=slf4j", "-cp", classPath, StrataCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(Database.ENV_URL);
        builder.environment().remove(Database.ENV_MODELS);
        builder.environment().remove(Database.ENV_MIGRATIONS);
        builder.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("db " + String.join(" ", args) + " finished").isTrue();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        List<String> classes = Files.readAllLines(classLog, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("^\\[[^\\]]*\\]\\[[^\\]]*\\]\\[[^\\]]*\\]\\s*", ""))
                .map(line -> line.split(" ")[0])
                .toList();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err), classes, millis);
    }
}
