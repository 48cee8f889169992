package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.operations.Compatibility;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.deploy.Builds;
import io.strata.migrations.schema.Schema;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Old code against a database that newer code upgraded: it keeps serving while the new revisions are compatible. */
class RollingDeployTest {

    private static Migrator build(TestDatabase db, RevisionSet revisions) {
        return Migrator.builder().connections(db::connect).revisions(revisions).lockTimeout(Duration.ofSeconds(10)).build();
    }

    @ParameterizedTest
    @Databases
    void oldCodeKeepsRunningWhileTheNewRevisionsAreCompatibleAndStopsAtABreakingOne(DbKind kind, TestDatabase db) {
        try (db) {
            Migrator old = build(db, Builds.R1);
            old.upgrade("head");
            assertThat(old.status(Duration.ZERO).status()).isEqualTo(DatabaseStatus.UP_TO_DATE);

            build(db, Builds.R2).upgrade("head");
            SchemaStatus compatible = old.status(Duration.ZERO);
            assertThat(compatible.status()).isEqualTo(DatabaseStatus.AHEAD_COMPATIBLE);
            assertThat(compatible.servable()).isTrue();
            assertThat(compatible.ahead()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo("r2");
                assertThat(a.verdict().compatibility()).isEqualTo(Compatibility.COMPATIBLE);
            });
            assertThat(old.sync(Schema.empty())).isEqualTo(SyncResult.AHEAD_COMPATIBLE);
            assertThat(old.current()).containsExactly("r2");

            build(db, Builds.R3).upgrade("head");
            SchemaStatus breaking = old.status(Duration.ZERO);
            assertThat(breaking.status()).isEqualTo(DatabaseStatus.AHEAD_BREAKING);
            assertThat(breaking.breakingIds()).containsExactly("r3");
            assertThat(breaking.message()).contains("breaking", "r3", "drops column widget.note").doesNotContain("r2 (");
            assertThat(build(db, Builds.R2).status(Duration.ZERO).breakingIds()).containsExactly("r3");
            assertThatThrownBy(() -> old.sync(Schema.empty()))
                    .isInstanceOfSatisfying(DatabaseAheadException.class,
                            e -> assertThat(e.ahead()).extracting(AheadRevision::id).containsExactly("r2", "r3"))
                    .hasMessageContaining("Refusing to sync").hasMessageContaining("r3").hasMessageContaining("deploy the code");
            assertThat(old.current()).containsExactly("r3");

            // The newer code rolls back: the reverted revision's record goes with it.
            build(db, Builds.R3).downgrade("-1");
            assertThat(old.status(Duration.ZERO).status()).isEqualTo(DatabaseStatus.AHEAD_COMPATIBLE);
            assertThat(build(db, Builds.R3).status(Duration.ZERO).status()).isEqualTo(DatabaseStatus.UPGRADE_AVAILABLE);
        }
    }

    @ParameterizedTest
    @Databases
    void oldCodeUpgradingANewerDatabaseDoesNothingWhileCompatibleAndRefusesOnceBreaking(DbKind kind, TestDatabase db) {
        try (db) {
            Migrator old = build(db, Builds.R1);
            build(db, Builds.R2).upgrade("head");
            MigrationResult nothing = old.upgrade("head");
            assertThat(nothing.applied()).isEmpty();
            assertThat(nothing.versions().after()).containsExactly("r2");
            assertThatThrownBy(() -> old.downgrade("-1"))
                    .isInstanceOf(DatabaseAheadException.class).hasMessageStartingWith("Refusing to downgrade: ")
                    .hasMessageContaining("r2");

            build(db, Builds.R3).upgrade("head");
            assertThatThrownBy(() -> old.upgrade("head"))
                    .isInstanceOfSatisfying(DatabaseAheadException.class,
                            e -> assertThat(e.status().breakingIds()).containsExactly("r3"))
                    .hasMessageStartingWith("Refusing to upgrade: ").hasMessageContaining("deploy the code that has r3");
            assertThat(old.current()).containsExactly("r3");
        }
    }

    @ParameterizedTest
    @Databases
    void aDatabaseWithoutTheVerdictTableKeepsWorkingAndGetsItUnderTheLock(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            build(db, Builds.R2).upgrade("head");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE strata_version_info");
            }
            assertThat(build(db, Builds.R2).status(Duration.ZERO).status()).isEqualTo(DatabaseStatus.UP_TO_DATE);
            SchemaStatus unknown = build(db, Builds.R1).status(Duration.ZERO);
            assertThat(unknown.status()).isEqualTo(DatabaseStatus.AHEAD_BREAKING);
            assertThat(unknown.message()).contains("r2 (no compatibility recorded");
            assertThat(build(db, Builds.R2).sync(Schema.empty())).isEqualTo(SyncResult.ALREADY_UP_TO_DATE);
            assertThat(DbState.tables(db)).contains("strata_version_info");

            build(db, Builds.R3).upgrade("head");
            assertThat(build(db, Builds.R2).status(Duration.ZERO).breakingIds()).containsExactly("r3");
        }
    }

    @ParameterizedTest
    @Databases
    void aStampRecordsTheVerdictsOfEveryRevisionItMarksApplied(DbKind kind, TestDatabase db) {
        try (db) {
            build(db, Builds.R1).upgrade("head");
            build(db, Builds.R3).stamp("r3");
            SchemaStatus status = build(db, Builds.R1).status(Duration.ZERO);
            assertThat(status.ahead()).extracting(AheadRevision::id).containsExactly("r2", "r3");
            assertThat(status.breakingIds()).containsExactly("r3");
            build(db, Builds.R3).stamp("r1");
            assertThat(build(db, Builds.R1).status(Duration.ZERO).status()).isEqualTo(DatabaseStatus.UP_TO_DATE);
        }
    }

    /**
     * A replica polling the status while newer code applies an additive revision over and over must
     * never see it without its verdict: version and verdict become visible together, also where DDL
     * commits as it runs (MariaDB, H2).
     */
    @ParameterizedTest
    @Databases
    void aReplicaPollingTheStatusNeverSeesANewRevisionWithoutItsVerdict(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator old = build(db, Builds.R1);
            Migrator newer = build(db, Builds.R2);
            old.upgrade("head");
            Map<DatabaseStatus, AtomicInteger> seen = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Thread reader = new Thread(() -> {
                    while (running.get()) {
                        seen.computeIfAbsent(old.status(Duration.ZERO).status(), k -> new AtomicInteger()).incrementAndGet();
                    }
                }, "status-reader-" + i);
                reader.setDaemon(true);
                readers.add(reader);
                reader.start();
            }
            try {
                for (int round = 0; round < 25; round++) {
                    newer.upgrade("head");
                    newer.downgrade("-1");
                }
            } finally {
                running.set(false);
                for (Thread reader : readers) {
                    reader.join(10_000);
                }
            }
            assertThat(seen).as("statuses the replica saw").containsKey(DatabaseStatus.UP_TO_DATE)
                    .doesNotContainKey(DatabaseStatus.AHEAD_BREAKING).doesNotContainKey(DatabaseStatus.NO_INFO);
        }
    }
}
