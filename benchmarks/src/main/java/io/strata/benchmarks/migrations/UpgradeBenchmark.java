package io.strata.benchmarks.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import com.zaxxer.hikari.HikariDataSource;

import io.strata.benchmarks.BenchDatabase;
import io.strata.benchmarks.BenchRevisions;
import io.strata.core.Database;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.MigrationResult;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.runner.SqlScript;

/**
 * Upgrading a fresh database from base through {@value #REVISIONS} generated revisions, in process
 * (single shot: every invocation gets a new, empty database and a warmed pool). The baseline runs
 * the same statements, rendered once in the trial setup by Strata's offline mode, with plain JDBC:
 * one transaction per revision including its version-table update, no lock, no re-reading.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
public class UpgradeBenchmark {

    /** How many revisions each invocation applies. */
    public static final int REVISIONS = 100;

    /** The database: {@code postgresql} or {@code sqlite}. */
    @Param({BenchDatabase.POSTGRESQL, BenchDatabase.SQLITE})
    public String database;

    private RevisionSet revisions;
    private List<SqlScript.Block> script;
    private boolean baseline;

    private BenchDatabase scratch;
    private Database db;
    private HikariDataSource pool;

    /** Builds the revision graph and renders the baseline's SQL, once. */
    @Setup(Level.Trial)
    public void prepare(BenchmarkParams params) {
        revisions = BenchRevisions.chain(REVISIONS);
        script = Migrator.offline(Dialects.byName(database), revisions)
                .upgradeSql(null, "heads").blocks();
        baseline = params.getBenchmark().endsWith(".baseline");
    }

    /** A new empty database, and a pool on it that has already opened a connection. */
    @Setup(Level.Invocation)
    public void freshDatabase() throws SQLException {
        scratch = BenchDatabase.create(database, "upgrade");
        if (baseline) {
            pool = scratch.baselinePool();
            pool.getConnection().close();
        } else {
            db = Database.builder().url(scratch.strataUrl()).revisions(revisions).build();
            db.dataSource().getConnection().close();
        }
    }

    /** Closes the pool and drops the database. */
    @TearDown(Level.Invocation)
    public void dropDatabase() {
        try {
            if (db != null) {
                db.close();
            }
            if (pool != null) {
                pool.close();
            }
        } finally {
            db = null;
            pool = null;
            scratch.close();
        }
    }

    /** Strata: {@code db.upgrade()} from base to the head. */
    @Benchmark
    public MigrationResult strata() {
        MigrationResult result = db.upgrade();
        if (result.applied().size() != REVISIONS) {
            throw new IllegalStateException("applied " + result.applied().size() + " revisions");
        }
        return result;
    }

    /** Baseline: the pre-rendered statements, one transaction per revision. */
    @Benchmark
    public int baseline() throws SQLException {
        try (Connection c = pool.getConnection()) {
            return execute(c, script);
        }
    }

    /** Runs the blocks of a script on the connection, each in its transaction where the script says so. */
    public static int execute(Connection c, List<SqlScript.Block> blocks) throws SQLException {
        int count = 0;
        try (Statement s = c.createStatement()) {
            for (SqlScript.Block block : blocks) {
                c.setAutoCommit(!block.transaction());
                for (String sql : block.statements()) {
                    s.execute(sql);
                    count++;
                }
                if (block.transaction()) {
                    c.commit();
                }
            }
        } finally {
            c.setAutoCommit(true);
        }
        return count;
    }
}
