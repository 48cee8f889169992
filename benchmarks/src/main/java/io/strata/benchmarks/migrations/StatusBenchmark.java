package io.strata.benchmarks.migrations;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.strata.core.Database;
import io.strata.migrations.runner.DatabaseStatus;

/**
 * {@code Database.status()} (the readiness check) on a database at the head of 500 revisions,
 * against the least any implementation must do: one {@code SELECT version_num FROM strata_version}
 * through an identically configured pool, compared with heads computed in advance.
 *
 * <p>Strata shares one version query among the callers that arrive while it is in flight. {@link #strata}
 * waits, outside the measured time, until no query is in flight ({@link QueryIdle}) and so measures
 * a status that runs its own query, as a readiness probe every few seconds does;
 * {@link #strataBackToBack} calls it back to back, as JMH does by default.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StatusBenchmark {

    /** Strata: {@code db.status()}, each call running its own query. */
    @Benchmark
    public DatabaseStatus strata(AtHead state, QueryIdle idle) {
        return state.db.status();
    }

    /** Strata: {@code db.status()} called back to back. */
    @Benchmark
    public DatabaseStatus strataBackToBack(AtHead state) {
        return state.db.status();
    }

    /** Baseline: borrow a connection, read the version table, compare with the heads. */
    @Benchmark
    public boolean baseline(AtHead state, QueryIdle idle) throws SQLException {
        return readVersions(state).equals(state.heads);
    }

    /**
     * Before each call, waits (unmeasured) until Strata has no status query in flight, found by
     * reflection on its internals ({@code Database.migrationSet.inFlight}); does nothing for the
     * baseline but costs it the same per-invocation bookkeeping.
     */
    @State(Scope.Thread)
    public static class QueryIdle {

        private AtomicReference<?> inFlight;

        /** Finds Strata's in-flight reference, if the benchmark uses Strata. */
        @Setup(Level.Trial)
        public void find(AtHead state) throws ReflectiveOperationException {
            if (state.db == null) {
                return;
            }
            Field migrations = Database.class.getDeclaredField("migrationSet");
            migrations.setAccessible(true);
            Object set = migrations.get(state.db);
            Field field = set.getClass().getDeclaredField("inFlight");
            field.setAccessible(true);
            inFlight = (AtomicReference<?>) field.get(set);
        }

        /** Waits until no status query is in flight. */
        @Setup(Level.Invocation)
        public void await() {
            if (inFlight != null) {
                while (inFlight.get() != null) {
                    Thread.yield();
                }
            }
        }
    }

    static Set<String> readVersions(AtHead state) throws SQLException {
        try (Connection c = state.pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(state.versionQuery)) {
            Set<String> current = new HashSet<>();
            while (rs.next()) {
                current.add(rs.getString(1));
            }
            return current;
        }
    }
}
