package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.runner.chain.D4Pause;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Real JVM processes racing to upgrade one database, and a process killed mid-revision. */
class ConcurrentProcessesTest {

    private static final Pattern APPLIED = Pattern.compile("^APPLIED (\\d+)$", Pattern.MULTILINE);

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB, DbKind.SQLITE})
    void fourProcessesUpgradingAtOnceApplyEachRevisionOnce(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            long startAt = System.currentTimeMillis() + 2500;
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                processes.add(spawn(db, startAt, 300));
            }
            List<Integer> applied = new ArrayList<>();
            for (Process process : processes) {
                String output = MigrateProcess.outputOf(process);
                assertThat(process.exitValue()).as(output).isZero();
                Matcher m = APPLIED.matcher(output);
                assertThat(m.find()).as(output).isTrue();
                applied.add(Integer.parseInt(m.group(1)));
            }
            assertThat(applied).containsExactlyInAnyOrder(4, 0, 0, 0);
            assertThat(migrator(db).current()).containsExactly("d4");
            assertThat(DbState.count(db, "author")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB, DbKind.SQLITE})
    void aProcessKilledInTheMiddleOfARevisionDoesNotBlockTheNextRun(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Process victim = spawn(db, 0, 60_000);
            MigrateProcess.awaitLine(victim, D4Pause.MARKER);
            victim.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            long start = System.nanoTime();
            MigrationResult result = migrator(db).upgrade("head");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            // PostgreSQL and MariaDB kept a1..c3 (committed); SQLite rolled the killed run back whole.
            assertThat(result.applied()).extracting(AppliedRevision::id).endsWith("d4");
            assertThat(result.current()).containsExactly("d4");
            assertThat(DbState.count(db, "author")).isEqualTo(2);
        }
    }

    private static Migrator migrator(TestDatabase db) {
        return Migrator.builder().connections(db::connect).revisions(Chain.CHAIN)
                .lockTimeout(Duration.ofSeconds(20)).build();
    }

    private static Process spawn(TestDatabase db, long startAt, long pauseMillis) throws IOException {
        return MigrateProcess.spawn(db.jdbcUrl(), db.user(), db.password(), startAt, pauseMillis,
                "io.strata.migrations.runner.chain");
    }
}
