package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

class LockTest {

    /** A revision that holds its run (and so the lock) until released. */
    private static final class Blocking implements Migration {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void upgrade(Ops ops) {
            ops.run("block", connection -> {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }

    @ParameterizedTest
    @Databases
    void aSecondRunWaitsAtMostTheLockTimeoutThenFindsTheWorkDone(DbKind kind, TestDatabase db) throws Exception {
        Blocking blocking = new Blocking();
        RevisionSet revisions = RevisionSet.of(List.of(MigrationRevision.of(RevisionNode.of("x1"), blocking)));
        try (db) {
            Migrator first = Migrator.builder().connections(db::connect).revisions(revisions).build();
            Migrator impatient = Migrator.builder().connections(db::connect).revisions(revisions)
                    .lockTimeout(Duration.ofMillis(700)).build();
            CompletableFuture<MigrationResult> running = CompletableFuture.supplyAsync(() -> first.upgrade("head"));
            try {
                assertThat(blocking.entered.await(10, TimeUnit.SECONDS)).isTrue();

                long start = System.nanoTime();
                assertThatThrownBy(() -> impatient.upgrade("head"))
                        .isInstanceOf(LockTimeoutException.class)
                        .hasMessageContaining("another process is migrating this database")
                        .hasMessageContaining("lockTimeout");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(600), Duration.ofSeconds(5));
            } finally {
                blocking.release.countDown();
            }
            assertThat(running.get(20, TimeUnit.SECONDS).appliedCount()).isEqualTo(1);
            assertThat(impatient.upgrade("head").appliedCount()).isZero();
        }
    }
}
