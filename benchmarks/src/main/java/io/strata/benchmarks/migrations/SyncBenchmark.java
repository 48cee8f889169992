package io.strata.benchmarks.migrations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import io.strata.migrations.runner.SyncResult;
import io.strata.migrations.schema.Schema;

/**
 * A no-op {@code Database.sync()} (the database is already at the head of 500 revisions), against
 * hand-written JDBC doing what a correct no-op sync needs: take the migration lock on one connection
 * (PostgreSQL {@code pg_advisory_lock}; SQLite {@code BEGIN IMMEDIATE}), read the version table,
 * compare with the heads, release the lock.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SyncBenchmark {

    /** Any key: the baseline locks what Strata locks, only not the same key, so they never meet. */
    private static final long LOCK_KEY = 0x5354524154414221L;

    /** Strata: {@code db.sync()} with nothing to do. */
    @Benchmark
    public SyncResult strata(AtHead state) {
        SyncResult result = state.db.sync();
        if (result != SyncResult.ALREADY_UP_TO_DATE) {
            throw new IllegalStateException("sync did work: " + result);
        }
        return result;
    }

    /**
     * Diagnostic: the {@link io.strata.migrations.runner.Migrator#sync} that {@code Database.sync()}
     * uses when it has models (no schema replay); with no version missing, the schema is not used.
     */
    @Benchmark
    public SyncResult strataMigratorSync(AtHead state) {
        SyncResult result = state.db.migrator().sync(Schema.empty());
        if (result != SyncResult.ALREADY_UP_TO_DATE) {
            throw new IllegalStateException("sync did work: " + result);
        }
        return result;
    }

    /** Baseline: lock, read the version table, compare with the heads, unlock. */
    @Benchmark
    public boolean baseline(AtHead state) throws SQLException {
        boolean postgresql = state.scratch.isPostgresql();
        try (Connection c = state.pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(postgresql ? "SELECT pg_advisory_lock(" + LOCK_KEY + ")" : "BEGIN IMMEDIATE");
            try {
                Set<String> current = new HashSet<>();
                try (ResultSet rs = s.executeQuery(state.versionQuery)) {
                    while (rs.next()) {
                        current.add(rs.getString(1));
                    }
                }
                if (!current.equals(state.heads)) {
                    throw new IllegalStateException("not at the head: " + current);
                }
                return true;
            } finally {
                s.execute(postgresql ? "SELECT pg_advisory_unlock(" + LOCK_KEY + ")" : "ROLLBACK");
            }
        }
    }
}
